"""The demo loader brings in the five real partnerships with the facts of their papers."""

import datetime
from decimal import Decimal
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps
from django.core.management import call_command

from demo.loader import demo_load
from partnerships.models import Membership, Partnership
from strategies.models import StrategicPriority, Strategy

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
PROJECT_APPS = ["partnerships", "strategies", "subgroups", "consultations"]


def counts():
    return {
        m._meta.label: m.objects.count()
        for label in PROJECT_APPS
        for m in apps.get_app_config(label).get_models()
        if not m.__name__.startswith("Historical")  # the history of changes grows, rightly
    }


def test_loads_the_five_partnerships(demo):
    assert set(Partnership.objects.values_list("slug", flat=True)) == {
        "wokingham",
        "woking",
        "medway",
        "telford-and-wrekin",
        "windsor-and-maidenhead",
    }


def test_wokingham(demo):
    wokingham = Partnership.objects.get(slug="wokingham")
    strategy = wokingham.strategies.get(slug="community-safety-strategy-2021-2024")
    assert strategy.status == Strategy.Status.PUBLISHED
    assert strategy.published_on == datetime.date(2021, 7, 1)
    assert [p.title for p in strategy.priorities.all()] == [
        "Listening to the needs and concerns of local residents and taking action",
        "Intervening early and preventing issues escalating",
        "Working together to protect vulnerable residents",
    ]
    # Five delivery areas "within" the three priorities, with no stated mapping.
    areas = strategy.delivery_areas.all()
    assert len(areas) == 5
    assert all(area.priority_id is None for area in areas)
    assert areas[2].title == "Reduce incidents of serious violence and knife crime"
    # Ten subgroups, MARAC and MATAC as one.
    subgroups = wokingham.subgroups.all()
    assert len(subgroups) == 10
    assert sum("MARAC" in s.name or "MARAC" in s.acronym for s in subgroups) == 1
    pstg = wokingham.subgroups.get(acronym="PSTG")
    assert pstg.chair_role == "Police Inspector"
    assert pstg.deputy_chair_role == "Wokingham Community Safety Manager"
    assert "6 weeks" in pstg.meeting_frequency
    assert pstg.members.filter(organisation__name="Reading Football Club").exists()
    assert wokingham.memberships.count() == 9
    # The approval timeline.
    planned = {m.body: m.planned_on for m in strategy.milestones.all()}
    assert datetime.date(2021, 5, 27) in planned.values()  # CSP board sign-off
    assert datetime.date(2021, 6, 24) in planned.values()  # Executive
    assert datetime.date(2021, 7, 1) in planned.values()  # publication
    consultation = strategy.consultations.get()
    assert consultation.opens_at.astimezone(LONDON).date() == datetime.date(2021, 2, 22)
    assert consultation.closes_at.astimezone(LONDON).date() == datetime.date(2021, 3, 31)


def test_safer_woking(demo):
    woking = Partnership.objects.get(slug="woking")
    assert woking.local_name == "Safer Woking Partnership"
    plan = woking.strategies.get(slug="safer-woking-partnership-plan-2021-2024")
    assert plan.priorities_ranked is False  # "listed alphabetically not in a priority order"
    assert plan.priorities.count() == 5
    assert plan.supersedes.status == Strategy.Status.SUPERSEDED
    # Each line of the priorities table's detail column is a delivery area of its priority.
    assert [p.delivery_areas.count() for p in plan.priorities.all()] == [4, 8, 5, 1, 7]
    actions = plan.actions.all()
    assert len(actions) >= 15
    assert {a.year for a in actions} == {2021}
    assert all(a.priority_id for a in actions)
    assert woking.subgroups.count() == 16  # the sixteen delivery mechanisms
    assert woking.memberships.filter(role=Membership.Role.RESPONSIBLE_AUTHORITY).count() == 7
    crc = woking.memberships.get(organisation__name__startswith="Kent, Surrey and Sussex")
    assert crc.member_until == datetime.date(2021, 6, 25)
    assert woking.scrutiny_reviews.filter(meeting_on=datetime.date(2021, 3, 22)).exists()


def test_medway(demo):
    medway = Partnership.objects.get(slug="medway")
    plan = medway.strategies.get(slug="community-safety-plan-2020-2024")
    priorities = list(plan.priorities.all())
    assert [p.title for p in priorities] == [
        "Safeguarding Adults and Children",
        "Reducing Vulnerability",
        "Reducing Reoffending",
        "Listening to our Communities and Partners",
    ]
    assert [p.delivery_areas.count() for p in priorities] == [5, 7, 4, 6]
    assert [r.rating for r in plan.risks.all()] == ["E2", "E2", "D3", "D3"]
    assert medway.memberships.filter(role=Membership.Role.RESPONSIBLE_AUTHORITY).count() == 5
    fund = medway.funding.get()
    assert (fund.amount, fund.financial_year) == (Decimal("106460"), 2019)
    council = plan.milestones.get(kind="council")
    assert council.planned_on == datetime.date(2020, 4, 23)


def test_telford_and_wrekin(demo):
    telford = Partnership.objects.get(slug="telford-and-wrekin")
    assert telford.local_name == "Safer Telford and Wrekin Partnership"
    plan = telford.strategies.get()
    assert (plan.period_start_year, plan.period_end_year) == (2017, 2019)
    assert plan.priorities.count() == 3
    amounts = set(telford.funding.values_list("amount", flat=True))
    assert {Decimal("490000"), Decimal("56000")} <= amounts
    assert telford.memberships.filter(role=Membership.Role.RESPONSIBLE_AUTHORITY).count() == 6


def test_windsor_and_maidenhead(demo):
    rbwm = Partnership.objects.get(slug="windsor-and-maidenhead")
    fund = rbwm.funding.get(amount=Decimal("147397"))
    assert fund.financial_year == 2021
    assert not rbwm.strategies.published().exists()  # its 2021-24 plan was still being refreshed
    assert rbwm.strategies.get().delivery_areas.count() >= 4  # serious violence work streams


def test_every_demo_priority_is_tagged_with_a_theme(demo):
    assert StrategicPriority.objects.count() >= 15
    assert not StrategicPriority.objects.filter(themes=None).exists()


def test_loading_twice_changes_nothing(demo):
    before = counts()
    ids = set(Strategy.objects.values_list("pk", flat=True))
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert counts() == before
    assert set(Strategy.objects.values_list("pk", flat=True)) == ids
    assert out.getvalue().count("already loaded") == 5


def test_reset_reloads_the_same_content(demo):
    before = counts()
    outcome = demo_load(reset=True)
    assert set(outcome.values()) == {"reloaded"}
    assert counts() == before
