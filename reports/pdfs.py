"""Every PDF: the strategy, the scrutiny pack and a quarter's board report.

A published strategy is immutable, so its PDF is the document of record: rendered once when
it is published, by a background job (reports.tasks, queued on
strategies.signals.strategy_published), stored with that revision, and served as a file;
rendered again only if the file is missing. Staff PDFs (drafts, scrutiny packs, board
reports) are rendered by a job too, into a file named after what they show: the partnership's
content version (csp_portal.pagecache, moved on by any committed edit of its records), its
responses and a fingerprint of the templates, so an unchanged one is served as it is; the
public draft for consultation likewise.

A partnership that publishes in Welsh and English has every PDF in both, as two files, each
in one language and tagged with it (the PDF's /Lang, from the page's lang): a reader gets
the one they asked for at the address in their language (/cy/... for Welsh), and each file
is whole and accessible on its own, as the Welsh Language Standards ask of a document in
both. The Welsh is rendered with Welsh active, so the plan's Welsh text
(django-modeltranslation reads the active language) and the interface's Welsh
(locale/cy) come out; the English is rendered with English active, as it always was.
Hyphenation is not used (print.css asks for none, and pyphen has no Welsh dictionary), so
no Welsh word is ever broken at the end of a line; the font (Liberation Sans, embedded) has
the Welsh letters ŵ, ŷ and â.
"""

import functools
import hashlib
import logging
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db.models import Count, Max
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from consultations.models import Consultation, Response
from consultations.results import consultation_results
from consultations.selectors import with_reported
from csp_portal import pagecache
from csp_portal.pdf import render_pdf
from monitoring.selectors import progress_overview, rag_totals, red_and_amber_first, scrutiny_year
from partnerships.selectors import group_by_role
from strategies.compare import compare_revisions
from strategies.models import Strategy

from .checklist import statutory_checklist
from .pages import strategy_page_context
from .selectors import strategy_page_queryset

logger = logging.getLogger(__name__)

CACHE_SECONDS = 60 * 60 * 24 * 7
STAFF_PDFS = "staff-pdfs"


ENGLISH = "en-gb"
WELSH = "cy"
# What each file's /Lang says (WeasyPrint takes it from <html lang>).
HTML_LANG = {ENGLISH: "en-GB", WELSH: "cy"}


def pdf_languages(partnership) -> tuple[str, ...]:
    """The languages the partnership's PDFs are made in: English, and Welsh too for a
    partnership that publishes in both."""
    return (ENGLISH, WELSH) if partnership.is_bilingual else (ENGLISH,)


def asked_language(partnership) -> str:
    """The language of the PDF a request asks for: its address's (/cy/... is Welsh), but
    English for a partnership that publishes in English only."""
    welsh = translation.get_language() == WELSH and partnership.is_bilingual
    return WELSH if welsh else ENGLISH


# A plan's status in the document's language: the words of Strategy.Status, which its
# model gives in English only.
STATUS_LABELS = {
    Strategy.Status.DRAFT: pgettext_lazy("a plan's status", "Draft"),
    Strategy.Status.CONSULTATION: _("Out for consultation"),
    Strategy.Status.AWAITING_APPROVAL: _("Awaiting approval and scrutiny"),
    Strategy.Status.APPROVED: pgettext_lazy("a plan's status", "Approved"),
    Strategy.Status.PUBLISHED: _("Published"),
    Strategy.Status.SUPERSEDED: _("Superseded"),
}


def status_label(status: str) -> str:
    return str(STATUS_LABELS.get(status, Strategy.Status(status).label))


class Kind:
    STRATEGY = "strategy"
    CONSULTATION_DRAFT = "draft-for-consultation"
    SCRUTINY_REPORT = "scrutiny-report"
    BOARD_REPORT = "board-report"


TEMPLATES = {
    Kind.STRATEGY: "reports/pdf/strategy.html",
    Kind.CONSULTATION_DRAFT: "reports/pdf/strategy.html",
    Kind.SCRUTINY_REPORT: "reports/pdf/scrutiny_report.html",
    Kind.BOARD_REPORT: "reports/pdf/board_report.html",
}


