"""Reads for the public strategy page: the same number of queries for 3 priorities or 300."""

from django.db.models import OuterRef, Prefetch, Q, Subquery
from django.shortcuts import get_object_or_404

from subgroups.models import Subgroup

from .models import Action, DeliveryArea, QuarterPublication, Strategy


def strategy_page_queryset():
    """Strategies with every part their page and PDF show, prefetched (the delivery areas
    in one query, shared out by `share_out_delivery_areas`), with the newest quarter whose
    progress is public."""
    newest = QuarterPublication.objects.filter(strategy=OuterRef("pk")).order_by(
        "-year", "-quarter"
    )
    return (
        Strategy.objects.select_related(
            "partnership", "strategic_assessment", "supersedes", "superseded_by"
        )
        .annotate(
            progress_year=Subquery(newest.values("year")[:1]),
            progress_quarter=Subquery(newest.values("quarter")[:1]),
        )
        .prefetch_related(
            "priorities",
            Prefetch(
                "delivery_areas",
                queryset=DeliveryArea.objects.order_by("order", "pk"),
                to_attr="all_delivery_areas",
            ),
            Prefetch(
                "actions",
                queryset=Action.objects.select_related(
                    "priority", "delivery_area", "lead_organisation", "lead_subgroup"
                ),
            ),
            "milestones",
            "policy_links",
            "documents",
        )
    )


def share_out_delivery_areas(strategy: Strategy) -> None:
    """Gives each priority its delivery areas (`priority.areas`) and the strategy those under
    no priority (`strategy.strategy_level_delivery_areas`), from the one prefetched list."""
    by_priority: dict[int | None, list[DeliveryArea]] = {}
    for area in strategy.all_delivery_areas:
        by_priority.setdefault(area.priority_id, []).append(area)
    for priority in strategy.priorities.all():
        priority.areas = by_priority.get(priority.pk, [])
    strategy.strategy_level_delivery_areas = by_priority.get(None, [])


def public_strategy_page(*, partnership_slug: str, slug: str) -> Strategy:
    """A published (or superseded) strategy with all its parts; 404 otherwise, so a draft
    cannot be reached by guessing its URL."""
    return get_object_or_404(
        strategy_page_queryset().published(), partnership__slug=partnership_slug, slug=slug
    )


def delivering_subgroups(strategy: Strategy) -> list[Subgroup]:
    """The partnership's subgroups that deliver this strategy's priorities or delivery areas."""
    return list(
        Subgroup.objects.filter(
            Q(priorities__strategy=strategy) | Q(delivery_areas__strategy=strategy),
            partnership=strategy.partnership_id,
        )
        .select_related("partnership")
        .distinct()
        .order_by("order", "name")
    )


def other_public_versions(strategy: Strategy) -> list[Strategy]:
    """The partnership's other published and superseded strategies, newest first."""
    return list(
        Strategy.objects.published()
        .select_related("partnership")
        .filter(partnership=strategy.partnership_id)
        .exclude(pk=strategy.pk)
        .order_by("-period_start_year", "-revision")
    )
