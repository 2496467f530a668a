"""A bilingual partnership of the test's own (no real Welsh partnership's facts), its plan
written in both languages: its Welsh pages say lang="cy", pass axe and reflow like the
English ones, and the language navigation leads to the same page in the other language."""

import pytest

from consultations.models import Response
from partnerships.models import Partnership
from tests.factories import (
    DeliveryAreaFactory,
    PartnershipFactory,
    PriorityFactory,
    StrategyFactory,
    SubgroupFactory,
    open_consultation,
)

from .sweeping import check_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def bilingual_site(live_server, statutory_themes):
    partnership = PartnershipFactory(
        slug="bro-prawf", nation="wales", languages=Partnership.Languages.BILINGUAL,
        area_en="Test Vale", area_cy="Bro Prawf",
    )  # fmt: skip
    plan = StrategyFactory(
        partnership=partnership, slug="strategaeth",
        title_en="Community Safety Strategy", title_cy="Strategaeth Diogelwch Cymunedol",
        summary_en="We will keep people safe.", summary_cy="Byddwn yn cadw pobl yn ddiogel.",
    )  # fmt: skip
    priority = PriorityFactory(strategy=plan, title_en="Reduce violence", title_cy="Lleihau trais")
    DeliveryAreaFactory(
        strategy=plan, priority=priority, title_en="Knife crime", title_cy="Troseddau cyllyll"
    )
    SubgroupFactory(partnership=partnership, name_en="Youth panel", name_cy="Panel ieuenctid")
    draft = StrategyFactory(partnership=partnership, status="consultation", slug="drafft")
    PriorityFactory(strategy=draft, title_en="Reduce violence", title_cy="Lleihau trais")
    PriorityFactory(strategy=draft, title_en="Protect children", title_cy="Diogelu plant")
    consultation = open_consultation(draft)
    return partnership, plan, consultation


def test_welsh_pages_pass_axe_and_the_navigation_goes_to_the_same_page(
    live_server, bilingual_site, browser, axe
):
    partnership, plan, consultation = bilingual_site
    subgroup = partnership.subgroups.get()
    context = browser.new_context(locale="cy-GB")
    page = context.new_page()
    problems = {}
    for english in (
        partnership.get_absolute_url(),
        plan.get_absolute_url(),
        subgroup.get_absolute_url(),
        f"/{partnership.slug}/consultations/{consultation.pk}/",
    ):
        page.goto(f"{live_server.url}/cy{english}")
        assert page.get_attribute("html", "lang") == "cy"
        if found := check_page(page, axe):
            problems[english] = found
        page.set_viewport_size({"width": 1280, "height": 900})
        page.click(".portal-language-select a")
        assert page.url == live_server.url + english
        assert page.get_attribute("html", "lang") == "en-GB"
        page.click(".portal-language-select a")
        assert page.url == f"{live_server.url}/cy{english}"
    context.close()
    assert not problems, problems


def test_the_welsh_interface_text(live_server, bilingual_site, browser):
    partnership, plan, consultation = bilingual_site
    page = browser.new_context().new_page()
    page.goto(f"{live_server.url}/cy/{partnership.slug}/consultations/{consultation.pk}/")
    assert page.text_content(".govuk-skip-link").strip() == "Yn syth i'r prif gynnwys"
    page.click("button:has-text('Anfon eich atebion')")  # nothing answered
    assert page.text_content(".govuk-error-summary__title").strip() == "Mae problem wedi codi"
    assert "Lleihau trais" in page.text_content("main")


FOCUSED = """() => {
  const el = document.activeElement;
  return {tag: el.tagName, type: el.type || "", name: el.name || "", text: el.textContent.trim()};
}"""


def test_a_resident_answers_the_welsh_consultation_with_the_keyboard(
    live_server, bilingual_site, browser, axe
):
    """From the Welsh partnership page to the thank-you page, keys only: the first answer
    of each question that has a choice, a comment, then 'Anfon eich atebion'."""
    partnership, _plan, consultation = bilingual_site
    page = browser.new_context(locale="cy-GB").new_page()
    page.goto(f"{live_server.url}/cy{partnership.get_absolute_url()}")
    link = page.locator("a", has_text=consultation.title)
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/cy/{partnership.slug}/consultations/{consultation.pk}/")
    assert page.get_attribute("html", "lang") == "cy"

    answered = set()
    for _ in range(300):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["type"] in ("radio", "checkbox") and focused["name"] not in answered:
            page.keyboard.press("Space")
            answered.add(focused["name"])
        elif focused["tag"] == "TEXTAREA" and "comment" not in answered:
            page.keyboard.type("Mwy o oleuadau yng nghanol y dref")
            answered.add("comment")
        elif focused["tag"] == "BUTTON" and focused["text"] == "Anfon eich atebion":
            page.keyboard.press("Enter")
            break
    page.wait_for_selector(".govuk-panel--confirmation")
    assert page.get_attribute("html", "lang") == "cy"
    assert "Diolch" in page.inner_text("main")
    assert not check_page(page, axe)

    response = Response.objects.get(
        reference=page.locator(".govuk-panel__body strong").inner_text()
    )
    assert response.language == "cy"
    texts = [answer.text for answer in response.answers.all() if answer.text]
    assert "Mwy o oleuadau yng nghanol y dref" in texts
    assert len(answered) > 2
