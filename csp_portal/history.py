"""What changed in a kind of record, read from django-simple-history: the newest changes,
each with who made it and when, and what it did in words ('added ‘Funding 2021/22’',
'changed amount, purpose of ‘Funding 2021/22’', 'deleted ‘Funding 2021/22’'). One query a
kind of record, whatever the number of changes; the apps' history pages merge the kinds."""

from collections.abc import Callable

from django.db.models import QuerySet


def changes(history: QuerySet, *, name: Callable[[object], str], limit: int) -> list[tuple]:
    """The newest `limit` records of `history` (one model's historical records), oldest
    first, each as (record, what it did in words); `name(record)` names the record."""
    records = list(history.select_related("history_user").order_by("-history_date")[:limit])
    # Each record is compared with the one before it of the same row, from this list (not
    # record.prev_record, which would cost a query per row).
    older: dict[int, object] = {}
    described = []
    for record in reversed(records):
        described.append((record, describe(record, older.get(record.id), name(record))))
        older[record.id] = record
    return described


def describe(record, previous, name: str) -> str:
    if record.history_type == "+":
        return f"added ‘{name}’"
    if record.history_type == "-":
        return f"deleted ‘{name}’"
    if previous is None:
        return f"changed ‘{name}’"
    changed = {change.field for change in record.diff_against(previous).changes}
    fields = [str(f.verbose_name) for f in record._meta.fields if f.name in changed]
    return f"changed {', '.join(fields) or 'nothing visible'} of ‘{name}’"
