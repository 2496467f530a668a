"""PDF downloads: the public stored file of a published strategy, and staff PDFs on demand."""

import datetime

from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views import View

from csp_portal.editor import EditorAccessMixin
from csp_portal.fiscal import Quarter
from csp_portal.pdf import PdfRenderError
from partnerships import permissions
from strategies.models import Strategy

from ..pdfs import Kind, cached_pdf, pdf_filename, published_pdf
from ..selectors import consultation_draft_page


def _pdf_failed(request, strategy):
    return render(request, "reports/pdf_error.html", {"strategy": strategy}, status=503)


def public_pdf(request, partnership_slug, slug):
    """The stored document of record; 404 for anything unpublished."""
    strategy = get_object_or_404(
        Strategy.objects.published().select_related("partnership"),
        partnership__slug=partnership_slug,
        slug=slug,
    )
    try:
        file = published_pdf(strategy)
    except PdfRenderError:
        return _pdf_failed(request, strategy)
    return FileResponse(
        file.open("rb"),
        as_attachment=True,
        filename=pdf_filename(strategy),
        content_type="application/pdf",
    )


def consultation_draft_pdf(request, partnership_slug, slug):
    """The draft a consultation asks about, as a PDF marked so on every page, while the
    consultation is open."""
    strategy, _consultation = consultation_draft_page(partnership_slug=partnership_slug, slug=slug)
    try:
        pdf = cached_pdf(strategy, Kind.CONSULTATION_DRAFT)
    except PdfRenderError:
        return _pdf_failed(request, strategy)
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = pdf_filename(strategy, Kind.CONSULTATION_DRAFT)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _quarter_begun(text: str) -> Quarter:
    """The quarter a board report is for: one that has begun (Http404 otherwise)."""
    try:
        quarter = Quarter.parse(text)
    except ValueError:
        raise Http404("No such quarter") from None
    if quarter > Quarter.current():
        raise Http404("That quarter has not begun")
    return quarter


def _as_at(request) -> datetime.date | None:
    """The day a scrutiny pack judges the duties on (`?as_at=2025-03-10`: its meeting's)."""
    if "as_at" not in request.GET:
        return None
    try:
        return datetime.date.fromisoformat(request.GET["as_at"])
    except ValueError:
        raise Http404("No such day") from None


class StaffPdfView(EditorAccessMixin, View):
    """A draft strategy (watermarked), the scrutiny pack or a quarter's board report, for
    those who may read drafts. Another partnership's draft is not found; its published
    plan is, but its staff reports are refused."""

    needs = permissions.READ
    kind = Kind.STRATEGY

    def get_scoped(self):
        # A plain fetch: the cached path needs only the fingerprint, and a render fetches
        # the rest.
        strategy = get_object_or_404(
            Strategy.objects.select_related("partnership"),
            partnership__slug=self.kwargs["partnership_slug"],
            slug=self.kwargs["slug"],
        )
        if not strategy.is_public and not self.needs.allows(
            self.request.user, strategy.partnership_id
        ):
            raise Http404  # another partnership's draft: not even a hint that it exists
        return strategy

    def get(self, request, partnership_slug, slug, quarter=None):
        strategy = self.scoped
        quarter = _quarter_begun(quarter) if self.kind == Kind.BOARD_REPORT else None
        as_at = _as_at(request) if self.kind == Kind.SCRUTINY_REPORT else None
        try:
            pdf = cached_pdf(strategy, self.kind, quarter, as_at)
        except PdfRenderError:
            return _pdf_failed(request, strategy)
        response = HttpResponse(pdf, content_type="application/pdf")
        filename = pdf_filename(strategy, self.kind, quarter)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
