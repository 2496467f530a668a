"""The reports app's background jobs (csp_portal.jobs): PDFs rendered by a job worker, not
in a web request (the largest plan takes tens of seconds).

Each job is named (its key) so that asking for it again while it waits does nothing, and
each is idempotent: a second run, or two at once, leave one file.
"""

import datetime
import time

from django.core.files.storage import default_storage
from django.utils import timezone
from django_tasks import task

from csp_portal import jobs
from csp_portal.fiscal import Quarter
from csp_portal.models import Job
from strategies.models import Strategy

from .pdfs import (
    CACHE_SECONDS,
    ENGLISH,
    STAFF_PDFS,
    pdf_languages,
    pdf_of_record_stored,
    published_pdf,
    store_staff_pdf,
)
from .selectors import strategy_page_queryset


@task()
def store_pdf_of_record(strategy_pk: int, language: str = ENGLISH) -> None:
    published_pdf(strategy_page_queryset().get(pk=strategy_pk), language)


def pdf_of_record_key(strategy: Strategy, language: str = ENGLISH) -> str:
    return f"pdf-of-record:{strategy.pk}" + (f":{language}" if language != ENGLISH else "")


def start_pdf_of_record(strategy: Strategy, again: bool = False, language: str = ENGLISH) -> Job:
    """Queue the render of the plan's PDF of record in `language` (the English's job is
    asked for as it always was)."""
    args = (strategy.pk,) if language == ENGLISH else (strategy.pk, language)
    key = pdf_of_record_key(strategy, language)
    return jobs.start(store_pdf_of_record, *args, key=key, again=again)


def pdf_of_record_state(strategy: Strategy) -> str | None:
    """How the PDFs of record of a published plan not stored yet stand, for its workspace: a
    failed one first (an approver may try again), None when every language is stored or
    none was asked for."""
    states = [
        jobs.state(pdf_of_record_key(strategy, language))
        for language in pdf_languages(strategy.partnership)
        if not pdf_of_record_stored(strategy, language)
    ]
    if Job.State.FAILED in states:
        return Job.State.FAILED
    return next(filter(None, states), None)


def restart_pdfs_of_record(strategy: Strategy) -> None:
    """Try again: the job of each PDF of record of the plan not stored yet."""
    for language in pdf_languages(strategy.partnership):
        if not pdf_of_record_stored(strategy, language):
            start_pdf_of_record(strategy, again=True, language=language)


def queue_pdf_of_record(sender, strategy_pk: int, **kwargs) -> None:
    """On publication (strategies.signals.strategy_published, after the commit): the PDF of
    record, in each language the partnership publishes in, is a job; the publication is
    done already."""
    strategy = Strategy.objects.select_related("partnership").get(pk=strategy_pk)
    for language in pdf_languages(strategy.partnership):
        start_pdf_of_record(strategy, language=language)


@task()
def prepare_staff_pdf(
    strategy_pk: int,
    kind: str,
    quarter: str | None,
    as_at: str | None,
    name: str,
    language: str = ENGLISH,
) -> None:
    strategy = Strategy.objects.select_related("partnership").get(pk=strategy_pk)
    store_staff_pdf(
        strategy,
        kind,
        Quarter.parse(quarter) if quarter else None,
        datetime.date.fromisoformat(as_at) if as_at else None,
        name,
        language,
    )
    forget_old_staff_pdfs()


def start_staff_pdf(
    strategy: Strategy,
    kind: str,
    quarter,
    as_at,
    name: str,
    again: bool = False,
    language: str = ENGLISH,
) -> Job:
    """Queue the render of a staff PDF in `language` into `name` (staff_pdf_name, which
    differs by language)."""
    args = [
        strategy.pk,
        kind,
        quarter.slug if quarter else None,
        as_at.isoformat() if as_at else None,
        name,
    ]
    if language != ENGLISH:
        args.append(language)
    return jobs.start(prepare_staff_pdf, *args, key=f"staff-pdf:{name}", again=again)


def forget_old_staff_pdfs() -> None:
    """Staff PDFs and their jobs a week old: a changed plan or a new day has newer ones."""
    cutoff = time.time() - CACHE_SECONDS
    _dirs, files = default_storage.listdir(STAFF_PDFS)
    for file in files:
        path = f"{STAFF_PDFS}/{file}"
        if default_storage.get_modified_time(path).timestamp() < cutoff:
            default_storage.delete(path)
    week_ago = timezone.now() - datetime.timedelta(seconds=CACHE_SECONDS)
    Job.objects.filter(key__startswith="staff-pdf:", updated_at__lt=week_ago).delete()
