"""A resident answers the Wokingham demo consultation with the keyboard alone."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from consultations.models import Consultation, Response
from strategies.models import Strategy

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FOCUSED = """() => {
  const el = document.activeElement;
  return {tag: el.tagName, type: el.type || "", name: el.name || "", text: el.textContent.trim()};
}"""


@pytest.fixture
def wokingham_consultation(demo_site):
    """The demo's Wokingham consultation (22 February to 31 March 2021), open again for the
    test: its strategy back out for consultation and the dates around now."""
    consultation = Consultation.objects.get(strategy__partnership__slug="wokingham")
    Strategy.objects.filter(pk=consultation.strategy_id).update(status="consultation")
    now = timezone.now()
    Consultation.objects.filter(pk=consultation.pk).update(
        opens_at=now - datetime.timedelta(hours=1), closes_at=now + datetime.timedelta(days=30)
    )
    consultation.questions.filter(kind="respondent_type").update(required=True)
    return consultation


def test_resident_answers_with_the_keyboard_only(
    live_server, wokingham_consultation, page, axe_check, structure_check, screenshot
):
    page.goto(live_server.url + reverse("reports:partnership", args=["wokingham"]))
    link = page.locator("a", has_text=wokingham_consultation.title)
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/consultations/{wokingham_consultation.pk}/")
    structure_check(page)
    axe_check(page)

    # Send it once without the required answer: the error summary takes focus.
    page.locator("button", has_text="Send your answers").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector(".govuk-error-summary")
    assert page.evaluate("document.activeElement.closest('.govuk-error-summary') !== null")
    structure_check(page)
    axe_check(page)
    screenshot(page, "consultation-error")

    # From the top of the page, Tab through everything: the second answer ("Agree") of
    # each agreement question, a comment, "A resident", an area; then send.
    page.keyboard.press("Escape")
    page.evaluate("window.scrollTo(0, 0); document.activeElement.blur()")
    answered_groups = set()
    for _ in range(400):
        page.keyboard.press("Tab")
        el = page.evaluate(FOCUSED)
        name = el["name"]
        if el["type"] == "radio" and name not in answered_groups:
            page.keyboard.press("ArrowDown")  # selects the second answer
            answered_groups.add(name)
        elif el["tag"] == "TEXTAREA" and "concerns" not in answered_groups:
            page.keyboard.type("Speeding on the A329 through the town centre")
            answered_groups.add("concerns")
        elif el["type"] == "text" and name.startswith("q"):
            page.keyboard.type("RG40")
        elif el["tag"] == "BUTTON" and el["text"] == "Send your answers":
            page.keyboard.press("Enter")
            break
    page.wait_for_selector(".govuk-panel--confirmation")
    reference = page.locator(".govuk-panel__body strong").inner_text()
    structure_check(page)
    axe_check(page)
    screenshot(page, "consultation-sent")

    stored = Response.objects.get(reference=reference)
    kinds = {a.question.kind: (a.choice or a.text) for a in stored.answers.all()}
    assert kinds["agreement"] == "agree"
    assert kinds["respondent_type"] == "business"  # the second answer of that group
    assert kinds["area"] == "RG40"
    assert "Speeding on the A329" in kinds["priority_comment"]


def test_the_draft_it_asks_about_is_readable_and_marked(
    live_server, wokingham_consultation, page, axe_check, structure_check, screenshot
):
    page.goto(
        live_server.url
        + reverse(
            "consultations:respond",
            kwargs={"partnership_slug": "wokingham", "pk": wokingham_consultation.pk},
        )
    )
    href = page.locator("a", has_text="read the draft").get_attribute("href")
    page.goto(live_server.url + href)
    assert page.title().startswith("Draft for consultation:")
    assert "Draft for consultation" in page.inner_text(".govuk-notification-banner")
    structure_check(page)
    axe_check(page)
    page.screenshot(
        path=str(screenshot(page, "consultation-draft").with_name("consultation-draft-top.png"))
    )
    page.set_viewport_size({"width": 320, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.screenshot(
        path=str(
            screenshot(page, "consultation-draft-320").with_name("consultation-draft-320-top.png")
        )
    )
