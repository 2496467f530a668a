from django.views.generic import TemplateView

from csp_portal.diagrams import Step, timeline_diagram

from .selectors import delivering_subgroups, other_public_versions, public_strategy_page


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


class StrategyDetailView(TemplateView):
    template_name = "strategies/strategy_detail.html"

    def get_context_data(self, **kwargs):
        strategy = public_strategy_page(
            partnership_slug=self.kwargs["partnership_slug"], slug=self.kwargs["slug"]
        )
        milestones = list(strategy.milestones.all())
        consultations = [c for c in strategy.consultations.all() if c.results_published]
        return super().get_context_data(
            strategy=strategy,
            partnership=strategy.partnership,
            partnership_crumbs=[
                (strategy.partnership.display_name, strategy.partnership.get_absolute_url())
            ],
            priorities=strategy.priorities.all(),
            actions=strategy.actions.all(),
            milestones=milestones,
            consultations=consultations,
            subgroups=delivering_subgroups(strategy),
            other_versions=other_public_versions(strategy),
            timeline_svg=timeline_diagram(
                milestone_steps(milestones),
                title=f"Approval and review timeline of {strategy.title}",
                ident="timeline",
            )
            if milestones
            else None,
            **kwargs,
        )