def pdf_filename(
    strategy: Strategy, kind: str = Kind.STRATEGY, quarter=None, language: str = ENGLISH
) -> str:
    """e.g. wokingham-community-safety-strategy-2021-2024.pdf; the Welsh one ends -cy.pdf,
    so that both can be saved side by side."""
    suffix = "" if kind == Kind.STRATEGY else f"-{kind}"
    if quarter is not None:
        suffix += f"-{quarter.slug.lower()}"
    draft = "" if strategy.is_public or kind == Kind.CONSULTATION_DRAFT else "-draft"
    welsh = "-cy" if language == WELSH else ""
    return f"{strategy.partnership.slug}-{strategy.slug}{suffix}{draft}{welsh}.pdf"


def strategy_pdf_html(
    strategy: Strategy, kind: str = Kind.STRATEGY, quarter=None, as_at=None, language=ENGLISH
) -> str:
    """The PDF's HTML, in `language`: the page's own partials and data, with a print
    layout. A scrutiny pack judges the statutory duties as at `as_at` (its meeting's day;
    today if not given)."""
    with translation.override(language):
        return _strategy_pdf_html(strategy, kind, quarter, as_at, language)


def _strategy_pdf_html(strategy: Strategy, kind: str, quarter, as_at, language: str) -> str:
    strategy = strategy_page_queryset().get(pk=strategy.pk)
    context = strategy_page_context(strategy)
    partnership = strategy.partnership
    if language != ENGLISH and strategy.partnership_as_published:
        context["frozen_partnership"] = frozen_partnership(strategy, language)
    context.update(
        pdf=True,
        html_lang=HTML_LANG[language],
        status_label=status_label(strategy.status),
        watermark=not strategy.is_public and kind != Kind.CONSULTATION_DRAFT,
        **({} if strategy.partnership_as_published else partnership_records(partnership)),
    )
    if kind == Kind.CONSULTATION_DRAFT:
        context["consultation_draft"] = (
            Consultation.objects.open_at(timezone.now())
            .filter(strategy=strategy)
            .order_by("closes_at")
            .first()
        )
    if kind == Kind.SCRUTINY_REPORT:
        year = scrutiny_year(strategy)
        context.update(
            risks=strategy.risks.all(),
            funding=partnership.funding.select_related("source"),
            scrutiny_reviews=partnership.scrutiny_reviews.prefetch_related("recommendation_items"),
            # Every consultation, results published or not: the committee scrutinises them.
            consultations=[
                (c, consultation_results(c)) for c in with_reported(strategy.consultations.all())
            ],
            progress_year=[(q, rag_totals(progress_overview(strategy, q))) for q in year],
            progress_quarter=year[-1],
            progress_groups=progress_overview(strategy, year[-1]),
            as_at=as_at or timezone.localdate(),
            checklist=statutory_checklist(partnership, as_at),
            transitions=[
                _with_status_label(step)
                for step in strategy.transitions.select_related("by", "decision_meeting")
            ],
            previous=strategy.supersedes,
            changes=compare_revisions(strategy.supersedes, strategy)
            if strategy.supersedes
            else None,
        )
    if kind == Kind.BOARD_REPORT:
        groups = progress_overview(strategy, quarter)
        context.update(
            quarter=quarter,
            board_groups=[(g, red_and_amber_first(g)) for g in groups],
            missing=[item for g in groups for item in g.actions if item.in_quarter is None],
            late=[
                item
                for g in groups
                for item in g.actions
                if item.in_quarter and item.in_quarter.late
            ],
        )
    return render_to_string(TEMPLATES[kind], context)


def _with_status_label(step):
    step.to_status_label = status_label(step.to_status)
    return step


def partnership_records(partnership) -> dict:
    """What reports/_partnership_as_published.html shows: members, board, public subgroups."""
    memberships = partnership.memberships.select_related("organisation__replaced_by")
    return {
        "partnership": partnership,
        "member_groups": group_by_role(memberships),
        "all_subgroups": partnership.subgroups.filter(is_public=True).prefetch_related("members"),
        "board_posts": partnership.board_posts.select_related("organisation"),
        "board_meetings": partnership.board_meetings.all(),
    }


