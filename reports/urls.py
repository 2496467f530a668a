"""The public site's pages that combine apps (namespace reports). Included last in
csp_portal/urls.py: /<partnership-slug>/ matches any other single segment."""

from django.urls import path

from csp_portal.pagecache import HOME, SEARCH, cached_public_page

from .action_plan import PublicActionFilter
from .pdfs import Kind
from .views import pdfs, public

app_name = "reports"


strategy = "<slug:partnership_slug>/strategies/<slug:slug>"
# What the action plan's page reads from its address: its filters, one action (from a
# search), its page and its order.
ACTION_PLAN_PARAMS = [*PublicActionFilter.base_filters, "action", "page", "sort"]

urlpatterns = [
    path("", cached_public_page(public.HomeView.as_view(), scope=HOME), name="home"),
    path(
        "search/",
        cached_public_page(public.SearchView.as_view(), scope=SEARCH, params=["q"]),
        name="search",
    ),
    path(
        f"{strategy}/",
        cached_public_page(public.StrategyDetailView.as_view(), partnership_arg="partnership_slug"),
        name="strategy",
    ),
    path(
        f"{strategy}/action-plan/",
        cached_public_page(
            public.ActionPlanView.as_view(),
            partnership_arg="partnership_slug",
            params=ACTION_PLAN_PARAMS,
        ),
        name="action_plan",
    ),
    path(f"{strategy}.pdf", pdfs.public_pdf, name="strategy_pdf"),
    path(
        f"{strategy}/draft-for-consultation/",
        cached_public_page(
            public.ConsultationDraftView.as_view(), partnership_arg="partnership_slug"
        ),
        name="consultation_draft",
    ),
    path(
        f"{strategy}/draft-for-consultation.pdf",
        pdfs.consultation_draft_pdf,
        name="consultation_draft_pdf",
    ),
    path(f"{strategy}/draft.pdf", pdfs.StaffPdfView.as_view(), name="draft_pdf"),
    path(
        f"{strategy}/scrutiny-report.pdf",
        pdfs.StaffPdfView.as_view(kind=Kind.SCRUTINY_REPORT),
        name="scrutiny_report_pdf",
    ),
    path(
        f"{strategy}/board-report-<str:quarter>.pdf",
        pdfs.StaffPdfView.as_view(kind=Kind.BOARD_REPORT),
        name="board_report_pdf",
    ),
    path(
        "<slug:partnership_slug>/subgroups/<slug:slug>/",
        cached_public_page(public.SubgroupDetailView.as_view(), partnership_arg="partnership_slug"),
        name="subgroup",
    ),
    path(
        "<slug:slug>/",
        cached_public_page(public.PartnershipDetailView.as_view(), partnership_arg="slug"),
        name="partnership",
    ),
]
