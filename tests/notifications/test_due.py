"""What falls due on a day, and for whom: the plain functions the e-mails and the workspace
share, without sending anything."""

import datetime

import pytest
from django.utils import timezone

from consultations.models import Consultation
from notifications.due import (
    milestones_due,
    progress_due,
    progress_occasions,
    progress_summary,
    statutory_duties,
)
from notifications.events import consultation_events, workflow_events
from partnerships.models import PartnershipRole
from strategies.models import StrategicAssessment, StrategyTransition

from .conftest import AFTER_Q2, BEFORE_Q2

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


def to(dues) -> dict[str, list[str]]:
    """{address: the subject keys sent to it}"""
    found = {}
    for due in dues:
        found.setdefault(due.recipient.email, []).append(due.key)
    return found


def at(day: datetime.date, hour=10) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def test_progress_is_asked_for_before_and_after_a_quarter_closes_and_for_a_week_after():
    occasions = lambda day: [(str(q), phase) for q, phase, _ in progress_occasions(day)]  # noqa: E731
    assert occasions(BEFORE_Q2 - DAY) == []
    assert occasions(BEFORE_Q2) == [("Q2 2024/25", "before")]
    assert occasions(BEFORE_Q2 + 7 * DAY) == [("Q2 2024/25", "before")]
    assert occasions(BEFORE_Q2 + 8 * DAY) == []  # the quarter has closed: no "before" now
    assert occasions(AFTER_Q2) == [("Q2 2024/25", "after")]
    assert occasions(AFTER_Q2 + 7 * DAY) == [("Q2 2024/25", "after")]
    assert occasions(AFTER_Q2 + 8 * DAY) == []


def test_progress_goes_to_each_actions_lead_contact_or_else_the_editors(world):
    found = to(progress_due(BEFORE_Q2))
    a, b = (f"progress:{world[plan].pk}:2024-Q2:before" for plan in ("plan a", "plan b"))
    assert found == {
        "lee.lead@police.example.org": [a],
        # The council has no contact in A, and the police none with an address in B.
        "editor-a@example.org": [a],
        "editor-b@example.org": [b],
    }
    lead = next(d for d in progress_due(BEFORE_Q2) if d.recipient.email.startswith("lee"))
    assert lead.context["items"] == ["Patrol hotspots a (lead: Thames Valley Police)"]
    assert not lead.context["in_place_of_lead"]
    editor = next(d for d in progress_due(BEFORE_Q2) if d.recipient.email == "editor-a@example.org")
    assert editor.context["items"] == ["Light the alleys (lead: Borough A Council)"]
    assert editor.context["in_place_of_lead"]


def test_without_an_editor_the_approvers_are_reminded_in_place_of_the_lead(world):
    PartnershipRole.objects.filter(partnership=world["b"], role="editor").delete()
    assert "approver-b@example.org" in to(progress_due(BEFORE_Q2))


def test_the_approver_is_told_whose_actions_have_no_progress_once_the_quarter_closed(world):
    assert progress_summary(BEFORE_Q2) == []
    summary = [
        d for d in progress_summary(AFTER_Q2) if d.recipient.email == "approver-a@example.org"
    ]
    assert [d.context["items"] for d in summary] == [
        ["Borough A Council: 1 action", "Thames Valley Police: 1 action"]
    ]
    assert set(to(progress_summary(AFTER_Q2))) == {
        "approver-a@example.org",
        "approver-b@example.org",
    }


def test_a_consultation_opening_closing_and_closed(world):
    plan = world["plan a"]
    plan.status = "consultation"
    plan.save()
    opens = datetime.date(2024, 9, 2)
    Consultation.objects.create(
        strategy=plan, title="Have your say", opens_at=at(opens), closes_at=at(opens + 14 * DAY)
    )
    events = lambda day: sorted({d.key.split(":")[-1] for d in consultation_events(day)})  # noqa: E731
    assert events(opens - DAY) == []
    assert events(opens) == ["opening"]
    assert events(opens + 11 * DAY) == ["closing"]  # 3 days before it closes
    # It closes at 10:00: not closed all that day (the reminder that it closes is still
    # due, should the command not have run since it fell due).
    assert events(opens + 14 * DAY) == ["closing"]
    assert events(opens + 15 * DAY) == ["closed"]
    assert set(to(consultation_events(opens))) == {"editor-a@example.org", "approver-a@example.org"}


def test_workflow_steps_go_to_the_approvers_or_the_team_never_to_who_took_them(world):
    plan, editor, approver = world["plan a"], "editor-a", "approver-a"
    users = {r.user.username: r.user for r in PartnershipRole.objects.select_related("user")}
    steps = [
        ("draft", "draft", users[editor]),  # started, or a refresh: no e-mail
        ("draft", "awaiting_approval", users[editor]),
        ("awaiting_approval", "draft", users[approver]),
        ("approved", "published", users[approver]),
    ]
    for from_status, to_status, who in steps:
        StrategyTransition.objects.create(
            strategy=plan, from_status=from_status, to_status=to_status, by=who
        )
    StrategyTransition.objects.update(at=at(BEFORE_Q2))
    found = to(workflow_events(BEFORE_Q2))
    _started, sent, returned, published = (
        f"workflow:{t.pk}" for t in StrategyTransition.objects.all()
    )
    assert found == {
        "approver-a@example.org": [sent],
        "editor-a@example.org": [returned, published],
    }
    assert workflow_events(BEFORE_Q2 + 8 * DAY) == []  # a week on, it is no longer news


def test_milestones_due_within_14_days_not_yet_done(world):
    plan = world["plan a"]
    plan.milestones.create(kind="review", title="Review", planned_on=BEFORE_Q2 + 14 * DAY)
    plan.milestones.create(kind="review", title="Later", planned_on=BEFORE_Q2 + 15 * DAY)
    plan.milestones.create(
        kind="review", title="Done", planned_on=BEFORE_Q2 + DAY, actual_on=BEFORE_Q2
    )
    dues = milestones_due(BEFORE_Q2)
    assert {d.context["subject"] for d in dues} == {"Milestone due 7 October 2024: Review"}
    assert set(to(dues)) == {"editor-a@example.org", "approver-a@example.org"}


def test_statutory_duties_due_soon_or_lapsed_once_a_month(world):
    StrategicAssessment.objects.create(
        partnership=world["a"], title="Assessment", completed_on=datetime.date(2023, 10, 15)
    )
    dues = [d for d in statutory_duties(BEFORE_Q2) if d.context["partnership_id"] == world["a"].pk]
    assert set(to(dues)) == {"editor-a@example.org", "approver-a@example.org"}
    assert "Due soon: A strategic assessment every year" in dues[0].context["items"]
    assert dues[0].context["due_on"] == datetime.date(2024, 9, 1)
    later = [
        d for d in statutory_duties(datetime.date(2024, 11, 2)) if d.recipient == dues[0].recipient
    ]
    assert "Not met: A strategic assessment every year" in later[0].context["items"]
    assert later[0].key != dues[0].key  # lapsed: a new reminder
