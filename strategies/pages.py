"""What the strategy page and its PDFs show, built once from a prefetched strategy."""

from django.db.models import Prefetch, prefetch_related_objects
from django.utils.functional import SimpleLazyObject

from consultations.models import ConsultationChange, Question
from consultations.results import agreement_summaries
from consultations.selectors import strategy_page_consultations
from csp_portal.diagrams import Step, timeline_diagram

from .models import Strategy
from .monitoring import indicator_series, latest_published_quarter, progress_overview
from .selectors import delivering_subgroups, other_public_versions, share_out_delivery_areas


def milestone_steps(milestones) -> list[Step]:
    return [
        Step(
            date=f"{m.date:%-d %b %Y}" if m.date else "No date",
            title=m.title,
            body=m.body,
            done=m.actual_on is not None,
        )
        for m in milestones
    ]


def strategy_page_context(strategy: Strategy) -> dict:
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
    summaries = agreement_summaries(public_results)
    return {
        "strategy": strategy,
        "partnership": partnership,
        "partnership_crumbs": [(partnership.display_name, partnership.get_absolute_url())],
        "priorities": strategy.priorities.all(),
        "actions": strategy.actions.all(),
        "milestones": milestones,
        "consultations": [(c, summaries[c.pk]) for c in public_results],
        "open_consultations": open_now,
        "progress_quarter": progress_quarter,
        # Lazy: the public page shows them; the PDF of record does not ask for them.
        "progress_groups": SimpleLazyObject(
            lambda: progress_overview(strategy, progress_quarter) if progress_quarter else []
        ),
        "indicators": SimpleLazyObject(lambda: indicator_series(strategy)),
        "subgroups": delivering_subgroups(strategy),
        "other_versions": other_public_versions(strategy),
        "timeline_svg": timeline_diagram(
            milestone_steps(milestones),
            title=f"Approval and review timeline of {strategy.title}",
            ident="timeline",
        )
        if milestones
        else None,
    }
