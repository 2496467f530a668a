"""send_reminders end to end, against a real SMTP server on loopback: each kind of reminder
reaches the right people once, in a plain-text and an HTML part, with its one link and an
unsubscribe link; a second run the same day sends nothing; a missed day is made up."""

import datetime
import re

import pytest
from django.core.management import CommandError
from django.utils import timezone

from consultations.models import Consultation
from notifications.models import Reminder
from partnerships.models import PartnershipRole
from strategies.models import StrategicAssessment, StrategyTransition

from .conftest import AFTER_Q2, BEFORE_Q2, parts, run

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)
SITE = "https://csp.example.gov.uk"


def subjects(inbox) -> dict[str, list[str]]:
    """{address: the subjects it received}, taken from the inbox."""
    found = {}
    for rcpt, message in inbox.take():
        for address in rcpt:
            found.setdefault(address, []).append(message["Subject"])
    return {address: sorted(found[address]) for address in sorted(found)}


def test_quarterly_progress_reaches_each_lead_once_with_both_parts_and_its_links(inbox, world):
    run(BEFORE_Q2)
    plan = world["plan a"]
    [message] = inbox.to("lee.lead@police.example.org")
    assert message["Subject"] == "Progress due for Q2 2024/25: 1 action of Plan A"
    text, html = parts(message)
    progress = f"{SITE}/editor/strategies/{plan.pk}/progress/"
    assert text.startswith("Record the progress of these actions by 30 September 2024")
    assert "- Patrol hotspots a (lead: Thames Valley Police)" in text
    assert f"Record progress: {progress}" in text
    assert f'href="{progress}"' in html
    assert "Light the alleys" not in text  # another lead's action
    [unsubscribe] = re.findall(rf"{SITE}/accounts/unsubscribe/[^/\s\"]+/", text)
    assert f'href="{unsubscribe}"' in html
    assert message["List-Unsubscribe"].strip() == f"<{unsubscribe}>"
    assert '<li style="margin-bottom:5px;">Patrol hotspots a' in html
    # The editors stand in for a lead with no address, and are told so.
    [editor] = inbox.to("editor-a@example.org")
    assert "the leads of some of these actions have no e-mail address" in parts(editor)[0]
    assert set(address for rcpt, _ in inbox.received for address in rcpt) == {
        "lee.lead@police.example.org",
        "editor-a@example.org",
        "editor-b@example.org",  # B's police contact has no address: B's editor
    }
    [b] = inbox.to("editor-b@example.org")
    assert "Plan A" not in b["Subject"]
    assert "Patrol hotspots a" not in parts(b)[0]


def test_a_second_run_the_same_day_sends_nothing(inbox, world):
    run(BEFORE_Q2)
    assert len(inbox.take()) == 3
    run(BEFORE_Q2)
    assert inbox.take() == []
    assert Reminder.objects.filter(sent_at__isnull=True).count() == 0


def test_an_email_the_server_refused_is_sent_by_the_next_run(inbox, world):
    inbox.refusing = {"editor-a@example.org"}
    with pytest.raises(CommandError, match="1 e-mails could not be sent"):
        run(BEFORE_Q2)
    assert len(inbox.take()) == 2
    assert Reminder.objects.get(sent_at__isnull=True).email == "editor-a@example.org"
    inbox.refusing = set()
    run(BEFORE_Q2)
    assert subjects(inbox) == {
        "editor-a@example.org": ["Progress due for Q2 2024/25: 1 action of Plan A"]
    }


def test_a_missed_day_is_made_up_and_then_not_again(inbox, world):
    run(BEFORE_Q2 + 2 * DAY)  # the command did not run on the day itself
    assert len(inbox.take()) == 3
    run(BEFORE_Q2 + 3 * DAY)
    assert inbox.take() == []


def test_the_approver_hears_who_has_not_updated_once_the_quarter_closed(inbox, world):
    run(AFTER_Q2)
    [summary] = [m for m in inbox.to("approver-a@example.org")]
    assert summary["Subject"] == "2 actions of Plan A have no progress for Q2 2024/25"
    text, _html = parts(summary)
    assert "- Borough A Council: 1 action\n- Thames Valley Police: 1 action" in text
    assert inbox.to("viewer-a@example.org") == []


def test_consultations_opening_closing_and_closed_to_the_team_of_its_partnership(inbox, world):
    plan = world["plan a"]
    plan.status = "consultation"
    plan.save()
    opens = datetime.date(2024, 9, 2)
    at = lambda day: timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))  # noqa: E731
    Consultation.objects.create(
        strategy=plan, title="Have your say", opens_at=at(opens), closes_at=at(opens + 14 * DAY)
    )
    team = ["approver-a@example.org", "editor-a@example.org"]
    run(opens)
    assert subjects(inbox) == dict.fromkeys(team, ["Consultation open: Have your say"])
    run(opens + 11 * DAY)
    assert subjects(inbox) == dict.fromkeys(
        team, ["Consultation closes on 16 September 2024: Have your say"]
    )
    run(opens + 15 * DAY)
    got = subjects(inbox)
    assert got == dict.fromkeys(team, ["Consultation closed, results to analyse: Have your say"])


def test_workflow_steps_are_sent_by_the_command_not_the_request(inbox, world):
    users = {r.user.username: r.user for r in PartnershipRole.objects.select_related("user")}
    plan = world["plan a"]
    for from_status, to_status, who in [
        ("draft", "awaiting_approval", "editor-a"),
        ("awaiting_approval", "draft", "approver-a"),
    ]:
        StrategyTransition.objects.create(
            strategy=plan, from_status=from_status, to_status=to_status, by=users[who],
            comment="Add the targets" if to_status == "draft" else "",
        )  # fmt: skip
    StrategyTransition.objects.update(at=datetime.datetime(2024, 9, 10, 15, tzinfo=datetime.UTC))
    assert inbox.received == []
    run(datetime.date(2024, 9, 11))
    assert subjects(inbox) == {
        "approver-a@example.org": ["Awaiting your approval: Plan A"],
        "editor-a@example.org": ["Returned to draft: Plan A"],
    }


def test_statutory_duties_and_milestones_to_the_team_alone(inbox, world):
    StrategicAssessment.objects.create(
        partnership=world["a"], title="Assessment", completed_on=datetime.date(2023, 10, 15)
    )
    world["plan a"].milestones.create(
        kind="review", title="Annual review", planned_on=datetime.date(2024, 9, 20)
    )
    run(datetime.date(2024, 9, 10))
    got = subjects(inbox)
    for address in ("approver-a@example.org", "editor-a@example.org"):
        assert "Milestone due 20 September 2024: Annual review" in got[address]
        assert any(s.endswith("due or lapsed: Borough A") for s in got[address])
    for address in got:
        assert not address.startswith("viewer")
        if address.endswith("-b@example.org"):
            assert not any("Borough A" in s or "Annual review" in s for s in got[address])
