"""The statutory checklist: each rule, either side of its boundaries."""

import datetime

import pytest
from django.utils import timezone

from consultations.models import Consultation
from partnerships.models import Membership, Organisation, Partnership
from reports.checklist import (
    DUE_SOON,
    MET,
    NOT_MET,
    NOT_RECORDED,
    statutory_checklist,
    yearly,
)
from strategies.models import Document, Strand, StrategicAssessment, Theme
from tests.factories import (
    MembershipFactory,
    PartnershipFactory,
    PriorityFactory,
    ScrutinyReviewFactory,
    StrategyFactory,
)

pytestmark = pytest.mark.django_db
D = datetime.date
TODAY = D(2026, 11, 24)


def row(partnership, number, today=TODAY):
    return next(c for c in statutory_checklist(partnership, today) if c.row == number)


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        (D(2026, 1, 24), MET),  # lapses 24 January 2027: 61 days away
        (D(2026, 1, 23), DUE_SOON),  # lapses 23 January 2027: 60 days away
        (D(2025, 11, 25), DUE_SOON),  # lapses tomorrow
        (D(2025, 11, 24), NOT_MET),  # lapses today: 12 months ago
        (None, NOT_RECORDED),
    ],
)
def test_yearly_boundaries(last, expected):
    assert yearly(last, TODAY) == expected


@pytest.fixture
def partnership(db):
    return PartnershipFactory()


def test_row_1_every_responsible_authority(partnership):
    assert row(partnership, 1).status == NOT_RECORDED
    for kind in ["local_authority", "police", "probation", "fire_and_rescue"]:
        MembershipFactory(
            partnership=partnership,
            organisation__kind=kind,
            role=Membership.Role.RESPONSIBLE_AUTHORITY,
        )
    check = row(partnership, 1)
    assert check.status == NOT_MET
    assert any(line.startswith("Health") and line.endswith("missing") for line in check.evidence)
    health = MembershipFactory(
        partnership=partnership, organisation__kind="health", role="responsible_authority"
    )
    assert row(partnership, 1).status == MET
    health.member_until = TODAY - datetime.timedelta(days=1)
    health.save()
    assert row(partnership, 1).status == NOT_MET  # a member who has left does not count
    assert Organisation.objects.count() == 5


def test_row_3_the_four_strands_from_theme_tags_naming_the_priorities(
    partnership, statutory_themes
):
    plan = StrategyFactory(
        partnership=partnership, period_end_year=2027, published_on=D(2026, 4, 1)
    )
    assert row(partnership, 3).status == NOT_RECORDED  # nothing tagged
    priority = PriorityFactory(strategy=plan, title="Safer streets")
    priority.themes.set(Theme.objects.filter(strands__code__in=["crime-and-disorder"]))
    check = row(partnership, 3)
    assert check.status == NOT_MET
    assert any("not covered" in line for line in check.evidence)
    assert any(line.endswith("covered by ‘Safer streets’") for line in check.evidence)
    other = PriorityFactory(strategy=plan, title="Tackling violence")
    for strand in Strand.objects.all():
        other.themes.add(strand.themes.first())
    check = row(partnership, 3)
    assert check.status == MET
    crime = next(line for line in check.evidence if line.startswith("Crime"))
    assert crime.endswith("covered by ‘Safer streets’ and ‘Tackling violence’")


def test_the_priority_form_says_which_strands_each_theme_counts_for(statutory_themes):
    from strategies.forms import PriorityForm

    form = PriorityForm(strategy=StrategyFactory())
    theme = Theme.objects.filter(strands__isnull=False).first()
    hint = form.fields["themes"].option_hints[str(theme.pk)]
    assert hint.startswith("Counts for the statutory strand")
    assert theme.strands.first().name.lower() in hint


def test_row_6_strategic_assessment_in_the_last_12_months(partnership):
    assert row(partnership, 6).status == NOT_RECORDED
    StrategicAssessment.objects.create(
        partnership=partnership, title="Assessment", completed_on=D(2025, 11, 24)
    )
    assert row(partnership, 6).status == NOT_MET
    StrategicAssessment.objects.create(
        partnership=partnership, title="Newer", completed_on=D(2026, 1, 10), data_period="2025"
    )
    check = row(partnership, 6)
    assert check.status == DUE_SOON
    assert "‘Newer’, completed 10 January 2026, data for 2025" in check.evidence


def test_row_7_plan_refreshed_within_12_months(partnership):
    assert row(partnership, 7).status == NOT_RECORDED  # no plan at all: no record either way
    plan = StrategyFactory(
        partnership=partnership, period_end_year=2027, published_on=D(2026, 6, 1)
    )
    assert row(partnership, 7).status == MET
    plan.period_end_year = 2025  # ran to 31 March 2025
    plan.save()
    check = row(partnership, 7)
    assert check.status == NOT_MET  # the records show its period is over
    assert "Its period ended on 31 March 2025, and no later plan is recorded." in check.evidence


