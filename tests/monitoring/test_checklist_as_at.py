"""The checklist as at a day, what it counts from records of things done elsewhere, and the
rows that show only where they apply (the strategy group, Part 4 of the Domestic Abuse Act,
the Serious Violence Duty)."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from consultations.models import Consultation
from partnerships.models import BoardMeeting, BoardPost, Membership, Organisation, Partnership
from reports.checklist import DUE_SOON, MET, NOT_MET, NOT_RECORDED, statutory_checklist
from strategies.models import Document, StrategicAssessment
from tests.factories import (
    MembershipFactory,
    PartnershipFactory,
    ScrutinyReviewFactory,
    StrategyFactory,
    user_with_role,
)

pytestmark = pytest.mark.django_db
D = datetime.date
LONDON = timezone.get_current_timezone()


def rows(partnership, as_at=None) -> dict:
    return {c.row: c for c in statutory_checklist(partnership, as_at)}


@pytest.fixture
def partnership(db):
    return PartnershipFactory()


def test_the_duties_are_judged_as_at_the_day_asked_for(partnership):
    """A scrutiny meeting on 10 March 2025 is told what was true on that day: a plan,
    an assessment and a scrutiny meeting recorded since do not count, a plan in force
    then is the plan judged, and a member who joined later is not yet a member."""
    older = StrategyFactory(
        partnership=partnership,
        status="superseded",
        period_start_year=2022,
        period_end_year=2025,
        published_on=D(2022, 6, 1),
    )
    StrategyFactory(
        partnership=partnership,
        period_start_year=2025,
        period_end_year=2028,
        revision=2,
        published_on=D(2025, 6, 1),
        supersedes=older,
    )
    StrategicAssessment.objects.create(
        partnership=partnership, title="2024 assessment", completed_on=D(2024, 1, 15)
    )
    StrategicAssessment.objects.create(
        partnership=partnership, title="2025 assessment", completed_on=D(2025, 12, 1)
    )
    ScrutinyReviewFactory(partnership=partnership, meeting_on=D(2024, 11, 4))
    ScrutinyReviewFactory(partnership=partnership, meeting_on=D(2025, 11, 3))
    MembershipFactory(
        partnership=partnership,
        organisation__kind="police",
        role=Membership.Role.RESPONSIBLE_AUTHORITY,
        member_from=D(2025, 4, 1),
    )

    then = rows(partnership, D(2025, 3, 10))
    assert "‘Community Safety Strategy" in then[7].evidence[0]
    assert "(2022 to 2025), revision 1" in then[7].evidence[0]
    assert then[7].status == NOT_MET  # published June 2022: its yearly revision lapsed
    assert then[6].status == NOT_MET  # January 2024's assessment lapsed in January 2025
    assert "‘2024 assessment’" in then[6].evidence[0]
    assert then[15].status == MET  # November 2024's meeting
    assert then[1].status == NOT_RECORDED  # the police joined in April 2025

    now = rows(partnership, D(2026, 3, 10))
    assert "revision 2" in now[7].evidence[0]
    assert now[6].status == MET
    assert "‘2025 assessment’" in now[6].evidence[0]
    assert now[1].status == NOT_MET  # the police, but no council, probation, fire or health


def test_consultations_and_scrutiny_held_outside_the_portal_count(partnership):
    plan = StrategyFactory(partnership=partnership, published_on=D(2021, 7, 1))
    assert rows(partnership, D(2022, 1, 10))[8].status == NOT_RECORDED
    Consultation.objects.create(
        strategy=plan,
        title="Residents' survey",
        run_by_portal=False,
        channel=Consultation.Channel.PAPER_SURVEY,
        opens_at=datetime.datetime(2021, 2, 1, tzinfo=LONDON),
        opens_at_precision="month",
        closes_at=datetime.datetime(2021, 3, 1, tzinfo=LONDON),
        closes_at_precision="month",
        response_count=412,
    )
    check = rows(partnership, D(2022, 1, 10))[8]
    assert check.status == DUE_SOON  # March 2021: lapses at the end of March 2022
    assert check.evidence == [
        "‘Residents' survey’, February 2021 to March 2021, held elsewhere (Paper survey), "
        "412 responses recorded"
    ]
    # A consultation step done, recorded only on the plan's timeline, counts too.
    plan.milestones.create(
        kind="consultation", title="Consultation on the draft priorities", actual_on=D(2021, 9, 1)
    )
    check = rows(partnership, D(2022, 1, 10))[8]
    assert check.status == MET
    assert "Consultation on the draft priorities, 1 September 2021" in check.evidence[0]

    assert rows(partnership, D(2022, 1, 10))[15].status == NOT_RECORDED
    plan.milestones.create(
        kind="scrutiny",
        title="Overview and Scrutiny Committee",
        body="Overview and Scrutiny Committee",
        actual_on=D(2021, 3, 1),
        actual_on_precision="month",
    )
    check = rows(partnership, D(2022, 1, 10))[15]
    assert check.status == DUE_SOON
    assert check.evidence == [
        "Overview and Scrutiny Committee (Overview and Scrutiny Committee), March 2021"
    ]


def test_row_5_the_strategy_group(partnership):
    check = rows(partnership)[5]
    assert check.status == NOT_RECORDED
    assert "Fewer than two of its people are recorded." in check.evidence
    partnership.board_name = "CSP Board"
    partnership.save()
    BoardPost.objects.create(
        partnership=partnership, post="chair", holder="Superintendent Harding",
        held_from=D(2017, 1, 1), held_until=D(2019, 12, 31),
    )  # fmt: skip
    MembershipFactory(
        partnership=partnership,
        organisation__kind="local_authority",
        organisation__name="Borough Council",
        role=Membership.Role.RESPONSIBLE_AUTHORITY,
        representative="Director of Communities",
    )
    BoardMeeting.objects.create(partnership=partnership, held_on=D(2021, 11, 2))
    assert rows(partnership)[5].status == NOT_RECORDED  # the chair left in 2019
    check = rows(partnership, D(2018, 6, 1))[5]
    assert check.status == MET
    assert "CSP Board: chair Superintendent Harding" in check.evidence
    assert "No meeting of it is recorded." in check.evidence  # none by June 2018
    MembershipFactory(
        partnership=partnership,
        organisation__kind="police",
        role=Membership.Role.RESPONSIBLE_AUTHORITY,
        representative="Chief Inspector",
    )
    check = rows(partnership)[5]
    assert check.status == MET
    assert "Last meeting recorded: 2 November 2021" in check.evidence


def council(partnership, name, tier):
    organisation = Organisation.objects.create(name=name, kind="local_authority",
                                               council_tier=tier)  # fmt: skip
    partnership.local_authorities.add(organisation)
    return organisation


def test_row_17_shows_only_where_a_top_tier_english_council_holds_the_duty(partnership):
    assert 17 in rows(partnership)  # no council recorded: whether it applies is not known
    district = council(partnership, "Woking Borough Council", "district")
    assert 17 not in rows(partnership)  # a district council alone: Part 4 is the county's
    surrey = council(partnership, "Surrey County Council", "county")
    check = rows(partnership)[17]
    assert check.status == NOT_RECORDED
    assert check.evidence[0].startswith("The duty of Surrey County Council (a top-tier council)")
    district.council_tier = ""
    district.save()
    surrey.delete()
    check = rows(partnership)[17]
    assert "record which kind of council Woking Borough Council is" in check.evidence[0]
    partnership.nation = Partnership.Nation.WALES
    partnership.save()
    assert 17 not in rows(partnership)  # Part 4 does not apply in Wales


def test_row_17_its_assessment_strategy_review_and_annual_return(partnership):
    council(partnership, "Wokingham Borough Council", "unitary")
    for kind, title, dated in [
        ("da_assessment", "Safe accommodation needs assessment", D(2021, 9, 1)),
        ("da_return", "Annual return", D(2025, 5, 1)),
    ]:
        Document.objects.create(partnership=partnership, title=title, kind=kind, dated=dated)
    assert rows(partnership, D(2026, 1, 5))[17].status == NOT_RECORDED  # no strategy
    Document.objects.create(
        partnership=partnership,
        title="Safe accommodation strategy",
        kind="da_strategy",
        dated=D(2022, 1, 5),
        review_on=D(2025, 1, 5),
    )
    check = rows(partnership, D(2026, 1, 5))[17]
    assert check.status == NOT_MET
    assert "The strategy's review was due 5 January 2025." in check.evidence
    Document.objects.create(
        partnership=partnership,
        title="Safe accommodation strategy 2025-28",
        kind="da_strategy",
        dated=D(2025, 1, 5),
        review_on=D(2028, 1, 5),
    )
    assert rows(partnership, D(2026, 1, 5))[17].status == MET
    assert rows(partnership, D(2026, 3, 5))[17].status == DUE_SOON  # the return by 1 May
    assert rows(partnership, D(2026, 5, 1))[17].status == NOT_MET  # a year since the last


def test_the_checklist_page_as_at_a_day_and_its_scrutiny_packs(client, partnership):
    plan = StrategyFactory(partnership=partnership, published_on=D(2021, 7, 1))
    client.force_login(user_with_role(partnership, "viewer"))
    url = reverse("reports_editor:checklist", kwargs={"slug": partnership.slug})
    page = client.get(url, {"as_at_0": "10", "as_at_1": "3", "as_at_2": "2025"}).content.decode()
    assert "judged as at <strong>10 March 2025</strong>" in page
    pack = reverse(
        "reports:scrutiny_report_pdf",
        kwargs={"partnership_slug": partnership.slug, "slug": plan.slug},
    )
    assert f'href="{pack}?as_at=2025-03-10"' in page
    page = client.get(url, {"as_at_0": "31", "as_at_1": "2", "as_at_2": "2025"}).content.decode()
    assert "Enter the date to judge the duties on as a real date, for example 10 3 2025" in page
    assert "govuk-error-summary" in page
    assert "as a real date" in page
    assert client.get(pack, {"as_at": "2025-02-31"}).status_code == 404
    assert client.get(pack, {"as_at": "\x00"}).status_code == 404
