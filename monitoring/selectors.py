"""Reads of monitoring: the action plan's progress by quarter, and the performance
indicators. Every function here costs the same few queries whatever the size of the plan."""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import (
    CharField,
    F,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    TextField,
    Value,
    prefetch_related_objects,
)
from django.utils import dateformat
from django.utils.translation import gettext

from csp_portal.bilingual import fallback_in_page, read_in_page_language
from csp_portal.diagrams import line_chart
from csp_portal.fiscal import Quarter, last_closed, quarters_between
from strategies.models import Action

from .imports import CSV_COLUMNS
from .models import Indicator, IndicatorValue, ProgressUpdate, QuarterPublication, Rag

RAG_ORDER = [Rag.RED, Rag.AMBER, Rag.GREEN, Rag.COMPLETE, Rag.NOT_STARTED]
NO_UPDATE = "none"


@dataclass
class ActionProgress:
    action: Action
    latest: ProgressUpdate | None  # the newest update up to the quarter looked at
    in_quarter: ProgressUpdate | None  # the update for that very quarter, if any
    overdue: bool  # no update for the last closed quarter, and not complete

    @property
    def rag(self) -> str:
        return self.latest.rag if self.latest else NO_UPDATE


@dataclass
class GroupProgress:
    """The actions under one priority (or delivery area, where they have no priority)."""

    title: str
    actions: list[ActionProgress] = field(default_factory=list)
    priority: object = None  # the StrategicPriority, where the actions have one
    # The statuses of all the group's actions, where `actions` holds only the first.
    counted: Counter | None = None

    @property
    def counts(self) -> dict[str, int]:
        counted = self.counted if self.counted is not None else Counter(a.rag for a in self.actions)
        return {rag: counted.get(rag, 0) for rag in [*RAG_ORDER, NO_UPDATE]}

    @property
    def size(self) -> int:
        return sum(self.counts.values())

    @property
    def overdue(self) -> list[ActionProgress]:
        return [a for a in self.actions if a.overdue]


def _up_to(quarter: Quarter) -> Q:
    return Q(year__lt=quarter.year) | Q(year=quarter.year, quarter__lte=quarter.number)


def with_latest_progress(actions, quarter: Quarter | None):
    """The actions, each with its newest update up to `quarter` (`latest_rag`,
    `latest_year`, `latest_quarter`, `latest_commentary` and `latest_commentary_lang`, set
    where a Welsh page shows English commentary; None where there is none, or when no
    quarter is public): subqueries in the one query, whatever the size of the plan."""
    fields = ("rag", "year", "quarter", "commentary", "commentary_lang")
    if quarter is None:
        return actions.annotate(**{f"latest_{f}": Value(None, CharField()) for f in fields})
    newest = ProgressUpdate.objects.filter(_up_to(quarter), action=OuterRef("pk")).order_by(
        "-year", "-quarter"
    )
    latest = {
        f"latest_{f}": Subquery(
            newest.values(f)[:1], output_field=ProgressUpdate._meta.get_field(f)
        )
        for f in ("rag", "year", "quarter")
    }
    latest["latest_commentary"] = read_in_page_language(newest, "commentary", TextField())
    latest["latest_commentary_lang"] = fallback_in_page(newest, "commentary")
    return actions.annotate(**latest)


def due_quarter(quarter: Quarter, today=None) -> Quarter:
    """The quarter whose update an action looked at in `quarter` is overdue for: the last
    closed one, or `quarter` itself once it has closed."""
    return min(last_closed(today), quarter)


def _group_title(priority_title, area_title, area) -> str:
    return priority_title or area_title or area or gettext("Other actions")


def first_progress(strategy, quarter: Quarter, first: int) -> list[GroupProgress]:
    """As progress_overview, with the first `first` actions of each group and the statuses
    of all of them: what the public page shows, read without loading every action (one
    query and progress_overview's few, whatever the size of the plan). Groups are told
    apart by the records they are under, not by their titles, which differ by language."""
    rows = with_latest_progress(strategy.actions.order_by("year", "order", "pk"), quarter)
    rows = rows.values_list("pk", "priority_id", "delivery_area_id", "area", "latest_rag")
    counted: dict[tuple, Counter] = {}
    shown: list[int] = []
    for pk, priority_id, area_id, area, rag in rows:
        under = _under(priority_id, area_id, area)
        group = counted.setdefault(under, Counter())
        if sum(group.values()) < first:
            shown.append(pk)
        group[rag or NO_UPDATE] += 1
    groups = progress_overview(strategy, quarter, actions=Action.objects.filter(pk__in=shown))
    for group in groups:
        unders = {
            _under(a.action.priority_id, a.action.delivery_area_id, a.action.area)
            for a in group.actions
        }
        group.counted = sum((counted[under] for under in unders), Counter())
    return groups


