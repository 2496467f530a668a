"""Every workspace page the resolver knows, in one browser, as an approver of the partnership
who is also a portal administrator: at a desktop's width and a phone's, axe (WCAG 2.2 AA)
finds nothing, each page has one h1 with words in it and no skipped heading, nothing scrolls
sideways at 390 or 320 pixels and no control is narrower than its text. The pages come from
tests.sweep, as the access sweep's do, so a new page cannot ship unchecked; they name Woking's
demo plan, its refresh and its partnership, whose real, long text is what a phone must fit.
Then the import previews, with errors and without."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from partnerships.models import Partnership
from partnerships.permissions import PORTAL_ADMINISTRATORS
from strategies.models import Strategy
from strategies.services import strategy_start_refresh
from tests.factories import PartnershipFactory, PriorityFactory, StrategyFactory, user_with_role
from tests.sweep import one_of_everything, swept_urls

from .conftest import PASSWORD
from .sweeping import check_page

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def workspace(statutory_themes):
    partnership = PartnershipFactory(
        slug="borough-a", name="Borough A Community Safety Partnership"
    )
    earlier = StrategyFactory(partnership=partnership, status="published", slug="plan", revision=1)
    strategy = StrategyFactory(
        partnership=partnership, status="draft", slug="draft-a", revision=2, supersedes=earlier
    )
    PriorityFactory(strategy=strategy, title="Reduce violence", order=1)
    records = one_of_everything(partnership, strategy)
    approver = user_with_role(partnership, "approver", username="approver")
    approver.set_password(PASSWORD)
    approver.save()
    approver.groups.add(Group.objects.get_or_create(name=PORTAL_ADMINISTRATORS)[0])
    return records


@pytest.fixture
def woking(demo_site, statutory_themes):
    """Woking's demo partnership, its published plan and a refresh of it (a draft with the
    plan's priorities and actions), and one of everything else; the approver signs in."""
    partnership = Partnership.objects.get(slug="woking")
    plan = Strategy.objects.get(partnership=partnership, status="published")
    approver = user_with_role(partnership, "approver", username="approver")
    approver.set_password(PASSWORD)
    approver.save()
    approver.groups.add(Group.objects.get_or_create(name=PORTAL_ADMINISTRATORS)[0])
    draft, _copied = strategy_start_refresh(strategy=plan, by=approver)
    return {**one_of_everything(partnership, draft), "plan": plan}


@pytest.mark.parametrize("language", ["", "/cy"], ids=["English", "Welsh"])
def test_every_workspace_page_reflows_and_passes_axe(
    live_server, woking, page, sign_in, axe, language
):
    """In English, and in Welsh for a partnership that publishes in both (Woking made so in
    the test's database only: its text stays English, under the Welsh interface)."""
    if language:
        Partnership.objects.filter(slug="woking").update(
            nation="wales", languages=Partnership.Languages.BILINGUAL
        )
    sign_in(page, "approver", PASSWORD)
    plan = {"pk": woking["plan"].pk}
    # The published plan's progress and figures, which its draft has none of yet.
    extra = [
        ("reports_editor:strategy", reverse("reports_editor:strategy", kwargs=plan), None),
        (
            "monitoring_editor:progress",
            reverse("monitoring_editor:progress", kwargs=plan) + "?quarter=2021-Q4",
            None,
        ),
        (
            "monitoring_editor:indicators",
            reverse("monitoring_editor:indicators", kwargs=plan),
            None,
        ),
    ]
    urls = [(name, url, view) for name, url, _has_object, view in swept_urls(woking)] + extra
    problems, checked = {}, []
    for name, url, view in urls:
        if view is not None and not hasattr(view, "get"):
            continue  # a button's target (POST only): its page is the one it sits on
        fetched = page.request.get(live_server.url + language + url)
        assert fetched.status == 200, (name, url, fetched.status)
        if not fetched.headers["content-type"].startswith("text/html"):
            continue  # a download (CSV, PDF)
        page.goto(live_server.url + language + url)
        if language:
            assert page.get_attribute("html", "lang") == "cy", url
        found = check_page(page, axe)
        if found:
            problems[url] = found
        checked.append(name)
    assert not problems, "\n\n".join(f"{url}\n  " + "\n  ".join(p) for url, p in problems.items())
    assert len(checked) > 90, checked


def test_the_import_previews_pass_axe_with_errors_and_without(
    live_server, workspace, page, sign_in, axe_check, structure_check, screenshot
):
    sign_in(page, "approver", PASSWORD)
    strategy, partnership = workspace["strategy"], workspace["partnership"]
    tables = [
        (
            reverse("strategies_editor:action_import", kwargs={"pk": strategy.pk}),
            "Priority\tYear\tDelivery\tLead\tDue\n"
            "Reduce violence\t2023/24\tWeapons sweeps\tBorough A Council\tMarch 2024\n"
            "Tackle fraud\tnext year\t\tSomeone\t31/02/2024\n",
            "Priority\tYear\tDelivery\tLead\tDue\n"
            "Reduce violence\t2023/24\tWeapons sweeps\tBorough A Council\tMarch 2024\n"
            "Tackle fraud\t2023\tScam awareness\tTrading Standards\t\n",  # a lead to tick
            "Import 2 actions",
        ),
        (
            reverse("partnerships_editor:member_import", kwargs={"slug": partnership.slug}),
            "Organisation\tRole\nThames Valley Police\tPartner\n",
            "Organisation\tRole\tKind\nThames Valley Police\tResponsible authority\tPolice\n",
            "Import 1 member",
        ),
        (
            reverse("subgroups_editor:subgroup_import", kwargs={"slug": partnership.slug}),
            "Name\tPublic\nMARAC\tperhaps\n",
            "Name\tPublic\tMembers\nMARAC\tNo\tPolice; Probation\n",
            "Import 1 subgroup",
        ),
    ]
    for url, bad, good, button in tables:
        noun = button.split()[-1].rstrip("s")
        page.goto(live_server.url + url)
        structure_check(page)
        axe_check(page)
        page.fill("#id_text", bad)
        page.click("button:has-text('Check the table')")
        assert page.locator(".govuk-error-summary").is_visible()
        assert "nothing has been saved" in page.inner_text(".govuk-error-summary")
        structure_check(page)
        axe_check(page)
        screenshot(page, f"import-{noun}-errors")
        page.fill("#id_text", good)  # corrected on the page, as the page offers
        page.click("button:has-text('Check the table again')")
        assert page.locator("button[name=_confirm]").inner_text() == button
        structure_check(page)
        axe_check(page)
        screenshot(page, f"import-{noun}-preview")
        page.click("button[name=_confirm]")
        assert "imported" in page.inner_text(".govuk-notification-banner")
