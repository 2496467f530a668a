"""Every workspace page the resolver knows, in a real browser, as an approver of the
partnership who is also a portal administrator: each passes axe (WCAG 2.2 AA) and has one
h1 and no skipped heading. The pages come from tests.sweep, as the access sweep's do, so a
new page cannot ship unchecked. Then the import previews, with errors and without."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from partnerships.permissions import PORTAL_ADMINISTRATORS
from tests.factories import PartnershipFactory, PriorityFactory, StrategyFactory, user_with_role
from tests.sweep import one_of_everything, swept_urls

from .conftest import PASSWORD

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


def test_every_workspace_page_passes_axe(
    live_server, workspace, page, sign_in, axe_check, structure_check
):
    sign_in(page, "approver", PASSWORD)
    checked = []
    for name, url, _has_object, view in swept_urls(workspace):
        if not hasattr(view, "get"):
            continue  # a button's target (POST only): its page is the one it sits on
        fetched = page.request.get(live_server.url + url)
        assert fetched.status == 200, (name, url, fetched.status)
        if not fetched.headers["content-type"].startswith("text/html"):
            continue  # a download (CSV, PDF)
        page.goto(live_server.url + url)
        structure_check(page)
        axe_check(page)
        checked.append(name)
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
