"""A resident finds and reads Wokingham's strategy in a real browser; axe finds nothing."""

import pytest
from django.urls import reverse

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_resident_searches_and_reads_the_wokingham_strategy(
    demo_site, page, axe_check, structure_check, screenshot
):
    page.goto(demo_site + reverse("reports:home"))
    assert page.locator("h1").inner_text() == "Community Safety Partnership strategies"
    axe_check(page)
    structure_check(page)

    page.get_by_label("Search strategies, priorities and actions").fill("burglary")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search/?q=burglary")
    assert "result" in page.locator("h2#results-heading").inner_text()
    assert (
        page.get_by_role(
            "link", name="Reduce crimes of residential burglary and theft from vehicles"
        ).count()
        >= 1
    )
    axe_check(page)
    structure_check(page)

    page.goto(demo_site + reverse("reports:home"))
    page.get_by_role("link", name="Wokingham Community Safety Partnership").click()
    page.wait_for_url("**/wokingham/")
    axe_check(page)
    structure_check(page)
    page.get_by_role("link", name="Community Safety Strategy 2021-2024").first.click()
    page.wait_for_url("**/wokingham/strategies/community-safety-strategy-2021-2024/")
    priorities = page.locator(".portal-priority h3").all_inner_texts()
    assert len(priorities) == 3
    assert (
        "Listening to the needs and concerns of local residents and taking action" in priorities[0]
    )
    axe_check(page)
    structure_check(page)
    screenshot(page, "wokingham-strategy")


def test_every_published_strategy_is_within_three_clicks(demo_site, page):
    from strategies.models import Strategy

    expected = {s.get_absolute_url() for s in Strategy.objects.published()}
    reachable = set()
    page.goto(demo_site + reverse("reports:home"))
    partnership_links = [a.get_attribute("href") for a in page.locator("main a").all()]
    for href in partnership_links:  # click 1: a partnership or a strategy
        if "/strategies/" in href:
            reachable.add(href)
            continue
        page.goto(demo_site + href)
        reachable.update(  # click 2: its current and earlier strategies
            a.get_attribute("href") for a in page.locator("main a[href*='/strategies/']").all()
        )
    assert expected <= reachable


def test_keyboard_user_reaches_the_content_with_the_skip_link(demo_site, page):
    page.goto(demo_site + reverse("reports:partnership", args=["wokingham"]))
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert skip.inner_text() == "Skip to main content"
    page.keyboard.press("Enter")
    page.wait_for_url("**#main-content", timeout=5000)  # the browser follows the link after the key
    assert page.evaluate("document.activeElement.id") == "main-content"


def test_phone_reads_the_action_plan_without_sideways_scrolling(
    demo_site, browser, axe_check, structure_check, screenshot
):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    plan = {"partnership_slug": "woking", "slug": "safer-woking-partnership-plan-2021-2024"}
    page.goto(demo_site + reverse("reports:strategy", kwargs=plan))
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    axe_check(page)
    structure_check(page)
    screenshot(page, "woking-strategy-phone")
    context.close()


def test_search_and_subgroup_pages_pass_axe(demo_site, page, axe_check, structure_check):
    page.goto(demo_site + reverse("reports:search") + "?q=domestic+abuse")
    axe_check(page)
    structure_check(page)
    page.goto(demo_site + reverse("reports:partnership", args=["wokingham"]))
    page.locator("a[href$='/subgroups/pstg/']").first.click()
    assert page.locator("h1").inner_text().startswith("Problem Solving Tasking Group")
    axe_check(page)
    structure_check(page)
