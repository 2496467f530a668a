"""Reads of strategies: for the editor (scoped to the user's partnerships) and for the pages
that show a whole plan (the same number of queries for 3 priorities or 300)."""

from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext, ngettext

from partnerships.models import Organisation
from subgroups.models import Subgroup

from .models import Action, DeliveryArea, StrategicPriority, Strategy


def strategy_for_editor(user, pk, *, queryset=None) -> Strategy:
    """The strategy if the user may read its drafts; Http404 otherwise (never a hint that
    it exists)."""
    queryset = (queryset if queryset is not None else Strategy.objects).visible_to(user)
    return get_object_or_404(queryset.select_related("partnership"), pk=pk)


def lead_organisations(partnership_id: int):
    """The organisations an action of the partnership may name as its lead: its members,
    and those leading any of its actions already (an import adds a lead to the national
    list of organisations without making it a member)."""
    leading = Action.objects.filter(strategy__partnership=partnership_id)
    return Organisation.objects.filter(
        Q(memberships__partnership=partnership_id) | Q(pk__in=leading.values("lead_organisation"))
    ).distinct()


ACTION_PARTS = ("priority", "delivery_area", "lead_organisation", "lead_subgroup")


def strategy_with_parts(*, all_actions: bool = True):
    """Strategies with every part their page and PDF show, prefetched (the delivery areas
    in one query, shared out by `share_out_delivery_areas`); the actions too unless the
    page reads only the first of each priority (`first_actions_by_priority`)."""
    actions = [Prefetch("actions", queryset=Action.objects.select_related(*ACTION_PARTS))]
    return Strategy.objects.select_related(
        "partnership", "strategic_assessment", "supersedes", "superseded_by"
    ).prefetch_related(
        "priorities",
        Prefetch(
            "delivery_areas",
            queryset=DeliveryArea.objects.order_by("order", "pk"),
            to_attr="all_delivery_areas",
        ),
        *(actions if all_actions else []),
        "milestones",
        "policy_links",
        "documents",
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


def actions_by_priority(strategy: Strategy) -> list[tuple[StrategicPriority | None, list]]:
    """The action plan under each priority, in the plan's order, then the actions under none:
    from the prefetched parts, no query of its own."""
    by_priority: dict[int | None, list[Action]] = {}
    for action in strategy.actions.all():
        by_priority.setdefault(action.priority_id, []).append(action)
    groups = [(p, by_priority[p.pk]) for p in strategy.priorities.all() if p.pk in by_priority]
    if None in by_priority:
        groups.append((None, by_priority[None]))
    return groups


def first_actions_by_priority(strategy: Strategy, first: int) -> list[tuple]:
    """As actions_by_priority, with the first `first` actions of each priority and how many
    it has: (priority, actions, how many). Two queries whatever the size of the plan."""
    counts: dict[int | None, int] = {}
    shown = []
    for pk, priority_id in strategy.actions.values_list("pk", "priority_id"):
        if counts.get(priority_id, 0) < first:
            shown.append(pk)
        counts[priority_id] = counts.get(priority_id, 0) + 1
    by_priority: dict[int | None, list[Action]] = {}
    for action in Action.objects.filter(pk__in=shown).select_related(*ACTION_PARTS):
        by_priority.setdefault(action.priority_id, []).append(action)
    groups = [
        (p, by_priority[p.pk], counts[p.pk]) for p in strategy.priorities.all() if p.pk in counts
    ]
    if None in counts:
        groups.append((None, by_priority[None], counts[None]))
    return groups


def delivering_subgroups(strategy: Strategy) -> list[Subgroup]:
    """The partnership's public subgroups that deliver this strategy's priorities or
    delivery areas."""
    return list(
        Subgroup.objects.filter(
            Q(priorities__strategy=strategy) | Q(delivery_areas__strategy=strategy),
            partnership=strategy.partnership_id,
            is_public=True,
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


def refresh_started(strategy: Strategy) -> bool:
    """Whether a refresh (a newer draft revision) of this strategy exists already."""
    return Strategy.objects.filter(supersedes=strategy).exists()


def can_start_refresh(strategy: Strategy) -> bool:
    """The current published strategy, not yet refreshed, can be."""
    return strategy.status == Strategy.Status.PUBLISHED and not refresh_started(strategy)


def other_revisions(strategy: Strategy):
    """The partnership's other strategies, to compare this one with."""
    return Strategy.objects.filter(partnership=strategy.partnership_id).exclude(pk=strategy.pk)


def publication_summary(strategy: Strategy) -> list[str]:
    """What publishing the strategy makes public, in words, for the approver to confirm."""
    counts = Strategy.objects.filter(pk=strategy.pk).aggregate(
        priorities=Count("priorities", distinct=True),
        areas=Count("delivery_areas", distinct=True),
        actions=Count("actions", distinct=True),
        milestones=Count("milestones", distinct=True),
        documents=Count("documents", distinct=True),
    )

    def some(words: str, n: int) -> str:
        return words % {"n": f"{n:,}"}

    said = [
        gettext(
            "its page, %(url)s, for anyone to read, and its PDF, kept as the document of record"
        )
        % {"url": strategy.get_absolute_url()},
        gettext("%(priorities)s, %(areas)s and %(actions)s")
        % {
            "priorities": some(
                ngettext("%(n)s priority", "%(n)s priorities", counts["priorities"]),
                counts["priorities"],
            ),
            "areas": some(
                ngettext("%(n)s delivery area", "%(n)s delivery areas", counts["areas"]),
                counts["areas"],
            ),
            "actions": some(
                ngettext("%(n)s action", "%(n)s actions", counts["actions"]), counts["actions"]
            ),
        },
        gettext("its timeline (%(steps)s) and %(documents)s")
        % {
            "steps": some(
                ngettext("%(n)s step", "%(n)s steps", counts["milestones"]), counts["milestones"]
            ),
            "documents": some(
                ngettext("%(n)s document", "%(n)s documents", counts["documents"]),
                counts["documents"],
            ),
        },
        gettext(
            "its partnership's members, board and public subgroups as they are today, in the PDF"
        ),
    ]
    older = strategy.supersedes
    if older is not None and older.status == Strategy.Status.PUBLISHED:
        said.append(
            gettext(
                "‘%(title)s’ (revision %(revision)s) becomes superseded: still readable, marked so"
            )
            % {"title": older.title, "revision": older.revision}
        )
    return said
