"""PDF downloads: the public stored file of a published strategy, and staff PDFs. Both are
rendered by a job worker (reports.tasks); until the file is there, the address answers at
once with a page saying it is being prepared, which asks again by itself."""

import datetime

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views import View

from csp_portal.editor import EditorAccessMixin
from csp_portal.fiscal import Quarter
from csp_portal.models import Job
from partnerships import permissions
from strategies.models import Strategy

from ..pdfs import (
    Kind,
    asked_language,
    open_pdf_of_record,
    pdf_filename,
    pdf_of_record_stored,
    staff_pdf_name,
)
from ..selectors import consultation_draft_page
from ..tasks import start_pdf_of_record, start_staff_pdf

REFRESH_SECONDS = 5

DOCUMENTS = {
    Kind.STRATEGY: _("the PDF of {title}"),
    Kind.SCRUTINY_REPORT: _("the scrutiny report for {title}"),
    Kind.BOARD_REPORT: _("the board report for {title}"),
    Kind.CONSULTATION_DRAFT: _("the draft for consultation of {title}"),
}


def _preparing(request, strategy, job: Job, kind=Kind.STRATEGY, can_retry=False):
    """The page of a PDF not there yet: being prepared, or (its job has failed) not."""
    failed = job.state == Job.State.FAILED
    context = {
        "strategy": strategy,
        "document": DOCUMENTS[kind].format(title=strategy.title),
        "failed": failed,
        "can_retry": can_retry,
        "refresh_seconds": REFRESH_SECONDS,
    }
    response = render(request, "reports/pdf_preparing.html", context, status=503 if failed else 200)
    response["Cache-Control"] = "no-store"
    return response


def public_pdf(request, partnership_slug, slug):
    """The stored document of record (404 for anything unpublished), in the address's
    language (/cy/... is the Welsh of a partnership that publishes in both), or the page
    saying it is being prepared."""
    strategy = get_object_or_404(
        Strategy.objects.published().select_related("partnership"),
        partnership__slug=partnership_slug,
        slug=slug,
    )
    language = asked_language(strategy.partnership)
    if not pdf_of_record_stored(strategy, language):
        # At once, unless it is waiting already.
        job = start_pdf_of_record(strategy, language=language)
        strategy.refresh_from_db(fields=["pdf"])
        if not pdf_of_record_stored(strategy, language):
            return _preparing(request, strategy, job)
    return FileResponse(
        open_pdf_of_record(strategy, language),
        as_attachment=True,
        filename=pdf_filename(strategy, language=language),
        content_type="application/pdf",
    )


def consultation_draft_pdf(request, partnership_slug, slug):
    """The draft a consultation asks about, as a PDF marked so on every page, while the
    consultation is open."""
    strategy, _consultation = consultation_draft_page(partnership_slug=partnership_slug, slug=slug)
    language = asked_language(strategy.partnership)
    name = staff_pdf_name(strategy, Kind.CONSULTATION_DRAFT, language=language)
    return _prepared_pdf(request, strategy, Kind.CONSULTATION_DRAFT, None, None, name, language)


def _prepared_pdf(request, strategy, kind, quarter, as_at, name, language, can_retry=False):
    """The PDF stored as `name`; if it is not there, its job queued (unless it is waiting
    already) and the page saying it is being prepared."""
    if not default_storage.exists(name):
        job = start_staff_pdf(strategy, kind, quarter, as_at, name, language=language)
        if not default_storage.exists(name):
            return _preparing(request, strategy, job, kind, can_retry=can_retry)
    with default_storage.open(name, "rb") as file:
        response = HttpResponse(file.read(), content_type="application/pdf")
    filename = pdf_filename(strategy, kind, quarter, language)
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
    plan is, but its staff reports are refused. Served from its file, or, while a job
    renders it, a page saying so; if the job failed, a button to try again (POST)."""

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

    def _asked_for(self, quarter):
        quarter = _quarter_begun(quarter) if self.kind == Kind.BOARD_REPORT else None
        as_at = _as_at(self.request) if self.kind == Kind.SCRUTINY_REPORT else None
        language = asked_language(self.scoped.partnership)
        name = staff_pdf_name(self.scoped, self.kind, quarter, as_at, language)
        return quarter, as_at, name, language

    def get(self, request, partnership_slug, slug, quarter=None):
        quarter, as_at, name, language = self._asked_for(quarter)
        return _prepared_pdf(
            request, self.scoped, self.kind, quarter, as_at, name, language, can_retry=True
        )

    def post(self, request, partnership_slug, slug, quarter=None):
        """Try again: the job of a PDF that could not be prepared, queued anew."""
        quarter, as_at, name, language = self._asked_for(quarter)
        start_staff_pdf(self.scoped, self.kind, quarter, as_at, name, again=True, language=language)
        return redirect(request.get_full_path())
