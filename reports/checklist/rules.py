"""What every duty of the statutory checklist is judged with: its answer, the 12-month rule,
and which records count as at the date the checklist is drawn up for."""

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from csp_portal.dates import PartialDate, Precision
from csp_portal.fiscal import add_months

MET, DUE_SOON, NOT_MET, NOT_RECORDED = "met", "due_soon", "not_met", "not_recorded"
LABELS = {
    MET: _("Met"),
    DUE_SOON: _("Due soon"),
    NOT_MET: _("Not met"),
    NOT_RECORDED: _("Not recorded"),
}
DUE_SOON_DAYS = 60


@dataclass
class Check:
    row: int  # of shared/STATUTE.md
    duty: str
    source: str
    source_url: str
    status: str = NOT_RECORDED
    evidence: list[str] = field(default_factory=list)
    as_summarised: bool = False  # the wording comes from a summary, not the legislation

    @property
    def label(self) -> str:
        return str(LABELS[self.status])


@dataclass(frozen=True)
class AsAt:
    """The day the duties are judged on (a scrutiny meeting's, or today), and today: a
    record with no date is on the portal now, but when it was made is not known, so it
    counts only as at today."""

    day: datetime.date
    today: datetime.date

    def knows(self, date: PartialDate | datetime.date | None) -> bool:
        """Whether a record of that date counts: its date begins on or before the day."""
        if date is None:
            return self.day >= self.today
        start = date.start if isinstance(date, PartialDate) else date
        return start <= self.day

    def within(self, began: PartialDate | None, ended: PartialDate | None) -> bool:
        """Whether something held from `began` until `ended` (either unknown) was held on
        the day: a membership, a post."""
        return (began is None or began.start <= self.day) and (
            ended is None or ended.end >= self.day
        )


def yearly(last: PartialDate | datetime.date | None, today: datetime.date) -> str:
    """Met, due soon or not met for something that must happen every 12 months. A date
    known only to the month (or year) lapses once 12 months have passed since the end of
    that month (or year), and is due soon from 12 months after its start, less 60 days: the
    checklist never calls overdue what may not be."""
    if last is None:
        return NOT_RECORDED
    if isinstance(last, datetime.date):
        last = PartialDate(last)
    if last.precision == Precision.DAY:
        lapses = add_months(last.start, 12)
    else:
        lapses = add_months(last.end, 12) + datetime.timedelta(days=1)
    if today >= lapses:
        return NOT_MET
    if today >= add_months(last.start, 12) - datetime.timedelta(days=DUE_SOON_DAYS):
        return DUE_SOON
    return MET


def written(day: PartialDate | datetime.date | None) -> str:
    if isinstance(day, datetime.date):
        day = PartialDate(day)
    return str(day) if day else gettext("date not recorded")


def names(titles) -> str:
    """‘A’, ‘B’ and ‘C’"""
    quoted = [f"‘{title}’" for title in titles]
    return " and ".join([", ".join(quoted[:-1]), quoted[-1]] if len(quoted) > 1 else quoted)
