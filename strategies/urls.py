from django.urls import path

from csp_portal.pagecache import cached_public_page

from . import pdf_views, views
from .pdfs import Kind

app_name = "strategies"

urlpatterns = [
    path(
        "<slug:partnership_slug>/strategies/<slug:slug>/",
        cached_public_page(views.StrategyDetailView.as_view()),
        name="detail",
    ),
    path(
        "<slug:partnership_slug>/strategies/<slug:slug>.pdf",
        pdf_views.public_pdf,
        name="pdf",
    ),
    path(
        "<slug:partnership_slug>/strategies/<slug:slug>/draft.pdf",
        pdf_views.staff_pdf,
        {"kind": Kind.STRATEGY},
        name="draft_pdf",
    ),
    path(
        "<slug:partnership_slug>/strategies/<slug:slug>/scrutiny-report.pdf",
        pdf_views.staff_pdf,
        {"kind": Kind.SCRUTINY_REPORT},
        name="scrutiny_report_pdf",
    ),
    path(
        "<slug:partnership_slug>/strategies/<slug:slug>/board-report-<str:quarter>.pdf",
        pdf_views.staff_pdf,
        {"kind": Kind.BOARD_REPORT},
        name="board_report_pdf",
    ),
]
