"""The long forms on a phone (320 pixels: 1,280 at 400% zoom), as the demo fills them: the
consultation's questions with full-size radios (a finger's target, not the workspace's small
ones), every list to choose from as wide as it may be so that no choice is cut short, the
date and time boxes; the workflow's steps each with a comment box of its own, and the
buttons that reorder priorities in the page's font."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from consultations.models import Consultation
from strategies.models import Strategy
from strategies.services import strategy_start_refresh
from tests.factories import PriorityFactory, StrategyFactory

from .conftest import PASSWORD
from .sweeping import reflow_problems

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PHONE = {"width": 320, "height": 800}

SELECTS = """() => [...document.querySelectorAll("main select")].map(s => {
  const parent = s.parentElement, style = getComputedStyle(parent);
  const room = parent.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return [s.id, Math.round(s.getBoundingClientRect().width), Math.round(room)];
})"""


@pytest.fixture
def wokingham(demo_site, person):
    approver = person("manager", "approver", "wokingham")
    published = Strategy.objects.get(partnership__slug="wokingham", status="published")
    draft = strategy_start_refresh(strategy=published, by=approver)[0]
    consultation = Consultation.objects.get(strategy__partnership__slug="wokingham")
    Strategy.objects.filter(pk=consultation.strategy_id).update(status="consultation")
    now = timezone.now()
    Consultation.objects.filter(pk=consultation.pk).update(
        opens_at=now - datetime.timedelta(hours=1), closes_at=now + datetime.timedelta(days=30)
    )
    return {"consultation": consultation, "draft": draft}


def test_the_consultation_on_a_phone_has_full_size_radios(live_server, wokingham, page, screenshot):
    consultation = wokingham["consultation"]
    page.set_viewport_size(PHONE)
    page.goto(
        live_server.url
        + reverse(
            "consultations:respond",
            kwargs={"partnership_slug": "wokingham", "pk": consultation.pk},
        )
    )
    assert reflow_problems(page) == []
    assert page.locator("main form .govuk-radios").count() > 5
    assert page.locator("main form .govuk-radios--small").count() == 0
    assert page.locator("main form .govuk-checkboxes--small").count() == 0
    sizes = page.eval_on_selector_all(
        "main form .govuk-radios__input + label",
        "labels => labels.map(l => parseFloat(getComputedStyle(l, '::before').width))",
    )
    assert min(sizes) >= 40, sizes  # GOV.UK's full-size radio; the small one is 24
    for select_id, width, room in page.evaluate(SELECTS):
        assert width >= room - 1, (select_id, width, room)
    screenshot(page, "phone-consultation-form")


def test_the_workspace_forms_on_a_phone_cut_no_choice_short(
    live_server, wokingham, page, sign_in, screenshot
):
    sign_in(page, "manager", PASSWORD)
    page.set_viewport_size(PHONE)
    draft = {"pk": wokingham["draft"].pk}
    consultation = {"pk": wokingham["consultation"].pk}
    for name, url in [
        ("strategy-edit", reverse("strategies_editor:edit", kwargs=draft)),
        ("action-add", reverse("strategies_editor:action_add", kwargs=draft)),
        ("consultation-edit", reverse("consultations_editor:edit", kwargs=consultation)),
    ]:
        page.goto(live_server.url + url)
        assert reflow_problems(page) == [], name
        selects = page.evaluate(SELECTS)
        for select_id, width, room in selects:
            assert width >= room - 1, (name, select_id, width, room)
        screenshot(page, f"phone-{name}")
    assert page.locator("#id_opens_at_3").is_visible()  # the time, by the date


def test_each_step_has_its_comment_box_and_the_move_buttons_the_page_font(
    live_server, wokingham, page, sign_in
):
    sign_in(page, "manager", PASSWORD)
    draft = StrategyFactory(partnership=wokingham["draft"].partnership, status="draft")
    for order, title in enumerate(["Reduce violence", "Protect the vulnerable", "Tackle ASB"]):
        PriorityFactory(strategy=draft, title=title, order=order)
    page.goto(live_server.url + reverse("reports_editor:strategy", kwargs={"pk": draft.pk}))
    fonts = page.evaluate(
        """() => [getComputedStyle(document.querySelector("main .govuk-body")).fontFamily,
          ...[...document.querySelectorAll("[data-move-form] button")]
            .map(b => getComputedStyle(b).fontFamily)]"""
    )
    assert len(fonts) > 2
    assert set(fonts) == {fonts[0]}
    assert "GDS Transport" in fonts[0] or "arial" in fonts[0].lower()
    steps = page.locator("aside a.govuk-button[href*='?to=']")
    addresses = [steps.nth(n).get_attribute("href") for n in range(steps.count())]
    assert addresses
    for address in addresses:
        page.goto(live_server.url + address)
        form = page.locator("main form")
        assert form.count() == 1, address
        assert form.locator("textarea").count() == 1, address
        assert form.locator("button[type=submit], button:not([type])").count() == 1, address
