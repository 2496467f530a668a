"""New dates for a consultation residents are answering now: what changes for them, said
before the dates are saved."""

import datetime

from django.utils import timezone
from django.utils.formats import date_format

from .models import Consultation


def _when(moment: datetime.datetime) -> str:
    return date_format(timezone.localtime(moment), "j F Y \\a\\t H:i")


def _minute(moment: datetime.datetime) -> datetime.datetime:
    """To the minute, as the form gives times: seconds stored are no change."""
    return moment.replace(second=0, microsecond=0)


def changes_for_residents(
    consultation: Consultation,
    *,
    opens_at: datetime.datetime,
    closes_at: datetime.datetime,
    now: datetime.datetime | None = None,
) -> list[str]:
    """What the new dates change for residents, a sentence each; none if the consultation
    is not open now or its dates stay as they are."""
    now = now or timezone.now()
    if not consultation.is_open(now):
        return []
    opens_at, closes_at = _minute(opens_at), _minute(closes_at)
    was_open, was_closing = _minute(consultation.opens_at), _minute(consultation.closes_at)
    changes = []
    responses = consultation.responses.counted().count()
    kept = (
        "The response already sent is kept."
        if responses == 1
        else f"The {responses} responses already sent are kept."
        if responses
        else ""
    )
    if opens_at > now:
        changes.append(
            f"It stops taking answers until {_when(opens_at)}: residents who open the form "
            f"meanwhile are told it opens then, and anyone part-way through cannot send "
            f"their answers. {kept}".strip()
        )
    elif opens_at != was_open:
        changes.append(
            f"The public pages will say it opened on {_when(opens_at)} instead of "
            f"{_when(consultation.opens_at)}. Residents can still answer."
        )
    if closes_at <= now:
        changes.append(
            "It closes at once: residents can no longer answer, and anyone part-way through "
            f"cannot send their answers. {kept}".strip()
        )
    elif closes_at < was_closing:
        changes.append(
            f"Residents have less time: they can answer until {_when(closes_at)} instead of "
            f"{_when(consultation.closes_at)}."
        )
    elif closes_at > was_closing:
        changes.append(
            f"Residents have longer: they can answer until {_when(closes_at)} instead of "
            f"{_when(consultation.closes_at)}."
        )
    return changes


def confirmation(opens_at: datetime.datetime, closes_at: datetime.datetime) -> str:
    """The dates an editor was warned about, as the form sends them back to confirm: a
    confirmation counts only for the dates it was given for."""
    return f"{opens_at.isoformat()}|{closes_at.isoformat()}"