def freeze_partnership(strategy: Strategy) -> None:
    """Once, when a plan's PDF of record is first made (at publication): the partnership's
    members, board and subgroups as they stand, kept with the plan for its page and PDF.
    Today's are on the partnership's page. A partnership that publishes in both has them
    kept in Welsh too, at the same moment (a file beside the Welsh PDF: frozen_partnership),
    stored before the English is recorded, so whoever sees the one finds the other."""
    if strategy.partnership_as_published:
        return
    records = partnership_records(strategy.partnership)
    with translation.override(ENGLISH):  # the page's, in the language it was written in
        html = render_to_string("reports/_partnership_as_published.html", records)
    if strategy.partnership.is_bilingual:
        with translation.override(WELSH):
            welsh = render_to_string("reports/_partnership_as_published.html", records)
        _store_whole(strategy.pdf.storage, _frozen_welsh_name(strategy), welsh.encode())
    today = timezone.localdate()
    Strategy.objects.filter(pk=strategy.pk, partnership_as_published="").update(
        partnership_as_published=html, partnership_as_published_on=today
    )
    strategy.partnership_as_published, strategy.partnership_as_published_on = html, today
    # An update sends no signal: the plan's page shows it now.
    pagecache.partnership_changed(strategy.partnership.slug)


def frozen_partnership(strategy: Strategy, language: str = ENGLISH) -> str:
    """The partnership as at publication (freeze_partnership) in `language`: in Welsh if it
    was kept in Welsh, otherwise (a plan published before its partnership published in
    both) in English, as the plan's other text falls back to its English."""
    if language == WELSH:
        storage, name = strategy.pdf.storage, _frozen_welsh_name(strategy)
        if storage.exists(name):
            with storage.open(name, "rb") as file:
                return file.read().decode()
    return strategy.partnership_as_published


def _record_name(strategy: Strategy) -> str:
    """Where the files kept with a published plan (beside its English PDF) are named from:
    the plan's record (its id) and revision, both fixed once it is published, so they need
    no column to say where they are."""
    folder = Strategy._meta.get_field("pdf").upload_to
    partnership = strategy.partnership.slug
    return f"{folder}{partnership}/{strategy.slug}-r{strategy.revision}-{strategy.pk}"


def _frozen_welsh_name(strategy: Strategy) -> str:
    return f"{_record_name(strategy)}-partnership-cy.html"


def welsh_pdf_name(strategy: Strategy) -> str:
    """The file of the Welsh PDF of record of a published plan, beside the English one."""
    return f"{_record_name(strategy)}-cy.pdf"


def pdf_of_record_stored(strategy: Strategy, language: str = ENGLISH) -> bool:
    if language == WELSH:
        return strategy.pdf.storage.exists(welsh_pdf_name(strategy))
    return bool(strategy.pdf) and strategy.pdf.storage.exists(strategy.pdf.name)


def open_pdf_of_record(strategy: Strategy, language: str = ENGLISH):
    """The stored PDF of record in `language`, open for reading (it must be stored)."""
    if language == WELSH:
        return strategy.pdf.storage.open(welsh_pdf_name(strategy), "rb")
    return strategy.pdf.open("rb")


def published_pdf(strategy: Strategy, language: str = ENGLISH):
    """The stored PDF of a published (or superseded) strategy, rendered and stored first if
    the file is missing (seconds: a job's work, reports.tasks). Returns the file field (the
    English), or the file's name (the Welsh). Two runs at once store one file: the first to
    record its file keeps it, the other deletes its own; the Welsh appears whole, at once
    (renamed into place), and a second run replaces it with the same."""
    if not strategy.is_public:
        raise ValueError("Only a published strategy has a PDF of record.")
    if language == WELSH:
        return _published_welsh_pdf(strategy)
    if pdf_of_record_stored(strategy):
        return strategy.pdf
    freeze_partnership(strategy)
    pdf = render_pdf(strategy_pdf_html(strategy))
    before = strategy.pdf.name or ""
    name = f"{strategy.partnership.slug}/{strategy.slug}-r{strategy.revision}.pdf"
    strategy.pdf.save(name, ContentFile(pdf), save=False)
    if Strategy.objects.filter(pk=strategy.pk, pdf=before).update(pdf=strategy.pdf.name):
        pagecache.partnership_changed(strategy.partnership.slug)  # the page now links it
    else:
        strategy.pdf.storage.delete(strategy.pdf.name)
        strategy.refresh_from_db(fields=["pdf"])
    return strategy.pdf


