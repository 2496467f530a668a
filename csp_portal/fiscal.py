"""The financial year (April to March) and its quarters, as councils and partnerships report:
Q1 April to June ... Q4 January to March.

A financial year is named by the year it starts: 2021/22 runs from April 2021 to March 2022,
and its Q4 is January to March 2022. Dates are UK dates (Europe/London)."""

import datetime
from dataclasses import dataclass

from django.utils import dateformat, timezone
from django.utils.translation import gettext


def financial_year_label(start_year: int | None) -> str:
    """2021 -> '2021/22', the way councils write a financial year (April to March)."""
    if start_year is None:
        return ""
    return f"{start_year}/{(start_year + 1) % 100:02d}"


@dataclass(frozen=True, order=True)
class Quarter:
    year: int  # the financial year's first year: 2021 for 2021/22
    number: int  # 1 to 4

    def __post_init__(self):
        if self.number not in (1, 2, 3, 4):
            raise ValueError(f"A quarter is 1 to 4, not {self.number}")

    @classmethod
    def of(cls, day: datetime.date) -> "Quarter":
        if day.month >= 4:
            return cls(day.year, (day.month - 4) // 3 + 1)
        return cls(day.year - 1, 4)

    @classmethod
    def current(cls) -> "Quarter":
        return cls.of(timezone.localdate())

    @classmethod
    def parse(cls, text: str) -> "Quarter":
        """'2021-Q3' (as in URLs and CSV files)."""
        year, _, number = text.upper().partition("-Q")
        return cls(int(year), int(number))

    @property
    def starts_on(self) -> datetime.date:
        month = 4 + (self.number - 1) * 3
        return datetime.date(self.year + (month > 12), (month - 1) % 12 + 1, 1)

    @property
    def ends_on(self) -> datetime.date:
        return self.next().starts_on - datetime.timedelta(days=1)

    def next(self) -> "Quarter":
        return (
            Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)
        )

    def previous(self) -> "Quarter":
        return (
            Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)
        )

    def has_closed(self, today: datetime.date | None = None) -> bool:
        return (today or timezone.localdate()) > self.ends_on

    @property
    def year_label(self) -> str:
        return financial_year_label(self.year)

    @property
    def label(self) -> str:
        """'Q3 2021/22 (October to December 2021)'."""
        return gettext("%(quarter)s (%(first)s to %(last)s)") % {
            "quarter": self.short_label,
            "first": dateformat.format(self.starts_on, "F"),
            "last": dateformat.format(self.ends_on, "F Y"),
        }

    @property
    def short_label(self) -> str:
        """'Q3 2021/22' ('Ch3 2021/22' in Welsh: chwarter)."""
        return gettext("Q%(number)s %(year)s") % {"number": self.number, "year": self.year_label}

    @property
    def slug(self) -> str:
        return f"{self.year}-Q{self.number}"

    def __str__(self):
        return self.short_label


def last_closed(today: datetime.date | None = None) -> Quarter:
    return Quarter.of(today or timezone.localdate()).previous()


def quarters_between(first: Quarter, last: Quarter) -> list[Quarter]:
    result, quarter = [], first
    while quarter <= last:
        result.append(quarter)
        quarter = quarter.next()
    return result


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day so many months later (or earlier), the last of the month where it is
    shorter: 29 February 2024 plus 12 months is 28 February 2025."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for last_day in (31, 30, 29, 28):
        try:
            return datetime.date(year, month, min(day.day, last_day))
        except ValueError:
            continue
    raise AssertionError("unreachable")