def test_a_plan_not_dated_counts_only_as_at_today(partnership):
    StrategyFactory(partnership=partnership, period_end_year=2027, published_on=None)
    assert row(partnership, 7, today=timezone.localdate()).status == NOT_RECORDED  # undated
    assert row(partnership, 9, today=timezone.localdate()).status == MET
    assert row(partnership, 9, today=D(2025, 1, 1)).status == NOT_RECORDED


def test_row_8_consultation(partnership):
    assert row(partnership, 8).status == NOT_RECORDED
    plan = StrategyFactory(partnership=partnership, status="published")
    london = timezone.get_current_timezone()
    Consultation.objects.create(
        strategy=plan,
        title="Have your say",
        opens_at=datetime.datetime(2025, 10, 1, 9, tzinfo=london),
        closes_at=datetime.datetime(2025, 11, 30, 17, tzinfo=london),
        response_count=12,
    )
    check = row(partnership, 8)
    assert check.status == DUE_SOON  # closed 30 Nov 2025: lapses in 6 days
    assert "12 responses recorded" in check.evidence[0]
    assert row(partnership, 8, today=D(2026, 12, 1)).status == NOT_MET


def test_rows_9_and_10_publication_and_the_pcc(partnership):
    assert row(partnership, 9).status == NOT_RECORDED
    assert row(partnership, 10).status == NOT_RECORDED
    plan = StrategyFactory(partnership=partnership, published_on=D(2021, 7, 1))
    assert row(partnership, 9).status == MET
    assert row(partnership, 10).status == NOT_RECORDED
    plan.sent_to_pcc_on = D(2026, 7, 1)
    plan.save()
    check = row(partnership, 10)
    assert check.status == MET
    assert "sent 1 July 2026" in check.evidence[0]
    assert row(partnership, 10, today=D(2026, 6, 30)).status == NOT_RECORDED  # not sent yet


def test_row_15_scrutiny_every_12_months(partnership):
    assert row(partnership, 15).status == NOT_RECORDED
    ScrutinyReviewFactory(partnership=partnership, meeting_on=D(2025, 11, 23))
    assert row(partnership, 15).status == NOT_MET
    ScrutinyReviewFactory(partnership=partnership, meeting_on=D(2026, 3, 1))
    assert row(partnership, 15).status == MET
    # A meeting still to come is not scrutiny done.
    ScrutinyReviewFactory(partnership=partnership, meeting_on=D(2027, 1, 1))
    assert "1 March 2026" in row(partnership, 15).evidence[0]


def test_row_16_serious_violence_duty(partnership):
    numbers = [c.row for c in statutory_checklist(partnership, D(2023, 1, 30))]
    assert 16 not in numbers  # not yet in force on the day
    assert row(partnership, 16).status == NOT_RECORDED
    Document.objects.create(
        partnership=partnership, title="Needs assessment", kind="sv_assessment", dated=D(2024, 1, 5)
    )
    check = row(partnership, 16)
    assert check.status == NOT_RECORDED  # the strategy is not recorded either way
    assert "Strategy: none recorded" in check.evidence
    Document.objects.create(
        partnership=partnership,
        title="Serious violence strategy",
        kind="sv_strategy",
        dated=D(2024, 1, 31),
        review_on=D(2026, 1, 1),
        review_on_precision="month",
    )
    check = row(partnership, 16)
    assert check.status == NOT_MET  # its review was due in January 2026
    assert "Strategy: ‘Serious violence strategy’, 31 January 2024, review due January 2026" in (
        check.evidence
    )
    assert row(partnership, 16, today=D(2026, 1, 31)).status == MET  # within the month


def test_row_20_the_nation_switches_the_welsh_regulations(partnership):
    assert "England" in row(partnership, 20).evidence[0]
    assert "(Wales)" not in row(partnership, 6).source
    partnership.nation = Partnership.Nation.WALES
    partnership.save()
    assert "Wales" in row(partnership, 20).evidence[0]
    assert "(Wales) Regulations 2007" in row(partnership, 6).source
    assert "(Wales) Regulations 2007" in row(partnership, 5).source
    assert "(Wales)" not in row(partnership, 15).source  # scrutiny rules are not switched


def test_checklist_page_is_for_the_partnerships_people(client, partnership):
    from django.urls import reverse

    from tests.factories import user_with_role

    url = reverse("reports_editor:checklist", kwargs={"slug": partnership.slug})
    assert client.get(url).status_code == 302
    client.force_login(user_with_role(PartnershipFactory(), "approver"))
    assert client.get(url).status_code == 404
    client.force_login(user_with_role(partnership, "viewer"))
    page = client.get(url).content.decode()
    assert "Crime and Disorder Act 1998, s.5(1)" in page
    assert 'href="https://www.legislation.gov.uk/ukpga/1998/37/section/5"' in page
