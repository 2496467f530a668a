"""The public site: the home page, a partnership's page, a strategy's page, a subgroup's
page and search. Residents need no account; anonymous visitors are served from the page
cache (csp_portal.pagecache)."""

from django.utils import timezone, translation
from django.views.generic import TemplateView

from consultations.selectors import open_consultations_everywhere
from csp_portal import tables
from monitoring.selectors import latest_published_quarter

from ..action_plan import FIRST_ACTIONS, PublicActionFilter, PublicActionTable
from ..pages import partnership_page_context, strategy_page_context
from ..pdfs import frozen_partnership
from ..search import MAX_QUERY_LENGTH, PER_KIND, search_capped
from ..selectors import (
    consultation_draft_page,
    partnership_page,
    partnerships_with_current_strategies,
    public_action_plan,
    public_strategy_page,
    subgroup_page,
)


class HomeView(TemplateView):
    template_name = "reports/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            partnerships=partnerships_with_current_strategies(),
            open_consultations=open_consultations_everywhere(),
            **kwargs,
        )


class PartnershipDetailView(TemplateView):
    template_name = "reports/partnership_detail.html"

    def get_context_data(self, **kwargs):
        partnership = partnership_page(self.kwargs["slug"])
        return super().get_context_data(**partnership_page_context(partnership), **kwargs)


class StrategyDetailView(TemplateView):
    template_name = "reports/strategy_detail.html"

    def get_context_data(self, **kwargs):
        strategy = public_strategy_page(
            partnership_slug=self.kwargs["partnership_slug"], slug=self.kwargs["slug"]
        )
        return super().get_context_data(
            **strategy_page_context(strategy, first_actions=FIRST_ACTIONS),
            # The members and subgroups as at publication, in the page's language.
            partnership_as_published=frozen_partnership(strategy, translation.get_language()),
            **kwargs,
        )


class ActionPlanView(TemplateView):
    """Every action of a published plan, a page at a time, filtered."""

    template_name = "reports/action_plan.html"

    def get_context_data(self, **kwargs):
        strategy = public_action_plan(
            partnership_slug=self.kwargs["partnership_slug"], slug=self.kwargs["slug"]
        )
        quarter = latest_published_quarter(strategy)
        filterset = PublicActionFilter(self.request.GET or None, strategy=strategy, quarter=quarter)
        actions = filterset.qs
        one = self.request.GET.get("action", "")
        if one.isdigit():  # an action a search found
            actions = actions.filter(pk=int(one))
        table = PublicActionTable(actions, progress_public=quarter is not None)
        tables.configure(self.request, table)
        partnership = strategy.partnership
        return super().get_context_data(
            strategy=strategy,
            partnership=partnership,
            progress_quarter=quarter,
            one_action=one.isdigit(),
            filter=filterset,
            table=table,
            crumbs=[
                (partnership.display_name, partnership.get_absolute_url()),
                (strategy.title, strategy.get_absolute_url()),
            ],
            **kwargs,
        )


class ConsultationDraftView(TemplateView):
    """The draft a consultation asks about, public while the consultation is open, marked
    as a draft for consultation."""

    template_name = "reports/strategy_detail.html"

    def get_context_data(self, **kwargs):
        strategy, consultation = consultation_draft_page(
            partnership_slug=self.kwargs["partnership_slug"], slug=self.kwargs["slug"]
        )
        return super().get_context_data(
            **strategy_page_context(strategy), consultation_draft=consultation, **kwargs
        )

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        # Public only while its consultation is open: never cached past the close.
        closes_in = context["consultation_draft"].closes_at - timezone.now()
        response.cache_timeout = int(closes_in.total_seconds())
        return response


class SubgroupDetailView(TemplateView):
    template_name = "reports/subgroup_detail.html"

    def get_context_data(self, **kwargs):
        subgroup = subgroup_page(
            partnership_slug=self.kwargs["partnership_slug"], slug=self.kwargs["slug"]
        )
        partnership = subgroup.partnership
        return super().get_context_data(
            subgroup=subgroup,
            partnership=partnership,
            partnership_crumbs=[(partnership.display_name, partnership.get_absolute_url())],
            **kwargs,
        )


class SearchView(TemplateView):
    template_name = "reports/search_results.html"

    def get_context_data(self, **kwargs):
        # A NUL byte is in no text the portal holds (PostgreSQL takes none): drop it.
        query = self.request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
        results, capped = search_capped(query)
        return super().get_context_data(
            query=query, results=results, capped=capped, per_kind=PER_KIND, **kwargs
        )
