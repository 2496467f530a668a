"""What the public pages and the PDFs show, built once from prefetched records: the strategy
page (its parts, consultations, progress, indicators, subgroups) and the partnership page."""

from django.db.models import Prefetch, prefetch_related_objects
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext

from consultations.models import ConsultationChange, Question
from consultations.results import agreement_summaries
from consultations.selectors import (
    open_consultations,
    strategy_page_consultations,
    with_reported,
)
from csp_portal.diagrams import Box, Step, governance_diagram, timeline_diagram
from monitoring.selectors import (
    first_progress,
    indicator_series,
    latest_published_quarter,
    progress_overview,
)
from partnerships.models import GovernanceLink, Partnership
from partnerships.selectors import group_by_role
from strategies.models import Strategy
from strategies.selectors import (
    actions_by_priority,
    delivering_subgroups,
    first_actions_by_priority,
    other_public_versions,
    share_out_delivery_areas,
)

# Governance links drawn above the board in the diagram; the others sit beside it.
ANSWERS_TO = {
    GovernanceLink.Kind.ACCOUNTABLE_TO,
    GovernanceLink.Kind.SCRUTINISED_BY,
    GovernanceLink.Kind.APPROVED_BY,
    GovernanceLink.Kind.DELEGATED_FROM,
    GovernanceLink.Kind.FUNDED_BY,
}


def milestone_steps(milestones) -> list[Step]:
    return [
        Step(
            date=m.when.short() if m.when else gettext("No date"),
            title=m.title,
            body=m.body,
            done=m.actual_on is not None,
        )
        for m in milestones
    ]


def action_groups(strategy: Strategy, first: int | None) -> list[tuple]:
    """(priority, its first `first` actions, how many it has): all of them when `first` is
    None (the PDF)."""
    if first:
        return first_actions_by_priority(strategy, first)
    return [(p, actions, len(actions)) for p, actions in actions_by_priority(strategy)]


def progress_groups(strategy: Strategy, quarter, first: int | None) -> list:
    """The progress of the plan up to its newest public quarter, the first `first` actions
    of each group (all when None)."""
    if quarter is None:
        return []
    return (
        first_progress(strategy, quarter, first) if first else progress_overview(strategy, quarter)
    )


def strategy_page_context(strategy: Strategy, first_actions: int | None = None) -> dict:
    """What the strategy's page shows (the first `first_actions` under each priority, with
    links to the action plan's page for the rest) and its PDF (all: `first_actions` None).
    A plan not public (a draft for consultation, a preview) has no action plan page: all."""
    first_actions = first_actions if strategy.is_public else None
    share_out_delivery_areas(strategy)
    partnership = strategy.partnership
    milestones = list(strategy.milestones.all())
    progress_quarter = latest_published_quarter(strategy)
    own, open_now = strategy_page_consultations(strategy)
    public_results = [c for c in own if c.results_are_public]
    prefetch_related_objects(
        public_results,
        Prefetch("changes", queryset=ConsultationChange.objects.select_related("priority")),
        Prefetch("questions", queryset=Question.objects.select_related("priority")),
    )
    with_reported(public_results)
    summaries = agreement_summaries(public_results)
    groups = action_groups(strategy, first_actions)
    return {
        "strategy": strategy,
        "partnership": partnership,
        "partnership_crumbs": [(partnership.display_name, partnership.get_absolute_url())],
        "priorities": strategy.priorities.all(),
        "action_groups": groups,
        "actions_count": sum(total for _p, _actions, total in groups),
        "action_plan_url": reverse(
            "reports:action_plan",
            kwargs={"partnership_slug": partnership.slug, "slug": strategy.slug},
        )
        if first_actions
        else "",
        "milestones": milestones,
        "consultations": [(c, summaries[c.pk]) for c in public_results],
        "scrutiny_reviews": strategy.scrutiny_reviews.prefetch_related("recommendation_items"),
        "open_consultations": open_now,
        "progress_quarter": progress_quarter,
        # Lazy: the public page shows them; the PDF of record does not ask for them.
        "progress_groups": SimpleLazyObject(
            lambda: progress_groups(strategy, progress_quarter, first_actions)
        ),
        "indicators": SimpleLazyObject(lambda: indicator_series(strategy)),
        "subgroups": delivering_subgroups(strategy),
        "other_versions": other_public_versions(strategy),
        "timeline_svg": timeline_diagram(
            milestone_steps(milestones),
            title=gettext("Approval and review timeline of %(title)s") % {"title": strategy.title},
            ident="timeline",
        )
        if milestones
        else None,
    }


def partnership_page_context(partnership: Partnership) -> dict:
    """For a partnership fetched by reports.selectors.partnership_page."""
    strategies = partnership.published_strategies
    # In force today, or published to come into force; an ended one is an earlier one.
    current = [s for s in strategies if s.in_force or s.not_yet_in_force]
    latest_ended = next((s for s in strategies if s.ended), None)
    links = list(partnership.governance_links.all())
    subgroups = list(partnership.subgroups.all())
    return {
        "partnership": partnership,
        "member_groups": group_by_role(partnership.memberships.all()),
        "current_strategies": current,
        "latest_ended": latest_ended,
        "earlier_strategies": [s for s in strategies if s not in current],
        "subgroups": subgroups,
        "governance_links": links,
        "public_contacts": [c for c in partnership.contacts.all() if c.is_public],
        "open_consultations": open_consultations(partnership.pk),
        "governance_svg": governance_diagram(
            board=partnership.board_name or partnership.display_name,
            answers_to=[
                Box(link.body, link.get_kind_display()) for link in links if link.kind in ANSWERS_TO
            ],
            works_with=[
                Box(link.body, link.get_kind_display())
                for link in links
                if link.kind not in ANSWERS_TO
            ],
            subgroups=[Box(s.acronym or s.name) for s in subgroups],
            ident="governance",
        ),
    }
