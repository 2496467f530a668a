"""PDF downloads: the public stored file of a published strategy, and staff PDFs on demand."""

import datetime

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, render

from csp_portal.fiscal import Quarter
from csp_portal.pdf import PdfRenderError
from partnerships.permissions import can_read_drafts
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


def staff_pdf(request, partnership_slug, slug, kind, quarter=None):
    """A draft strategy (watermarked), the scrutiny pack or a quarter's board report, for
    those who may read drafts."""
    if kind not in (Kind.STRATEGY, Kind.SCRUTINY_REPORT, Kind.BOARD_REPORT):
        raise Http404
    if kind == Kind.BOARD_REPORT:
        quarter = _quarter_begun(quarter or "")
    as_at = _as_at(request) if kind == Kind.SCRUTINY_REPORT else None
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    # A plain fetch: the cached path needs only the fingerprint, and a render fetches the rest.
    strategy = get_object_or_404(
        Strategy.objects.select_related("partnership"),
        partnership__slug=partnership_slug,
        slug=slug,
    )
    if not can_read_drafts(request.user, strategy.partnership):
        if not strategy.is_public:
            raise Http404  # another partnership's draft: not even a hint that it exists
        raise PermissionDenied
    try:
        pdf = cached_pdf(strategy, kind, quarter, as_at)
    except PdfRenderError:
        return _pdf_failed(request, strategy)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="{pdf_filename(strategy, kind, quarter)}"'
    )
    return response
