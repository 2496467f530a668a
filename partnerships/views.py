from django.http import Http404
from django.views.generic import TemplateView

from consultations.selectors import open_consultations
from csp_portal.diagrams import Box, governance_diagram

from .models import GovernanceLink, Partnership
from .selectors import group_by_role, partnership_page, partnerships_with_current_strategies

ANSWERS_TO = {
    GovernanceLink.Kind.ACCOUNTABLE_TO,
    GovernanceLink.Kind.SCRUTINISED_BY,
    GovernanceLink.Kind.APPROVED_BY,
    GovernanceLink.Kind.DELEGATED_FROM,
    GovernanceLink.Kind.FUNDED_BY,
}


class HomeView(TemplateView):
    template_name = "partnerships/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            partnerships=partnerships_with_current_strategies(), **kwargs
        )


class PartnershipDetailView(TemplateView):
    template_name = "partnerships/partnership_detail.html"

    def get_context_data(self, **kwargs):
        try:
            partnership = partnership_page(self.kwargs["slug"])
        except Partnership.DoesNotExist:
            raise Http404("No such partnership") from None
        strategies = partnership.published_strategies
        current = [s for s in strategies if s.status == s.Status.PUBLISHED]
        links = list(partnership.governance_links.all())
        subgroups = list(partnership.subgroups.all())
        return super().get_context_data(
            partnership=partnership,
            member_groups=group_by_role(partnership.memberships.all()),
            current_strategies=current,
            earlier_strategies=[s for s in strategies if s not in current],
            subgroups=subgroups,
            governance_links=links,
            public_contacts=[c for c in partnership.contacts.all() if c.is_public],
            open_consultations=open_consultations(partnership.pk),
            governance_svg=governance_diagram(
                board=partnership.board_name or partnership.display_name,
                answers_to=[
                    Box(link.body, link.get_kind_display())
                    for link in links
                    if link.kind in ANSWERS_TO
                ],
                works_with=[
                    Box(link.body, link.get_kind_display())
                    for link in links
                    if link.kind not in ANSWERS_TO
                ],
                subgroups=[Box(s.acronym or s.name) for s in subgroups],
                ident="governance",
            ),
            **kwargs,
        )
