"""A community safety manager signs in, adds a delivery area, reorders the priorities and
sees both in the preview, in a real browser; axe finds nothing on the editor's pages."""

import pytest
from django.urls import reverse

from strategies.models import Strategy
from strategies.services import strategy_start_refresh
from tests.browser.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def wokingham_draft(demo_site, person):
    """The demo data, and this year's refresh of Wokingham's strategy started as a draft."""
    approver = person("manager", "approver", "wokingham")
    person("officer", "editor", "wokingham")
    published = Strategy.objects.get(partnership__slug="wokingham", status="published")
    return strategy_start_refresh(strategy=published, by=approver)[0]


def test_editor_adds_a_delivery_area_reorders_priorities_and_previews(
    live_server, wokingham_draft, page, sign_in, axe_check, structure_check, screenshot
):
    sign_in(page, "officer", PASSWORD)
    assert page.locator("h1").inner_text() == "Your workspace"
    structure_check(page)
    axe_check(page)
    screenshot(page, "editor-dashboard")

    overview = reverse("reports_editor:strategy", kwargs={"pk": wokingham_draft.pk})
    page.click(f"a[href='{overview}']")
    assert page.locator("h1").inner_text() == wokingham_draft.title
    structure_check(page)
    axe_check(page)
    screenshot(page, "editor-strategy")

    # A delivery area: first without a title (the error summary), then properly.
    page.click("a:has-text('Add a delivery area')")
    page.fill("#id_description", "Kept while the title is missing")
    page.click("button:has-text('Add the delivery area')")
    assert page.locator(".govuk-error-summary").is_visible()
    assert page.title().startswith("Error: ")
    assert page.input_value("#id_description") == "Kept while the title is missing"
    structure_check(page)
    axe_check(page)
    screenshot(page, "editor-part-form-error")
    page.fill("#id_title", "Reduce knife crime in the town centre")
    page.select_option("#id_priority", label="Working together to protect vulnerable residents")
    page.click("button:has-text('Add the delivery area')")
    assert "The delivery area was added." in page.locator(".govuk-notification-banner").inner_text()

    # Reorder: the first priority moves down, without a page load.
    before = [t.split(": ", 1)[1] for t in page.locator("[data-priority] h3").all_inner_texts()]
    assert len(before) == 3
    page.evaluate("window.notReloaded = true")
    page.locator("[data-priority]").first.locator("button:has-text('Move down')").click()
    # (Not wait_for_function: its string predicate is an eval, which the CSP refuses.)
    page.wait_for_selector("[data-priorities-status]:has-text('Moved down')", state="attached")
    assert page.evaluate("window.notReloaded") is True
    after = [t.split(": ", 1)[1] for t in page.locator("[data-priority] h3").all_inner_texts()]
    assert after == [before[1], before[0], before[2]]
    assert page.evaluate("document.activeElement.textContent").startswith("Move down")

    page.click("a:has-text('Preview the public page')")
    assert page.locator(".govuk-notification-banner__title").first.inner_text() == "Preview"
    previewed = [t.split(": ", 1)[1] for t in page.locator(".portal-priority h3").all_inner_texts()]
    assert previewed == after
    working_together = page.locator(".portal-priority", has_text=before[2])
    assert "Reduce knife crime in the town centre" in working_together.inner_text()
    axe_check(page)
    screenshot(page, "editor-preview")


def test_the_other_editor_pages_pass_axe(
    live_server, wokingham_draft, page, sign_in, axe_check, structure_check
):
    sign_in(page, "manager", PASSWORD)
    pk = {"pk": wokingham_draft.pk}
    for path in [
        reverse("strategies_editor:actions", kwargs=pk),
        reverse("strategies_editor:history", kwargs=pk),
        reverse("strategies_editor:compare", kwargs=pk),
        reverse("strategies_editor:edit", kwargs=pk),
        reverse("partnerships_editor:people", kwargs={"slug": "wokingham"}),
        reverse("password_change"),
    ]:
        page.goto(live_server.url + path)
        structure_check(page)
        axe_check(page)