def _under(priority_id, area_id, area) -> tuple:
    """What an action's progress is grouped under: its priority, or its delivery area, or
    the area it names (as _group_title)."""
    return (priority_id, None, "") if priority_id else (None, area_id, "" if area_id else area)


def progress_overview(
    strategy, quarter: Quarter | None = None, today=None, actions=None
) -> list[GroupProgress]:
    """The action plan (or those of its `actions` given) grouped by priority, with each
    action's latest RAG up to `quarter` (the current quarter if not given) and whether its
    update for the last closed quarter is missing."""
    quarter = quarter or Quarter.current()
    due = due_quarter(quarter, today)
    # One attribute a quarter: a second call for another quarter on the same actions must
    # not find the first call's updates and take them as its own.
    attr = f"updates_to_{quarter.year}_{quarter.number}"
    updates = Prefetch(
        "progress_updates",
        queryset=ProgressUpdate.objects.filter(_up_to(quarter))
        .select_related("by")
        .order_by("-year", "-quarter"),
        to_attr=attr,
    )
    if actions is not None:
        actions = actions.select_related(
            "priority", "delivery_area", "lead_subgroup", "lead_organisation"
        ).prefetch_related(updates)
    elif "actions" in getattr(strategy, "_prefetched_objects_cache", {}):
        # The page has its actions already: fetch only their updates.
        actions = list(strategy.actions.all())
        prefetch_related_objects(actions, updates)
    else:
        actions = strategy.actions.select_related(
            "priority", "delivery_area", "lead_subgroup", "lead_organisation"
        ).prefetch_related(updates)
    groups: dict[str, GroupProgress] = {}
    for action in actions:
        updates = getattr(action, attr)
        latest = updates[0] if updates else None
        in_quarter = next((u for u in updates if u.period == quarter), None)
        has_due = any(u.period == due for u in updates)
        started = action.year <= due.year
        overdue = started and not has_due and not (latest and latest.rag == Rag.COMPLETE)
        title = _group_title(
            getattr(action.priority, "title", ""),
            getattr(action.delivery_area, "title", ""),
            action.area,
        )
        groups.setdefault(title, GroupProgress(title, priority=action.priority)).actions.append(
            ActionProgress(action, latest, in_quarter, overdue)
        )
    return list(groups.values())


def rag_totals(groups: list[GroupProgress]) -> dict[str, int]:
    totals = Counter()
    for group in groups:
        totals.update(group.counts)
    return {rag: totals.get(rag, 0) for rag in [*RAG_ORDER, NO_UPDATE]}


def red_and_amber_first(group: GroupProgress) -> list[ActionProgress]:
    rank = {rag: n for n, rag in enumerate([*RAG_ORDER, NO_UPDATE])}
    return sorted(
        group.actions, key=lambda a: rank[a.in_quarter.rag if a.in_quarter else NO_UPDATE]
    )


def opening_quarter(strategy) -> Quarter:
    """The quarter the progress page opens on: the latest of the plan's quarters so far
    that has an update, or the latest so far when none has."""
    quarters = reporting_quarters(strategy)
    latest = (
        ProgressUpdate.objects.filter(_up_to(quarters[-1]), action__strategy=strategy)
        .order_by("-year", "-quarter")
        .values_list("year", "quarter")
        .first()
    )
    return Quarter(*latest) if latest else quarters[-1]


def reporting_quarters(strategy) -> list[Quarter]:
    """The plan's quarters so far: from Q1 of its first year to the current quarter, or to
    the last quarter of its period (a 2021 to 2024 plan runs to Q4 2023/24)."""
    first = Quarter(strategy.period_start_year, 1)
    last = Quarter(max(strategy.period_start_year, strategy.period_end_year - 1), 4)
    last = min(last, Quarter.current())
    return quarters_between(first, last) if first <= last else [first]


def scrutiny_year(strategy) -> list[Quarter]:
    """The year of progress a scrutiny pack shows: the four quarters up to the latest one
    with any update (or up to the plan's latest reporting quarter if there is none)."""
    newest = (
        ProgressUpdate.objects.filter(action__strategy=strategy)
        .order_by("-year", "-quarter")
        .values_list("year", "quarter")
        .first()
    )
    last = Quarter(*newest) if newest else reporting_quarters(strategy)[-1]
    return quarters_between(last.previous().previous().previous(), last)


