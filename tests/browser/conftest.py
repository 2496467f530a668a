"""Headless Chromium (Debian's package) driven by Playwright, against a live test server."""

import os
import shutil
from pathlib import Path

import pytest

from .sweeping import axe_problems, structure_problems

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"

# Playwright's sync API runs an event loop in this thread; the ORM calls that the live
# server fixtures make from it are still plain synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        message = f"{CHROMIUM} is not installed (Debian package 'chromium'; make test installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    """A page that may only talk to the portal: no fonts, CDNs or analytics elsewhere."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    yield page
    context.close()
    elsewhere = [url for url in requested if not url.startswith(live_server.url)]
    assert not elsewhere, f"third-party requests: {elsewhere}"


@pytest.fixture
def structure_check():
    """One h1 per page, with words in it, first; no heading level skipped; the language set."""

    def check(page):
        assert not structure_problems(page), (page.url, structure_problems(page))

    return check


@pytest.fixture(scope="session")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


@pytest.fixture
def axe_check(axe):
    """No violation of WCAG 2.2 AA that axe-core finds."""

    def check(page):
        problems = axe_problems(axe, page)
        assert not problems, f"{page.url}\n{problems[0] if problems else ''}"

    return check


@pytest.fixture
def screenshot():
    ARTIFACTS.mkdir(exist_ok=True)

    def take(page, name):
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture
def sign_in(live_server):
    """Sign in through the form, as a person would, and land in the workspace."""
    from django.urls import reverse

    def sign_in(page, username, password):
        page.goto(live_server.url + reverse("login"))
        page.fill("#id_username", username)
        page.fill("#id_password", password)
        page.click("button:has-text('Sign in')")
        page.wait_for_url(live_server.url + reverse("reports_editor:dashboard"))

    return sign_in


PASSWORD = "correct horse battery staple"


@pytest.fixture
def demo_site(live_server, statutory_themes):
    """The demo data, loaded as `make run` loads it, behind the live server."""
    from demo.loader import demo_load

    demo_load()
    return live_server.url


@pytest.fixture
def person(db):
    """Someone with a role in one or more demo partnerships, who signs in with PASSWORD."""
    from partnerships.models import Partnership, PartnershipRole
    from tests.factories import UserFactory

    def make(username, role, *slugs):
        user = UserFactory(username=username)
        user.set_password(PASSWORD)
        user.save()
        for slug in slugs:
            PartnershipRole.objects.create(
                user=user, partnership=Partnership.objects.get(slug=slug), role=role
            )
        return user

    return make
