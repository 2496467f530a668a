"""Reads for the public partnership pages: a fixed number of queries, whatever the size."""

from django.db.models import Prefetch

from strategies.models import Strategy
from subgroups.models import Subgroup

from .models import Membership, Partnership

ROLE_ORDER = [
    Membership.Role.RESPONSIBLE_AUTHORITY,
    Membership.Role.CO_OPERATING_BODY,
    Membership.Role.OTHER_MEMBER,
]


def partnerships_with_current_strategies():
    """Every partnership, each with `published_strategies` (current first, then superseded)."""
    return Partnership.objects.prefetch_related(
        Prefetch(
            "strategies",
            # "published" sorts before "superseded": the current strategy comes first.
            queryset=Strategy.objects.published().order_by(
                "status", "-period_start_year", "-revision"
            ),
            to_attr="published_strategies",
        )
    )


def partnership_page(slug: str) -> Partnership:
    """A partnership with everything its public page shows, prefetched."""
    return (
        partnerships_with_current_strategies()
        .prefetch_related(
            Prefetch(
                "memberships",
                queryset=Membership.objects.select_related("organisation").order_by("order", "pk"),
            ),
            Prefetch(
                "subgroups",
                queryset=Subgroup.objects.order_by("order", "name"),
            ),
            "funding__source",
            "governance_links",
            "contacts",
        )
        .get(slug=slug)
    )


def group_by_role(memberships) -> list[tuple[str, list[Membership]]]:
    """Memberships grouped by role, responsible authorities first; empty roles left out."""
    memberships = list(memberships)
    groups = []
    for role in ROLE_ORDER:
        members = [m for m in memberships if m.role == role]
        if members:
            groups.append((role.label, members))
    return groups