def is_public_quarter(strategy, quarter: Quarter) -> bool:
    """Whether the quarter's progress is on the public page (published up to it or later)."""
    published = latest_published_quarter(strategy)
    return published is not None and quarter <= published


def latest_published_quarter(strategy) -> Quarter | None:
    """The newest quarter whose progress is public (from strategy_page_queryset's
    annotation when there is one, which saves a query)."""
    if hasattr(strategy, "progress_year"):
        year, number = strategy.progress_year, strategy.progress_quarter
        return Quarter(year, number) if year else None
    published = QuarterPublication.objects.filter(strategy=strategy).first()
    return Quarter(published.year, published.quarter) if published else None


# Indicators


@dataclass
class IndicatorSeries:
    indicator: Indicator
    values: list[IndicatorValue]
    chart: str

    @property
    def latest(self) -> IndicatorValue | None:
        return self.values[-1] if self.values else None

    @property
    def trend(self) -> str:
        """Whether the last figure is better or worse than the one before, by the
        indicator's direction."""
        if len(self.values) < 2:
            return gettext("Not enough figures yet")
        before, now = self.values[-2].value, self.values[-1].value
        if now == before:
            return gettext("No change")
        better = (
            now < before if self.indicator.direction == Indicator.Direction.LOWER else now > before
        )
        return gettext("Improving") if better else gettext("Getting worse")

    @property
    def against_target(self) -> str:
        target, latest = self.indicator.target, self.latest
        if target is None or latest is None:
            return ""
        lower = self.indicator.direction == Indicator.Direction.LOWER
        met = latest.value <= target if lower else latest.value >= target
        return gettext("Target met") if met else gettext("Target not yet met")


def indicator_series(strategy) -> list[IndicatorSeries]:
    """The strategy's indicators and their figures, in one query (a join, one row a figure,
    or one row for an indicator with none)."""
    fields = [f.attname for f in Indicator._meta.concrete_fields]
    value_fields = ["id", "year", "quarter", "value", "note"]
    rows = (
        Indicator.objects.filter(strategy=strategy)
        .order_by("order", "pk", "values__year", F("values__quarter").asc(nulls_last=True))
        .values(*fields, *[f"values__{f}" for f in value_fields])
    )
    indicators: dict[int, tuple[Indicator, list[IndicatorValue]]] = {}
    for row in rows:
        if row["id"] not in indicators:
            indicators[row["id"]] = (Indicator(**{f: row[f] for f in fields}), [])
        indicator, values = indicators[row["id"]]
        if row["values__id"] is not None:
            values.append(
                IndicatorValue(
                    indicator=indicator, **{f: row[f"values__{f}"] for f in value_fields}
                )
            )
    return [
        IndicatorSeries(
            indicator,
            values,
            line_chart(
                [(v.period_label, v.value) for v in values],
                target=indicator.target,
                baseline=indicator.baseline,
                title=f"{indicator.name} ({indicator.unit})",
                ident=f"indicator-{indicator.pk}",
            ),
        )
        for indicator, values in indicators.values()
    ]


def indicator_csv_rows(strategy) -> list[list[str]]:
    rows = [CSV_COLUMNS]
    for value in (
        IndicatorValue.objects.filter(indicator__strategy=strategy)
        .select_related("indicator")
        .order_by("indicator__order", "indicator__pk", "year", "quarter")
    ):
        rows.append(
            [
                value.indicator.name,
                str(value.year),
                str(value.quarter or ""),
                f"{value.value.normalize():f}",  # 49.5, -4: as typed, never 4.9E+1
                value.note,
            ]
        )
    return rows


def publish_refusal(strategy, quarter: Quarter, today=None) -> str:
    """Why progress up to `quarter` cannot be made public ('' when it can): only a published
    plan's progress, and only once the quarter has closed (its updates are in)."""
    if not strategy.is_public:
        return gettext("Progress can be made public once the plan is published.")
    if not quarter.has_closed(today):
        opens = quarter.ends_on + datetime.timedelta(days=1)
        return gettext(
            "Progress up to %(quarter)s can be made public once the quarter has closed, "
            "from %(opens)s."
        ) % {"quarter": quarter.short_label, "opens": dateformat.format(opens, "j F Y")}
    return ""


def can_publish_quarter(strategy, published: Quarter | None, quarter: Quarter) -> bool:
    """A quarter can be made public once `publish_refusal` has nothing to say, if no later
    one is already (publishing is cumulative)."""
    return not publish_refusal(strategy, quarter) and (published is None or published < quarter)
