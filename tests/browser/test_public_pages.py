"""Every public page the resolver knows, as a resident finds it, in one browser: at a
desktop's width and a phone's, axe (WCAG 2.2 AA) finds nothing, each page has one h1 with
words in it, nothing scrolls sideways at 390 or 320 pixels, no control is narrower than its
text and every chart is legible. The pages come from tests.sweep, with the demo's records
(Woking's plan, Wokingham's out for consultation), so a new page cannot ship unchecked; every
demo partnership's page and plan are read too, and a search. A download is checked to be a
file; an account page or a staff PDF is checked as someone signed in. A PDF a job worker
renders is first the page saying it is being prepared (checked like any page); then the
worker runs what was queued, and the same address gives the file."""

from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.urls import reverse

from partnerships.models import Partnership
from strategies.models import Strategy
from tests.sweep import public_records, swept_public_urls
from tests.workers import DATABASE_BACKEND

from .conftest import PASSWORD
from .sweeping import check_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FILES = {"application/pdf": b"%PDF"}


def run_queued_jobs():
    """The job worker (csp_portal's db_worker), in this process: what is queued, then stop."""
    call_command("db_worker", batch=True, reload=False, startup_delay=False, verbosity=0)


@pytest.fixture
def records(demo_site, person, settings):
    settings.TASKS = DATABASE_BACKEND  # PDFs queued for a worker, as in production
    person("approver", "approver", "woking", "wokingham")
    return public_records()


# A staff PDF is rendered when first asked for: minutes on a busy machine, not 30 s.
LOADED = 180_000


def every_public_page(records) -> list[tuple[str, str]]:
    urls = [(name, url) for name, url, _view in swept_public_urls(records)]
    urls.append(("reports:search", reverse("reports:search") + "?q=burglary"))
    urls += [("reports:partnership", p.get_absolute_url()) for p in Partnership.objects.all()]
    urls += [("reports:strategy", s.get_absolute_url()) for s in Strategy.objects.published()]
    return list(dict.fromkeys(urls))


def test_every_public_page_reflows_and_passes_axe(live_server, records, browser, axe, sign_in):
    visitor = browser.new_context(locale="en-GB")
    staff = browser.new_context(locale="en-GB")
    pages = {visitor: visitor.new_page(), staff: staff.new_page()}
    sign_in(pages[staff], "approver", PASSWORD)
    problems, checked, files = {}, [], []
    for name, url in every_public_page(records):
        context = visitor
        fetched = visitor.request.get(live_server.url + url, timeout=LOADED)
        if urlsplit(fetched.url).path == reverse("login") and name != "login":
            context = staff  # an account page or a staff PDF
            fetched = staff.request.get(live_server.url + url, timeout=LOADED)
        if fetched.status == 405:
            continue  # a button's target (signing out): its page is the one it sits on
        assert fetched.status == 200, (name, url, fetched.status)
        kind = fetched.headers["content-type"].split(";")[0]
        if kind != "text/html":
            assert fetched.body().startswith(FILES[kind]), (name, url)
            assert fetched.headers["content-disposition"].startswith("attachment"), (name, url)
            files.append(name)
            continue
        page = pages[context]
        page.goto(live_server.url + url)
        found = check_page(page, axe)
        if found:
            problems[url] = found
        checked.append(name)
        if b"The PDF is being prepared" in fetched.body() and url.endswith(".pdf"):
            page.goto("about:blank")  # before it refreshes itself into a download
            run_queued_jobs()
            fetched = context.request.get(live_server.url + url)
            assert fetched.body().startswith(FILES["application/pdf"]), (name, url)
            assert fetched.headers["content-disposition"].startswith("attachment"), (name, url)
            files.append(name)
    visitor.close()
    staff.close()
    assert not problems, "\n\n".join(f"{url}\n  " + "\n  ".join(p) for url, p in problems.items())
    assert len(checked) > 20, checked
    assert len(files) >= 6, files


def test_the_sweep_finds_an_empty_h1_a_page_too_wide_and_a_squeezed_box(browser, axe):
    """What axe does not report (its empty-heading rule is a best practice, not WCAG): the
    checks themselves, on a page with the faults the sweep is for."""
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    page.set_content(
        '<html lang="en-GB"><head><title>Faults</title></head><body><main>'
        "<h1> </h1><p style='width: 600px'>A table too wide for a phone</p>"
        "<div style='display: flex; max-width: 40rem'>"
        "<label for='q'>Search</label>"
        "<input id='q' value='burglary' style='flex: 1 1 auto; width: 100%'>"
        "<button style='flex: 0 0 auto; width: 100%'>Search</button></div></main></body></html>"
    )
    problems = "\n".join(check_page(page, axe))
    context.close()
    assert "'empty_h1': 1" in problems
    assert "at 320 px, scrolls sideways" in problems
    assert '<input#q> "burglary" is too narrow for its text' in problems
