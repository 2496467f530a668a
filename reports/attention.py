"""The hook by which apps above this one add to the workspace's "needs your attention": a
provider is a function of the signed-in user and today that returns `Attention` items. The
reminders app (notifications) appends its provider in its AppConfig.ready, so the
dashboard lists what the reminder e-mails say, without this app importing it."""

import datetime
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Attention:
    heading: str  # what kind of thing it is, e.g. "Quarterly progress due"
    text: str
    url: str
    partnership: str


attention_providers: list[Callable[[object, datetime.date], list[Attention]]] = []


def attention_items(user, today: datetime.date) -> list[Attention]:
    """What every provider has for the user today, grouped by heading in the order found."""
    items = [item for provider in attention_providers for item in provider(user, today)]
    headings = list(dict.fromkeys(item.heading for item in items))
    return sorted(items, key=lambda item: headings.index(item.heading))
