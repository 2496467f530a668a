"""Importing the partnership's members and subgroups from the tables councils already have."""

import pytest
from django.urls import reverse

from strategies.imports import COLUMNS
from tests.editor.helpers import confirm
from tests.factories import (
    MembershipFactory,
    OrganisationFactory,
    SubgroupFactory,
)
from tests.pages import assert_says

pytestmark = pytest.mark.django_db

HEADER = "\t".join(COLUMNS)


@pytest.fixture(autouse=True)
def signed_in(client, editor):
    client.force_login(editor)


@pytest.fixture
def member_import(draft_a):
    return reverse("partnerships_editor:member_import", kwargs={"slug": draft_a.partnership.slug})


@pytest.fixture
def subgroup_import(draft_a):
    return reverse("subgroups_editor:subgroup_import", kwargs={"slug": draft_a.partnership.slug})


def import_table(client, url, text, *preview_says):
    """Paste the table, check the preview says each of the things, press 'Import': the
    preview, to send again."""
    preview = client.post(url, {"text": text})
    assert_says(preview.content.decode(), *preview_says)
    assert confirm(client, url, preview).status_code == 302
    return preview


def test_members_are_imported_new_organisations_added_to_the_list(client, draft_a, member_import):
    partnership = draft_a.partnership
    police = OrganisationFactory(name="Thames Valley Police", short_name="TVP", kind="police")
    already = OrganisationFactory(name="Reading Borough Council", kind="local_authority")
    MembershipFactory(partnership=partnership, organisation=already)
    text = (
        "Member\tKind\tStatutory role\tNamed representative\tJoined\tLeft\n"
        "TVP\t\tResponsible authority\tSuperintendent, LPA Commander\tApril 2021\t\n"
        "Reading Borough Council\tCouncil\tResponsible authority\t\t\t\n"
        "Berkshire West CCG\tHealth\tResponsible authority\t\t2019\t30/06/2022\n"
        "Berkshire West ICB\tNHS\tResponsible authority\t\t1/7/2022\t\n"
        "Thames Valley PCC\tPolice and crime commissioner\tco-operating\t\t\t\n"
        "Reading Voluntary Action\tVoluntary sector\tInvited\t\t\t\n"
    )
    preview = import_table(
        client,
        member_import,
        text,
        "Organisations to add to the national list",
        "Already a member: left as it is",
        "Import 5 members",  # six rows, one a member already
    )
    members = {
        m.organisation.name: m for m in partnership.memberships.select_related("organisation")
    }
    assert set(members) == {
        "Reading Borough Council",
        "Thames Valley Police",
        "Berkshire West CCG",
        "Berkshire West ICB",
        "Thames Valley PCC",
        "Reading Voluntary Action",
    }
    assert members["Thames Valley Police"].organisation == police  # found by its short name
    assert str(members["Thames Valley Police"].joined) == "April 2021"
    assert str(members["Berkshire West CCG"].joined) == "2019"
    assert str(members["Berkshire West CCG"].left) == "30 June 2022"
    assert members["Berkshire West ICB"].organisation.kind == "health"
    assert members["Thames Valley PCC"].role == "co_operating_body"
    assert members["Reading Voluntary Action"].role == "other_member"
    again = confirm(client, member_import, preview)
    assert again.status_code == 302  # the same import again saves nothing more
    assert partnership.memberships.count() == 6


def test_bad_member_rows_save_nothing(client, draft_a, member_import):
    partnership = draft_a.partnership
    text = (
        "Organisation\tRole\tFrom\tUntil\n"
        "Thames Valley Police\t\t\t\n"
        "Thames Valley Police\tResponsible authority\t\t\n"
        "Some Body\tPartner\tMay 2022\tApril 2022\n"
    )
    page = client.post(member_import, {"text": text}).content.decode()
    assert "Line 2, Role: give its role" in page
    assert "Line 3, Organisation: it is on line 2 already" in page
    assert "Line 4, Role: ‘Partner’ is not one of: Responsible authority" in page
    assert "Line 4, Until: it must be after ‘From’" in page
    assert not partnership.memberships.exists()


def test_subgroups_are_imported_with_their_members(client, draft_a, subgroup_import):
    partnership = draft_a.partnership
    police = OrganisationFactory(name="Thames Valley Police", short_name="TVP")
    MembershipFactory(partnership=partnership, organisation=police)
    SubgroupFactory(partnership=partnership, name="Community Safety Group", slug="csg")
    text = (
        "Subgroup\tAcronym\tKind\tChaired by\tDeputy\tMeets\tLength\tPublic\tMembers\n"
        "Violence Reduction Group\tVRG\t\tPolice Inspector\tCSM\tEvery 6 weeks\t2 hours\t\t"
        "TVP; Youth Offending Service\n"
        "MARAC\t\tPanel or case conference\tDA Coordinator\t\tMonthly\t\tNo\t\n"
        "Community Safety Group\t\t\t\t\tQuarterly\t\t\t\n"
    )
    import_table(
        client,
        subgroup_import,
        text,
        "Already a subgroup (Community Safety Group): left as it is",
        "Import 2 subgroups",
    )
    vrg = partnership.subgroups.get(acronym="VRG")
    assert vrg.slug == "vrg"
    assert vrg.meeting_frequency == "Every 6 weeks"
    assert vrg.deputy_chair_role == "CSM"
    assert [(m.name, m.organisation) for m in vrg.members.all()] == [
        ("TVP", police),
        ("Youth Offending Service", None),
    ]
    marac = partnership.subgroups.get(name="MARAC")
    assert marac.kind == "panel"
    assert marac.is_public is False
    assert marac.slug == "marac"
    assert partnership.subgroups.count() == 3


def test_a_listed_organisation_gains_only_what_the_list_lacks(client, editor, member_import):
    blank = OrganisationFactory(name="West Berkshire Council", short_name="", kind="other")
    named = OrganisationFactory(name="Thames Valley Police", short_name="TVP", kind="police")
    text = (
        "Organisation\tShort name\tKind\tRole\n"
        "West Berkshire Council\tWBC\tLocal authority\tResponsible authority\n"
        "Thames Valley Police\tThames Police\tFire and rescue\tResponsible authority\n"
    )
    import_table(client, member_import, text)
    blank.refresh_from_db()
    named.refresh_from_db()
    assert (blank.short_name, blank.kind) == ("WBC", "local_authority")  # filled in
    assert (named.short_name, named.kind) == ("TVP", "police")  # kept as the list has it
    assert blank.history.first().history_user == editor
