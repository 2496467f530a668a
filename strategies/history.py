"""What changed in a strategy, read from django-simple-history: the history page's entries
(the strategy and every kind of part, merged, newest first) and what others changed while a
form was open."""

from dataclasses import dataclass

from csp_portal.history import changes
from csp_portal.kinds import Kind

from .models import Strategy
from .parts import PARTS

RECORDS_PER_KIND = 200
ENTRIES = 300


@dataclass
class Entry:
    record: object  # a historical record
    part: Kind | None  # None for the strategy's own fields
    description: str
    restorable: bool  # a deleted part that is not back yet

    @property
    def noun(self) -> str:
        return self.part.noun if self.part else "strategy"


def history_entries(strategy: Strategy) -> list[Entry]:
    """The newest changes to the strategy and its parts: a few queries a kind of part."""
    entries = []
    for model, part in [(Strategy, None)] + [(p.model, p) for p in PARTS]:
        owner = {"id": strategy.pk} if model is Strategy else {"strategy_id": strategy.pk}
        described = changes(model.history.filter(**owner), name=_name, limit=RECORDS_PER_KIND)
        alive = set(model.objects.filter(**owner).values_list("pk", flat=True))
        for record, description in described:
            restorable = part is not None and record.history_type == "-"
            entries.append(Entry(record, part, description, restorable and record.id not in alive))
    entries.sort(key=lambda e: e.record.history_date, reverse=True)
    return entries[:ENTRIES]


def _name(record) -> str:
    return getattr(record, "title", None) or getattr(record, "delivery", "")


def changed_since(strategy: Strategy, version: int, fields: list[str]):
    """What others changed in the strategy's own `fields` since a form was opened at
    `version`: [(field label, who, the value now)]."""
    opened = strategy.history.filter(version__lte=version).order_by("-history_date").first()
    if opened is None:
        return []
    now = Strategy.objects.get(pk=strategy.pk)
    later = strategy.history.filter(version__gt=version).select_related("history_user")
    who = ", ".join(sorted({str(r.history_user) for r in later if r.history_user})) or "someone"
    return [
        (Strategy._meta.get_field(field).verbose_name, who, getattr(now, field))
        for field in fields
        if getattr(opened, field) != getattr(now, field)
    ]
