"""Slow work in real job workers (`manage.py db_worker` processes on the test database):
publication answers at once and the PDF of record appears once; a worker killed mid-render
loses nothing; two runs store one file; a staff PDF is prepared while its page says so."""

import time
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from csp_portal import jobs
from csp_portal.models import Job
from reports.tasks import pdf_of_record_key, store_pdf_of_record
from strategies.models import Strategy
from strategies.services import strategy_transition
from tests.factories import StrategyFactory, user_with_role
from tests.workers import Worker, wait_until, workers

pytestmark = pytest.mark.django_db(transaction=True)


def stored_pdfs(strategy) -> list[Path]:
    folder = Path(settings.MEDIA_ROOT) / "strategy-pdfs" / strategy.partnership.slug
    return sorted(folder.glob("*")) if folder.exists() else []


def publish(strategy):
    approver = user_with_role(strategy.partnership, "approver")
    strategy_transition(strategy=strategy, to="published", by=approver)
    return approver


def done(strategy):
    return lambda: jobs.state(pdf_of_record_key(strategy)) == Job.State.DONE


def test_publishing_is_done_at_once_and_a_worker_stores_the_pdf_once(big_plan, client, tmp_path):
    publish(big_plan)
    big_plan.refresh_from_db()
    assert big_plan.status == Strategy.Status.PUBLISHED
    assert not big_plan.pdf  # not rendered in the request
    pdf_url = reverse(
        "reports:strategy_pdf",
        kwargs={"partnership_slug": big_plan.partnership.slug, "slug": big_plan.slug},
    )
    page = client.get(big_plan.get_absolute_url()).content.decode()
    assert "The PDF is being prepared" in page
    assert pdf_url not in page  # the public page never links a missing file
    direct = client.get(pdf_url)  # the address, opened anyway
    assert direct.status_code == 200
    assert b"The PDF is being prepared" in direct.content
    assert b"Check again" in direct.content
    assert DBTaskResult.objects.count() == 1  # asked for twice, queued once

    with workers(tmp_path):
        wait_until(done(big_plan))
    [pdf] = stored_pdfs(big_plan)
    assert pdf.read_bytes().startswith(b"%PDF")
    page = client.get(big_plan.get_absolute_url()).content.decode()
    assert pdf_url in page
    assert "The PDF is being prepared" not in page
    download = client.get(pdf_url)
    assert download["Content-Type"] == "application/pdf"


def test_a_worker_killed_mid_render_loses_nothing_and_the_pdf_appears_once(big_plan, tmp_path):
    publish(big_plan)
    first = Worker(tmp_path / "first.log")
    try:
        wait_until(lambda: DBTaskResult.objects.running().exists(), what="the render starting")
        time.sleep(0.5)
        first.kill()
    finally:
        first.stop()
    assert stored_pdfs(big_plan) == []  # killed before it stored anything
    left = DBTaskResult.objects.get()
    assert left.status == "RUNNING"  # as the dead worker left it

    with workers(tmp_path) as [second]:
        wait_until(done(big_plan))
    assert len(stored_pdfs(big_plan)) == 1
    left.refresh_from_db()
    assert left.status == "SUCCESSFUL"
    assert len(left.worker_ids) == 2  # the killed worker's attempt, then the second's
    assert "queued again" in second.output()


def test_two_runs_at_once_and_a_third_after_store_one_pdf(big_plan, tmp_path):
    Strategy.objects.filter(pk=big_plan.pk).update(status=Strategy.Status.PUBLISHED)
    # Straight onto the queue, past the job's name that would have queued it once.
    store_pdf_of_record.enqueue(big_plan.pk)
    store_pdf_of_record.enqueue(big_plan.pk)
    with workers(tmp_path, count=2):
        wait_until(lambda: DBTaskResult.objects.successful().count() == 2)
        store_pdf_of_record.enqueue(big_plan.pk)
        wait_until(lambda: DBTaskResult.objects.successful().count() == 3)
    [pdf] = stored_pdfs(big_plan)
    big_plan.refresh_from_db()
    assert big_plan.pdf.path == str(pdf)


def test_a_failing_job_is_tried_again_then_the_approver_sees_it_and_tries_again(client, tmp_path):
    strategy = StrategyFactory(status="approved", published_on=None)
    approver = publish(strategy)
    not_a_folder = tmp_path / "not-a-folder"
    not_a_folder.write_text("")  # the worker's MEDIA_ROOT: nothing can be stored
    key = pdf_of_record_key(strategy)
    with workers(tmp_path, MEDIA_ROOT=str(not_a_folder)) as [worker]:
        wait_until(lambda: jobs.state(key) == Job.State.FAILED, what="giving up")
    tried = DBTaskResult.objects.get()
    assert (tried.status, len(tried.worker_ids)) == ("FAILED", 3)
    log = worker.output()
    assert log.count("failed (attempt") == 2
    assert "failed 3 times; given up" in log
    assert "NotADirectoryError" in Job.objects.get(key=key).error

    client.force_login(approver)
    overview = reverse("reports_editor:strategy", kwargs={"pk": strategy.pk})
    page = client.get(overview).content.decode()
    assert "The PDF could not be prepared" in page
    assert "Try again" in page
    assert "The PDF is being prepared" in client.get(strategy.get_absolute_url()).content.decode()

    retry = reverse("reports_editor:pdf_of_record", kwargs={"pk": strategy.pk})
    assert client.post(retry).status_code == 302
    with workers(tmp_path):
        wait_until(done(strategy))
    assert len(stored_pdfs(strategy)) == 1
    assert "could not be prepared" not in client.get(overview).content.decode()


def test_a_staff_pdf_is_prepared_by_a_worker_while_its_page_says_so(client, tmp_path):
    strategy = StrategyFactory(status="draft")
    client.force_login(user_with_role(strategy.partnership, "viewer"))
    url = reverse(
        "reports:scrutiny_report_pdf",
        kwargs={"partnership_slug": strategy.partnership.slug, "slug": strategy.slug},
    )
    for _ in range(2):
        waiting = client.get(url)
        assert waiting.status_code == 200
        assert waiting["Content-Type"].startswith("text/html")
        assert b"The PDF is being prepared" in waiting.content
        assert b"data-pdf-preparing" in waiting.content
        assert b"Check again" in waiting.content
    assert DBTaskResult.objects.count() == 1

    with workers(tmp_path):
        wait_until(lambda: client.get(url)["Content-Type"] == "application/pdf")
    served = client.get(url)
    assert served.content.startswith(b"%PDF")
    assert served["Content-Disposition"].startswith("attachment")
    assert len(list((Path(settings.MEDIA_ROOT) / "staff-pdfs").iterdir())) == 1
