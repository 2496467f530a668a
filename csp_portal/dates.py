"""Dates as council papers give them: a day ("27 May 2021"), a month ("June 2021") or a year
("2020"). The portal keeps what the paper says and no more.

A model keeps such a date in two fields, the day the period starts (a real DateField, so
the database sorts and compares it) and its precision:

    planned_on = models.DateField(null=True, blank=True)
    planned_on_precision = precision_field()
    planned = PartialDateAttribute("planned_on")     # a PartialDate, or None

Sorted by the first field, a month or a year stands at its start, before the days in it.
"""

import calendar
import datetime
import re
from dataclasses import dataclass

from django.db import models
from django.utils import dateformat
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

# Month names are Django's own, in Welsh from its catalogue, which spells July "Gorffenaf":
# the portal's catalogue, read first, gives it as Welsh councils write it, "Gorffennaf".
CORRECTED_MONTHS = (gettext_noop("July"),)


class Precision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


def precision_field(**kwargs) -> models.CharField:
    """The companion of a date field: how much of the date the paper gave."""
    return models.CharField(
        max_length=5, choices=Precision.choices, default=Precision.DAY, editable=False, **kwargs
    )


@dataclass(frozen=True, order=True)
class PartialDate:
    """A day, a month or a year. `start` is its first day."""

    start: datetime.date
    precision: str = Precision.DAY

    @classmethod
    def of(cls, year: int, month: int | None = None, day: int | None = None) -> "PartialDate":
        """ValueError if the date does not exist, or a day is given without a month."""
        if day is not None and month is None:
            raise ValueError("a day needs a month")
        if month is None:
            return cls(datetime.date(year, 1, 1), Precision.YEAR)
        if day is None:
            return cls(datetime.date(year, month, 1), Precision.MONTH)
        return cls(datetime.date(year, month, day), Precision.DAY)

    @classmethod
    def parse(cls, text: str) -> "PartialDate":
        """'2021-06-15', '2021-06' or '2021' (as the demo data and imports write them)."""
        parts = [int(p) for p in text.strip().split("-")]
        if not 1 <= len(parts) <= 3:
            raise ValueError(text)
        return cls.of(*parts)

    @property
    def end(self) -> datetime.date:
        """The last day of the period."""
        if self.precision == Precision.YEAR:
            return datetime.date(self.start.year, 12, 31)
        if self.precision == Precision.MONTH:
            last = calendar.monthrange(self.start.year, self.start.month)[1]
            return self.start.replace(day=last)
        return self.start

    @property
    def iso(self) -> str:
        return {
            Precision.YEAR: f"{self.start:%Y}",
            Precision.MONTH: f"{self.start:%Y-%m}",
        }.get(self.precision, self.start.isoformat())

    def __str__(self) -> str:
        """As a council writes it: '27 May 2021', 'June 2021', '2020'."""
        return self._written(month="F")

    def short(self) -> str:
        """For tables and diagrams: '27 May 2021', 'Jun 2021', '2020'."""
        return self._written(month="M")

    def _written(self, *, month: str) -> str:
        """The year, the month and year, or the day, month and year, the month written by
        the date format code `month` ("F" or "M": in the language of the page)."""
        if self.precision == Precision.YEAR:
            return f"{self.start:%Y}"
        if self.precision == Precision.MONTH:
            return dateformat.format(self.start, f"{month} Y")
        return dateformat.format(self.start, f"j {month} Y")


def partial(day: datetime.date | None, precision: str = Precision.DAY) -> PartialDate | None:
    return PartialDate(day, precision or Precision.DAY) if day is not None else None


class PartialDateAttribute:
    """Reads (and sets) a date field and its precision field as one PartialDate."""

    def __init__(self, field: str):
        self.field = field

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return partial(getattr(instance, self.field), getattr(instance, f"{self.field}_precision"))

    def __set__(self, instance, value: PartialDate | None):
        setattr(instance, self.field, value.start if value else None)
        setattr(instance, f"{self.field}_precision", value.precision if value else Precision.DAY)


MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}


def read_date(text: str) -> PartialDate:
    """A date as people write it in a table: '31/03/2022', '2022-03-31', '31 March 2022',
    'March 2022', 'Mar 2022', '03/2022', '2022-03' or '2022', held with the precision it
    gives. ValueError for anything else, or a day that does not exist."""
    text = " ".join(text.lower().split()).strip(" .")
    if match := re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", text):
        day, month, year = (int(g) for g in match.groups())
        return PartialDate.of(year, month, day)
    if match := re.fullmatch(r"(\d{1,2})[/.](\d{4})", text):
        return PartialDate.of(int(match.group(2)), int(match.group(1)))
    if match := re.fullmatch(r"(?:(\d{1,2})\s+)?([a-z]+)\s+(\d{4})", text):
        if match.group(2) not in MONTHS:
            raise ValueError(text)
        day = int(match.group(1)) if match.group(1) else None
        return PartialDate.of(int(match.group(3)), MONTHS[match.group(2)], day)
    if not re.fullmatch(r"\d{4}(-\d{1,2}){0,2}", text):
        raise ValueError(text)
    return PartialDate.parse(text)
