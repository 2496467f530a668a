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

from .pdfs import CACHE_SECONDS, STAFF_PDFS, published_pdf, store_staff_pdf
from .selectors import strategy_page_queryset


@task()
def store_pdf_of_record(strategy_pk: int) -> None:
    published_pdf(strategy_page_queryset().get(pk=strategy_pk))


def pdf_of_record_key(strategy: Strategy) -> str:
    return f"pdf-of-record:{strategy.pk}"


def start_pdf_of_record(strategy: Strategy, again: bool = False) -> Job:
    return jobs.start(
        store_pdf_of_record, strategy.pk, key=pdf_of_record_key(strategy), again=again
    )


def queue_pdf_of_record(sender, strategy_pk: int, **kwargs) -> None:
    """On publication (strategies.signals.strategy_published, after the commit): the PDF of
    record is a job; the publication is done already."""
    start_pdf_of_record(Strategy.objects.get(pk=strategy_pk))


@task()
def prepare_staff_pdf(
    strategy_pk: int, kind: str, quarter: str | None, as_at: str | None, name: str
) -> None:
    strategy = Strategy.objects.select_related("partnership").get(pk=strategy_pk)
    store_staff_pdf(
        strategy,
        kind,
        Quarter.parse(quarter) if quarter else None,
        datetime.date.fromisoformat(as_at) if as_at else None,
        name,
    )
    forget_old_staff_pdfs()


def start_staff_pdf(
    strategy: Strategy, kind: str, quarter, as_at, name: str, again: bool = False
) -> Job:
    """Queue the render of a staff PDF into `name` (staff_pdf_name)."""
    return jobs.start(
        prepare_staff_pdf,
        strategy.pk,
        kind,
        quarter.slug if quarter else None,
        as_at.isoformat() if as_at else None,
        name,
        key=f"staff-pdf:{name}",
        again=again,
    )


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