def _published_welsh_pdf(strategy: Strategy) -> str:
    name = welsh_pdf_name(strategy)
    if pdf_of_record_stored(strategy, WELSH):
        return name
    freeze_partnership(strategy)  # the members as at publication, as the English shows them
    pdf = render_pdf(strategy_pdf_html(strategy, language=WELSH))
    _store_whole(strategy.pdf.storage, name, pdf)
    return name


def _store_whole(storage, name: str, pdf: bytes) -> None:
    """`pdf` into `name`, appearing whole, at once (renamed into place)."""
    part = storage.save(f"{name}.part", ContentFile(pdf))
    Path(storage.path(part)).replace(storage.path(name))


def _content_key(strategy: Strategy, kind: str, quarter, as_at, language: str = ENGLISH) -> str:
    """What a draft or staff report shows, as a key. Reports that judge dates (the
    checklist, what is overdue) are keyed on the day too; the Welsh on its language, so
    that English and Welsh never take each other's place."""
    day = timezone.localdate().isoformat() if kind != Kind.STRATEGY else ""
    period = quarter.slug if quarter else ""
    welsh = f"{WELSH}:" if language == WELSH else ""
    fingerprint = content_fingerprint(strategy)
    return f"pdf:{welsh}{kind}:{period}:{day}:{as_at}:{strategy.pk}:{fingerprint}"


def staff_pdf_name(
    strategy: Strategy, kind: str = Kind.STRATEGY, quarter=None, as_at=None, language=ENGLISH
) -> str:
    """The file a staff PDF is stored in (the default storage, served only through
    StaffPdfView): named after what it shows, and its language, so a changed plan makes a
    new one."""
    key = _content_key(strategy, kind, quarter, as_at, language)
    return f"{STAFF_PDFS}/{hashlib.sha256(key.encode()).hexdigest()}.pdf"


def store_staff_pdf(
    strategy: Strategy, kind: str, quarter, as_at, name: str, language: str = ENGLISH
) -> None:
    """Render a staff PDF into `name` unless it is there already. The file appears whole,
    at once (renamed into place), and a second run replaces it with the same: one file."""
    if default_storage.exists(name):
        return
    pdf = render_pdf(strategy_pdf_html(strategy, kind, quarter, as_at, language))
    _store_whole(default_storage, name, pdf)


def cached_pdf(
    strategy: Strategy, kind: str = Kind.STRATEGY, quarter=None, as_at=None, language=ENGLISH
) -> bytes:
    """A PDF rendered here and now, or from the cache when nothing in it has changed: for
    the benchmarks and tests that time or read rendering itself (pages serve stored files)."""
    key = _content_key(strategy, kind, quarter, as_at, language)
    pdf = cache.get(key)
    if pdf is None:
        pdf = render_pdf(strategy_pdf_html(strategy, kind, quarter, as_at, language))
        cache.set(key, pdf, CACHE_SECONDS)
    return pdf


def content_fingerprint(strategy: Strategy) -> str:
    """What the cached PDFs are keyed on: the versions of what the partnership's pages show
    (csp_portal.pagecache, moved on by any committed edit of its records), the plan's
    consultation responses as stored (how many, and the newest: staff reports count them),
    and the PDF templates as deployed. Two cheap reads, whatever the size of the plan."""
    scopes = (pagecache.ALL, pagecache.partnership_scope(strategy.partnership.slug))
    responses = Response.objects.filter(consultation__strategy=strategy).aggregate(
        count=Count("id"), newest=Max("id")
    )
    parts = (pagecache.versions(scopes), responses, _templates_fingerprint())
    return hashlib.sha256(repr(parts).encode()).hexdigest()


@functools.cache
def _templates_fingerprint() -> str:
    """Every template (a PDF includes partials of several apps) and the print stylesheet as
    deployed: a new layout means new PDFs."""
    base = Path(settings.BASE_DIR)
    files = sorted((base / "templates").rglob("*.html")) + [base / "static" / "pdf" / "print.css"]
    return hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()
