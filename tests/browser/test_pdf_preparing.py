"""The page of a staff PDF being prepared, in a browser: it passes axe, says what is
happening, and, once a job worker has stored the file, downloads it by itself (JavaScript);
without JavaScript its "Check again" link gives the file."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from tests.factories import StrategyFactory, user_with_role
from tests.workers import DATABASE_BACKEND

from .conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def draft_pdf(settings, statutory_themes):
    settings.TASKS = DATABASE_BACKEND
    strategy = StrategyFactory(status="draft")
    viewer = user_with_role(strategy.partnership, "viewer", username="viewer")
    viewer.set_password(PASSWORD)
    viewer.save()
    return reverse(
        "reports:draft_pdf",
        kwargs={"partnership_slug": strategy.partnership.slug, "slug": strategy.slug},
    )


def run_queued_jobs():
    call_command("db_worker", batch=True, reload=False, startup_delay=False, verbosity=0)


def test_the_page_asks_by_itself_and_downloads_the_pdf_when_it_is_ready(
    browser, live_server, draft_pdf, sign_in, axe_check, structure_check
):
    context = browser.new_context(locale="en-GB", accept_downloads=True)
    page = context.new_page()
    sign_in(page, "viewer", PASSWORD)
    page.goto(live_server.url + draft_pdf)
    assert page.locator("h1").inner_text() == "The PDF is being prepared"
    status = page.locator("[data-pdf-preparing]")
    assert "checks every 5 seconds" in status.inner_text()
    axe_check(page)
    structure_check(page)
    run_queued_jobs()
    with page.expect_download(timeout=30_000) as download:
        pass  # the page's next question finds the file
    assert download.value.suggested_filename.endswith("-draft.pdf")
    with open(download.value.path(), "rb") as pdf:
        assert pdf.read(4) == b"%PDF"
    context.close()


def test_without_javascript_check_again_gives_the_pdf(browser, live_server, draft_pdf, sign_in):
    context = browser.new_context(locale="en-GB", java_script_enabled=False)
    page = context.new_page()
    sign_in(page, "viewer", PASSWORD)
    page.goto(live_server.url + draft_pdf)
    assert "When it is ready" in page.locator("[data-pdf-preparing]").inner_text()
    run_queued_jobs()
    answer = context.request.get(
        live_server.url + page.get_by_role("link", name="Check again").get_attribute("href")
    )
    assert answer.headers["content-type"] == "application/pdf"
    assert answer.body().startswith(b"%PDF")
    context.close()
