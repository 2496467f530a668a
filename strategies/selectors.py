"""Reads for the public strategy page: the same number of queries for 3 priorities or 300."""

from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404

from consultations.models import Consultation
from subgroups.models import Subgroup

from .models import Action, DeliveryArea, StrategicPriority, Strategy


def strategy_page_queryset():
    """Strategies with every part their page and PDF show, prefetched."""
    return Strategy.objects.select_related(
        "partnership", "strategic_assessment", "supersedes", "superseded_by"
    ).prefetch_related(
        Prefetch(
            "priorities",
            queryset=StrategicPriority.objects.prefetch_related(
                Prefetch("delivery_areas", queryset=DeliveryArea.objects.order_by("order", "pk")),
            ),
        ),
        Prefetch(
            "delivery_areas",
            queryset=DeliveryArea.objects.filter(priority__isnull=True),
            to_attr="strategy_level_delivery_areas",
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
        Prefetch(
            "consultations",
            queryset=Consultation.objects.prefetch_related("changes__priority"),
        ),
    )


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
        .distinct()
        .order_by("order", "name")
    )


def other_public_versions(strategy: Strategy) -> list[Strategy]:
    """The partnership's other published and superseded strategies, newest first."""
    return list(
        Strategy.objects.published()
        .filter(partnership=strategy.partnership_id)
        .exclude(pk=strategy.pk)
        .order_by("-period_start_year", "-revision")
    )
