"""ILLUSTRATIVE monitoring data for the Safer Woking Partnership demo.

The council papers give no progress figures, so none of this is real: a year of quarterly
progress updates (2021/22) on the plan's own actions and three indicators with made-up
figures, so that a newcomer sees progress, the board report and the charts working. Every
commentary and every indicator source says it is illustrative, on the page and in the PDFs.
"""

import datetime
import zoneinfo
from decimal import Decimal

from csp_portal.fiscal import Quarter
from monitoring.models import Indicator, IndicatorValue, ProgressUpdate, QuarterPublication, Rag
from strategies.models import Strategy

LONDON = zoneinfo.ZoneInfo("Europe/London")

LABEL = "Illustrative demo update, not from the council's papers"
SOURCE = "Illustrative figures for the demo, not police or council data"

# RAG through the four quarters of 2021/22, in turn for the plan's actions.
PATTERNS = [
    [Rag.NOT_STARTED, Rag.GREEN, Rag.GREEN, Rag.COMPLETE],
    [Rag.GREEN, Rag.GREEN, Rag.AMBER, Rag.GREEN],
    [Rag.AMBER, Rag.AMBER, Rag.RED, Rag.AMBER],
    [Rag.GREEN, Rag.GREEN, Rag.GREEN, Rag.GREEN],
    [Rag.NOT_STARTED, Rag.AMBER, Rag.GREEN, Rag.GREEN],
]
COMMENTARY = {
    Rag.NOT_STARTED: "Planned to start next quarter.",
    Rag.GREEN: "On track.",
    Rag.AMBER: "Some delay; the lead has a recovery plan.",
    Rag.RED: "Behind plan; raised at the board.",
    Rag.COMPLETE: "Done.",
}
INDICATORS = [
    # name, unit, direction, quarterly baseline, quarterly target, figures for 2021/22
    (
        "Anti-social behaviour incidents",
        "incidents a quarter",
        "lower",
        155,
        140,
        [160, 171, 148, 139],
    ),
    ("Residential burglaries", "offences a quarter", "lower", 53, 47, [52, 49, 55, 44]),
    (
        "Young people diverted from youth justice",
        "%",
        "higher",
        60,
        70,
        [61, 64, 63, 68],
    ),
]


def _entered(quarter: int, *, late: bool) -> datetime.datetime:
    """A week before the quarter ends, or three weeks after it for a late one."""
    ends = Quarter(2021, quarter).ends_on
    day = ends + datetime.timedelta(days=21) if late else ends - datetime.timedelta(days=7)
    return datetime.datetime.combine(day, datetime.time(10), tzinfo=LONDON)


def add_illustrative_monitoring(slug: str = "woking") -> None:
    strategy = Strategy.objects.filter(
        partnership__slug=slug, status=Strategy.Status.PUBLISHED
    ).first()
    if strategy is None or strategy.period_start_year > 2021:
        return
    updates = []
    for n, action in enumerate(strategy.actions.order_by("order", "pk")):
        for quarter, rag in enumerate(PATTERNS[n % len(PATTERNS)], start=1):
            updates.append(
                ProgressUpdate(
                    action=action,
                    year=2021,
                    quarter=quarter,
                    rag=rag,
                    commentary=f"{LABEL}: {COMMENTARY[rag]}",
                    late=n % 7 == 3 and quarter == 4,
                    updated_at=_entered(quarter, late=n % 7 == 3 and quarter == 4),
                )
            )
    ProgressUpdate.objects.bulk_create(updates)
    for order, (name, unit, direction, baseline, target, figures) in enumerate(INDICATORS):
        indicator = Indicator.objects.create(
            strategy=strategy,
            order=order,
            name=name,
            unit=unit,
            direction=direction,
            baseline=Decimal(baseline),
            baseline_period="2020/21",
            target=Decimal(target),
            source=SOURCE,
        )
        IndicatorValue.objects.bulk_create(
            IndicatorValue(indicator=indicator, year=2021, quarter=q, value=Decimal(v))
            for q, v in enumerate(figures, start=1)
        )
    QuarterPublication.objects.create(strategy=strategy, year=2021, quarter=4)
