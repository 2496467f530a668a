"""A partnership the portal has never seen puts its whole plan on the portal, in the
workspace, without the admin and without anybody's help: a portal administrator signs in,
adds it and invites its community safety manager; the manager (an approver: neither staff
nor superuser) enters everything its papers say, publishes the plan as the record of one
published before the portal, and consults on a new plan in the portal; then every fact is
read back from the public pages and the PDF's text, and what is not public from the
workspace.

The facts are TEST DATA (facts.py); every page is filled in as the person would fill it in
(entering.py, over tests.browsing), and the submissions are counted."""

import math

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from csp_portal import tables
from partnerships.models import Organisation, Partnership
from partnerships.permissions import PORTAL_ADMINISTRATORS
from tests.factories import UserFactory

from . import entering, expected, facts
from .facts import SLUG
from .reading import missing, pdf_text, row, text_of

pytestmark = pytest.mark.django_db

CONFIDENTIAL = "Multi-Agency Risk Assessment Conference"


def test_a_new_partnership_enters_its_whole_plan_and_every_fact_is_public(
    client, django_capture_on_commit_callbacks, mailoutbox, statutory_themes
):
    username, password = facts.ADMINISTRATOR
    administrator = UserFactory(username=username)  # neither staff nor superuser
    administrator.set_password(password)
    administrator.save()
    administrator.groups.add(Group.objects.get_or_create(name=PORTAL_ADMINISTRATORS)[0])
    admin = entering.add_the_partnership(client, django_capture_on_commit_callbacks)
    (invitation,) = mailoutbox
    manager = entering.accept_the_invitation(client, invitation)
    partnership = Partnership.objects.get(slug=SLUG)
    user = partnership.roles.get().user
    assert not user.is_staff
    assert not user.is_superuser
    assert "Safer Northbridge" in manager.page(reverse("reports_editor:dashboard"))
    entering.enter_the_partnership(manager)
    record, proposed_years = entering.enter_the_record(manager, django_capture_on_commit_callbacks)
    assert record.status == "published"
    new_plan, results_url = entering.consult_on_a_new_plan(manager)
    print(f"\nform submissions: portal administrator {admin.submissions} (1 to sign in), manager")
    print(f"{manager.submissions} (2 to set a password and sign in); and 1 resident's answers")

    # The action form proposed the year of the action added last: the imports' last row's,
    # then the year of the action typed just before.
    assert proposed_years == ["2023", "2024"]
    assert record.actions.count() == 52
    youth = Organisation.objects.get(name="Youth Justice Service")  # ticked on the preview
    assert record.actions.filter(lead_organisation=youth).count() == 8
    assert not youth.memberships.exists()
    assert (new_plan.revision, new_plan.supersedes) == (1, None)  # a plan of its own

    # What is not public, in the workspace.
    workspace = text_of(manager.page(reverse("reports_editor:partnership", kwargs={"slug": SLUG})))
    workspace += text_of(manager.page(reverse("reports_editor:strategy", kwargs={"pk": record.pk})))
    assert not missing(workspace, expected.workspace()), missing(workspace, expected.workspace())
    incomplete = text_of(
        manager.page(
            reverse("strategies_editor:actions", kwargs={"pk": record.pk})
            + "?completeness=incomplete"
        )
    )
    no_target = [row for row in facts.action_rows() if not row["target"]]
    assert f"{len(no_target)} actions" in incomplete
    for action in no_target:
        assert f"{action['delivery']} Incomplete no target" in incomplete

    # Every fact, read back by a resident and a councillor.
    client.logout()
    partnership_page = text_of(client.get(partnership.get_absolute_url()).content.decode())
    strategy_html = client.get(record.get_absolute_url()).content.decode()
    # The plan's page shows the first actions of each priority; its action plan, all.
    plan_url = reverse(
        "reports:action_plan", kwargs={"partnership_slug": SLUG, "slug": record.slug}
    )
    pages = range(1, math.ceil(record.actions.count() / tables.PER_PAGE) + 1)
    action_plan_html = "".join(client.get(plan_url, {"page": n}).content.decode() for n in pages)
    strategy_page = text_of(strategy_html)
    with_its_action_plan = strategy_page + " " + text_of(action_plan_html)
    pdf = pdf_text(
        client,
        reverse("reports:strategy_pdf", kwargs={"partnership_slug": SLUG, "slug": record.slug}),
    )
    rows = facts.action_rows()
    for where, text, wanted in [
        ("public partnership page", partnership_page, expected.profile()),
        ("public partnership page", partnership_page, expected.people()),
        ("public partnership page", partnership_page, expected.partnership_page()),
        ("plan's page, as the partnership stood", strategy_page, expected.people()),
        ("PDF", pdf, expected.profile()),
        ("PDF, as the partnership stood", pdf, expected.people()),
        ("public strategy page and action plan", with_its_action_plan, expected.strategy(rows)),
        ("PDF", pdf, expected.strategy(rows)),
    ]:
        assert not missing(text, wanted), f"{where} lacks {missing(text, wanted)}"
    assert "meets quarterly" in pdf.lower()  # the board
    for action in record.actions.exclude(delivery__startswith="Northbridge typed"):
        facts_of_row = next(r for r in rows if r["delivery"] == action.delivery)
        in_row = row(action_plan_html, f"action-{action.pk}")
        assert not missing(in_row, expected.action_row(facts_of_row)), in_row
    # Not a local priority 'within' the plan's priorities; nothing confidential.
    for text in (strategy_page, pdf):
        assert "Delivery areas within these priorities" not in text
    for text in (partnership_page, strategy_page, pdf):
        assert CONFIDENTIAL not in text
        assert facts.CONTACTS[1][0] not in text  # a contact for the workspace only
        assert facts.RISKS[0][0] not in text
    assert "1 January 2023" not in pdf  # the months the workbook gave, never a day invented

    # The links and papers: the policy's address, the partnership's report, the upload.
    assert f'href="{facts.POLICY_LINKS[0][2]}"' in strategy_html
    assert (
        f'href="{facts.ANNUAL_REPORT[1]}"'
        in client.get(partnership.get_absolute_url()).content.decode()
    )
    document = record.documents.get()
    download = client.get(reverse("strategies:document", kwargs={"pk": document.pk}))
    assert b"".join(download.streaming_content) == facts.DOCUMENT

    # Each public subgroup's page: its chair, how often it meets, its members.
    for name, acronym, chair, frequency, public, members in facts.SUBGROUPS:
        subgroup = partnership.subgroups.get(name=name)
        response = client.get(subgroup.get_absolute_url())
        if public == "No":
            assert response.status_code == 404
            continue
        page = text_of(response.content.decode())
        for fact in [name, acronym, chair, frequency, *(m for m in members.split("; ") if m)]:
            assert fact in page, f"the page of {name} lacks {fact}"

    # The new plan's consultation: a paper response counted with the online one, by channel.
    results = text_of(client.get(results_url).content.decode())
    assert "2 responses on the portal (1 of them on paper, entered by staff)" in results
    assert f"{facts.NEW_PLAN['priority']} 100% 2" in results
