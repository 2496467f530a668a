"""Values as the demo data writes them (ISO strings, as precise as the paper), as the
models hold them."""

import datetime

from django.utils import timezone

from csp_portal.dates import PartialDate


def dated(row: dict, name: str) -> dict:
    """A date as the paper gives it ('2021-07-01', '2021-07' or '2021'), for the field
    `name` and its precision; nothing where the paper gives none."""
    value = row.get(name)
    if not value:
        return {}
    day = PartialDate.parse(value)
    return {name: day.start, f"{name}_precision": day.precision}


def datetime_in_london(value):
    naive = datetime.datetime.fromisoformat(value)
    return timezone.make_aware(naive) if timezone.is_naive(naive) else naive


def period(row: dict) -> dict:
    """A consultation's opening and closing: times ('2021-02-22T00:00:00') for one the
    portal runs, dates as the paper gives them ('2018-07') for one held elsewhere."""
    period = {}
    for name in ("opens_at", "closes_at"):
        if "T" in row[name]:
            period[name] = datetime_in_london(row[name])
        else:
            day = PartialDate.parse(row[name])
            period[name] = datetime_in_london(day.start.isoformat() + "T00:00:00")
            period[f"{name}_precision"] = day.precision
    return period


def fields(row: dict, names: list[str]) -> dict:
    return {name: row[name] for name in names if row.get(name) is not None}
