"""A resident answers the Wokingham demo consultation with the keyboard alone."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from consultations.models import Consultation, Question, Response
from strategies.models import Strategy
from tests.factories import moment_fields

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FOCUSED = """() => {
  const el = document.activeElement;
  return {tag: el.tagName, type: el.type || "", name: el.name || "", text: el.textContent.trim()};
}"""


@pytest.fixture
def wokingham_consultation(demo_site):
    """The demo's Wokingham consultation (22 February to 31 March 2021), open again for the
    test: its strategy back out for consultation, the dates around now, its results not yet
    published."""
    consultation = Consultation.objects.get(strategy__partnership__slug="wokingham")
    Strategy.objects.filter(pk=consultation.strategy_id).update(status="consultation")
    now = timezone.now()
    Consultation.objects.filter(pk=consultation.pk).update(
        opens_at=now - datetime.timedelta(hours=1),
        closes_at=now + datetime.timedelta(days=30),
        results_published=False,
    )
    consultation.questions.filter(kind="respondent_type").update(required=True)
    # The partnership's own questions, of each kind answered from a list or a scale.
    for order, (kind, text, options) in enumerate(
        [
            ("single_choice", "How did you hear about this consultation?", "Leaflet\nOnline"),
            ("multiple_choice", "Where do you feel unsafe?", "Parks\nShops\nStations"),
            ("agree_scale", "The town centre is well lit after dark", ""),
        ],
        start=100,
    ):
        Question.objects.create(
            consultation=consultation, order=order, kind=kind, text=text, options=options
        )
    return consultation


def respond_url(consultation):
    return reverse(
        "consultations:respond",
        kwargs={"partnership_slug": "wokingham", "pk": consultation.pk},
    )


def test_resident_answers_with_the_keyboard_only(
    live_server, wokingham_consultation, page, axe_check, structure_check, screenshot
):
    # The home page lists it among the consultations open now.
    page.goto(live_server.url + reverse("reports:home"))
    listed = page.locator("#open-consultations ~ ul")
    assert wokingham_consultation.title in listed.inner_text()
    structure_check(page)
    axe_check(page)
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
    # each agreement question, a comment, "A resident", an area, the first place ticked of
    # a list; then send.
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
        elif el["type"] == "checkbox" and name not in answered_groups:
            page.keyboard.press("Space")  # ticks the first place
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
    assert kinds["single_choice"] == "2"  # "Online"
    assert kinds["multiple_choice"] == "1"  # "Parks"
    assert kinds["agree_scale"] == "agree"


def test_an_empty_form_asks_for_one_answer(
    live_server, wokingham_consultation, page, axe_check, structure_check, screenshot
):
    wokingham_consultation.questions.update(required=False)
    page.goto(live_server.url + respond_url(wokingham_consultation))
    page.locator("button", has_text="Send your answers").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector(".govuk-error-summary")
    summary = page.locator(".govuk-error-summary")
    assert "Answer at least one question" in summary.inner_text()
    assert page.evaluate("document.activeElement.closest('.govuk-error-summary') !== null")
    structure_check(page)
    axe_check(page)
    screenshot(page, "consultation-empty")
    # The summary's link takes the keyboard to the first question's first answer.
    summary.get_by_role("link", name="Answer at least one question").focus()
    page.keyboard.press("Enter")
    el = page.evaluate(FOCUSED)
    first = wokingham_consultation.questions.order_by("order", "pk").first()
    assert (el["type"], el["name"]) == ("radio", f"q{first.pk}")
    assert not Response.objects.exists()

    # An event link of another day is refused, on a page that passes axe too.
    page.goto(
        live_server.url
        + reverse(
            "consultations:event_link",
            kwargs={"partnership_slug": "wokingham", "pk": wokingham_consultation.pk, "code": "0"},
        )
    )
    assert page.locator("h1").inner_text() == "This event link does not work today"
    structure_check(page)
    axe_check(page)


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


def test_staff_run_an_event_change_dates_close_and_publish(
    live_server,
    wokingham_consultation,
    browser,
    page,
    person,
    sign_in,
    axe_check,
    structure_check,
    screenshot,
):
    """Event mode on a second device, the warning on new dates, closing now and publishing
    the results: each page passes axe."""
    from .conftest import PASSWORD

    person("manager", "approver", "wokingham")
    sign_in(page, "manager", PASSWORD)
    detail = live_server.url + reverse(
        "consultations_editor:detail", kwargs={"pk": wokingham_consultation.pk}
    )
    page.goto(detail)
    page.get_by_role("link", name="Event mode, for a kiosk or drop-in event").click()
    link = page.locator("p.govuk-\\!-text-break-word").inner_text().strip()
    structure_check(page)
    axe_check(page)

    kiosk = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-GB")
    device = kiosk.new_page()
    device.goto(link)
    assert "Event mode" in device.locator(".govuk-notification-banner").inner_text()
    structure_check(device)
    axe_check(device)
    screenshot(device, "consultation-event-mode-phone")
    for kind in ["agree_scale", "respondent_type"]:
        device.check(f"#id_q{wokingham_consultation.questions.get(kind=kind).pk}_1")
    device.locator("button", has_text="Send your answers").click()
    device.get_by_role("link", name="Start again for the next person").click()
    assert device.url.endswith(respond_url(wokingham_consultation))
    kiosk.close()
    assert Response.objects.get().channel == "event"

    # New dates for a live consultation: what changes for residents, before saving.
    page.goto(detail)
    page.get_by_role("link", name="Change the details").click()
    assert "Residents are answering this consultation now" in page.inner_text("main")
    axe_check(page)
    closes = timezone.localtime(timezone.now() + datetime.timedelta(days=3))
    for box, typed in moment_fields("closes_at", closes).items():
        page.fill(f"#id_{box}", typed)
    page.get_by_role("button", name="Save").click()
    assert "Residents have less time" in page.inner_text(".govuk-warning-text")
    structure_check(page)
    axe_check(page)
    screenshot(page, "consultation-new-dates")
    page.get_by_role("link", name="Cancel").click()

    page.get_by_role("link", name="Close it now").click()
    assert page.locator("h1").inner_text() == "Close the consultation now"
    structure_check(page)
    axe_check(page)
    page.get_by_role("button", name="Close it now").click()
    assert "Residents can no longer answer it" in page.inner_text(".govuk-notification-banner")

    page.get_by_role("link", name="Publish the results").click()
    assert page.locator("h1").inner_text() == "Publish the results"
    structure_check(page)
    axe_check(page)
    page.get_by_role("button", name="Publish the results").click()
    page.get_by_role("link", name="public results").click()
    assert "fewer than 5" in page.inner_text("#small-numbers")
    structure_check(page)
    axe_check(page)
    screenshot(page, "consultation-results-public")


def test_an_editor_adds_a_question_answered_from_a_list(
    live_server, wokingham_consultation, page, person, sign_in, axe_check, structure_check
):
    from .conftest import PASSWORD

    Consultation.objects.filter(pk=wokingham_consultation.pk).update(
        opens_at=timezone.now() + datetime.timedelta(days=1)
    )
    person("officer", "editor", "wokingham")
    sign_in(page, "officer", PASSWORD)
    page.goto(
        live_server.url
        + reverse("consultations_editor:question_add", kwargs={"pk": wokingham_consultation.pk})
    )
    assert "---------" not in page.inner_text("main")
    assert page.locator("input[name=kind]:checked").count() == 0
    structure_check(page)
    axe_check(page)
    page.get_by_label("Another question, with any answers from a list").check()
    page.get_by_label("Question", exact=True).fill("Which of these have you used?")
    page.get_by_label("Answers to choose from").fill("Street lighting\nCCTV\nNeighbourhood watch")
    page.get_by_role("button", name="Save").click()
    assert "The question was saved." in page.inner_text(".govuk-notification-banner")
    assert "Street lighting; CCTV; Neighbourhood watch" in page.inner_text("#questions ~ ol")
    structure_check(page)
    axe_check(page)
