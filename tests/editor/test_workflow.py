"""The workflow, the freeze on publication, the annual refresh and optimistic concurrency."""

import datetime
import itertools

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from partnerships.models import BoardMeeting
from strategies.models import Strategy, StrategyTransition
from strategies.services import (
    TRANSITIONS,
    Decision,
    StaleEdit,
    part_save,
    strategy_touch,
    strategy_transition,
    strategy_update,
)
from tests.editor.helpers import DECIDED
from tests.factories import (
    ActionFactory,
    PriorityFactory,
    StrategyFactory,
    user_with_role,
)

pytestmark = pytest.mark.django_db
Status = Strategy.Status

ALLOWED = {
    ("draft", "consultation"),
    ("consultation", "awaiting_approval"),
    ("consultation", "draft"),
    ("awaiting_approval", "approved"),
    ("awaiting_approval", "draft"),
    ("approved", "published"),
    ("approved", "draft"),
    ("published", "superseded"),
}


def assert_refuses_edits(strategy, *, by):
    """A change to the strategy's own text is refused: it can no longer be edited."""
    with pytest.raises(ValidationError, match="can no longer be edited"):
        strategy_update(
            strategy=strategy,
            data={"summary": "Changed"},
            by=by,
            expected_version=strategy.version,
        )


def test_the_transition_table_is_the_documented_workflow():
    assert {(a, b) for a, targets in TRANSITIONS.items() for b in targets} == ALLOWED


@pytest.mark.parametrize(("start", "to"), list(itertools.product(Status.values, Status.values)))
def test_every_transition_is_allowed_or_refused(start, to):
    strategy = StrategyFactory(status=start)
    approver = user_with_role(strategy.partnership, "approver")
    if (start, to) in ALLOWED:
        strategy_transition(
            strategy=strategy, to=to, by=approver, comment="As agreed", decision=DECIDED
        )
        strategy.refresh_from_db()
        assert strategy.status == to
        record = StrategyTransition.objects.get(strategy=strategy)
        assert (record.from_status, record.to_status, record.by, record.comment) == (
            start,
            to,
            approver,
            "As agreed",
        )
    else:
        with pytest.raises(ValidationError):
            strategy_transition(strategy=strategy, to=to, by=approver)
        strategy.refresh_from_db()
        assert strategy.status == start
        assert not StrategyTransition.objects.exists()


@pytest.mark.parametrize("role", ["viewer", "editor"])
def test_only_approvers_move_the_status(role):
    strategy = StrategyFactory(status="draft")
    user = user_with_role(strategy.partnership, role)
    with pytest.raises(PermissionDenied):
        strategy_transition(strategy=strategy, to="consultation", by=user)


def test_an_approver_of_another_partnership_cannot_move_it():
    strategy = StrategyFactory(status="draft")
    other = user_with_role(StrategyFactory().partnership, "approver")
    with pytest.raises(PermissionDenied):
        strategy_transition(strategy=strategy, to="consultation", by=other)


def test_publishing_freezes_the_version(django_capture_on_commit_callbacks):
    strategy = StrategyFactory(status="approved", published_on=None)
    priority = PriorityFactory(strategy=strategy)
    approver = user_with_role(strategy.partnership, "approver")
    with django_capture_on_commit_callbacks(execute=True):
        strategy_transition(strategy=strategy, to="published", by=approver)
    strategy.refresh_from_db()
    assert strategy.published_on is not None
    assert strategy.pdf  # the document of record was stored
    assert strategy.is_frozen
    assert_refuses_edits(strategy, by=approver)
    assert priority.strategy.is_frozen


def test_a_stale_edit_is_refused_and_changes_nothing():
    strategy = StrategyFactory(status="draft", summary="Original")
    first = user_with_role(strategy.partnership, "editor")
    second = user_with_role(strategy.partnership, "editor")
    opened_version = strategy.version
    strategy_update(
        strategy=Strategy.objects.get(pk=strategy.pk),
        data={"summary": "First manager"},
        by=first,
        expected_version=opened_version,
    )
    with pytest.raises(StaleEdit):
        strategy_update(
            strategy=Strategy.objects.get(pk=strategy.pk),
            data={"summary": "Second manager"},
            by=second,
            expected_version=opened_version,
        )
    assert Strategy.objects.get(pk=strategy.pk).summary == "First manager"


def test_every_edit_counts():
    strategy = StrategyFactory(status="draft")
    before = strategy.version
    assert strategy_touch(strategy=strategy) == before + 1


def test_history_records_who_changed_what():
    strategy = StrategyFactory(status="draft", summary="Original")
    editor = user_with_role(strategy.partnership, "editor")
    strategy_update(
        strategy=strategy,
        data={"summary": "Reworded"},
        by=editor,
        expected_version=strategy.version,
    )
    latest = strategy.history.first()
    assert latest.summary == "Reworded"
    assert latest.diff_against(latest.prev_record).changed_fields == ["summary"]


def test_from_awaiting_approval_the_content_is_locked_until_returned_to_draft_with_a_reason():
    strategy = StrategyFactory(status="consultation")
    priority = PriorityFactory(strategy=strategy, title="As sent")
    approver = user_with_role(strategy.partnership, "approver")
    strategy_transition(strategy=strategy, to="awaiting_approval", by=approver)
    strategy.refresh_from_db()
    for status in ["awaiting_approval", "approved"]:
        Strategy.objects.filter(pk=strategy.pk).update(status=status)
        strategy.refresh_from_db()
        with pytest.raises(ValidationError, match="return it to draft, saying why"):
            part_save(strategy=strategy, part=priority, data={"title": "Changed"}, by=approver)
        assert_refuses_edits(strategy, by=approver)
    with pytest.raises(ValidationError, match="Say why it goes back to draft"):
        strategy_transition(strategy=strategy, to="draft", by=approver, comment="  ")
    strategy_transition(
        strategy=strategy, to="draft", by=approver, comment="The board asked for a fifth priority"
    )
    strategy.refresh_from_db()
    part_save(strategy=strategy, part=priority, data={"title": "Changed"}, by=approver)
    assert strategy.transitions.last().comment == "The board asked for a fifth priority"


def test_the_sender_cannot_approve_unless_the_partnership_allows_it():
    strategy = StrategyFactory(status="consultation")
    sender = user_with_role(strategy.partnership, "approver")
    other = user_with_role(strategy.partnership, "approver")
    strategy_transition(strategy=strategy, to="awaiting_approval", by=sender)
    with pytest.raises(ValidationError, match="another approver of the partnership must"):
        strategy_transition(strategy=strategy, to="approved", by=sender, decision=DECIDED)
    strategy.partnership.approval_by_another = False
    strategy.partnership.save()
    strategy_transition(strategy=strategy, to="approved", by=sender, decision=DECIDED)
    strategy.refresh_from_db()
    assert strategy.status == "approved"
    assert other  # would have been the one to approve


def test_an_approval_records_what_it_rests_on():
    strategy = StrategyFactory(status="awaiting_approval")
    approver = user_with_role(strategy.partnership, "approver")
    with pytest.raises(ValidationError, match="Say what the approval rests on"):
        strategy_transition(strategy=strategy, to="approved", by=approver)
    elsewhere = BoardMeeting.objects.create(
        partnership=StrategyFactory().partnership, held_on=datetime.date(2024, 3, 5)
    )
    with pytest.raises(ValidationError, match="Choose a meeting of this board"):
        strategy_transition(
            strategy=strategy, to="approved", by=approver, decision=Decision(meeting=elsewhere)
        )
    meeting = BoardMeeting.objects.create(
        partnership=strategy.partnership, held_on=datetime.date(2024, 3, 5)
    )
    strategy_transition(
        strategy=strategy, to="approved", by=approver, decision=Decision(meeting=meeting)
    )
    step = strategy.transitions.get(to_status="approved")
    assert step.decision_meeting == meeting


def test_the_publication_date_is_the_one_given_never_a_day_to_come(
    django_capture_on_commit_callbacks,
):
    strategy = StrategyFactory(status="approved", published_on=None)
    approver = user_with_role(strategy.partnership, "approver")
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with pytest.raises(ValidationError, match="cannot be in the future"):
        strategy_transition(strategy=strategy, to="published", by=approver, published_on=tomorrow)
    with django_capture_on_commit_callbacks(execute=True):
        strategy_transition(
            strategy=strategy,
            to="published",
            by=approver,
            published_on=datetime.date(2024, 6, 3),
        )
    strategy.refresh_from_db()
    assert str(strategy.published) == "3 June 2024"


def test_each_step_has_its_page_and_publishing_says_what_becomes_public(client):
    strategy = StrategyFactory(status="approved", published_on=None)
    PriorityFactory(strategy=strategy)
    ActionFactory.create_batch(3, strategy=strategy)
    client.force_login(user_with_role(strategy.partnership, "approver"))
    url = reverse("strategies_editor:transition", kwargs={"pk": strategy.pk})
    page = client.get(url, {"to": "published"}).content.decode()
    assert "Publishing makes public:" in page
    assert "1 priority, 0 delivery areas and 3 actions" in page
    assert strategy.get_absolute_url() in page
    assert 'name="published_on_0"' in page
    not_now = client.get(url, {"to": "consultation"})
    assert not_now.status_code == 302  # not a step open to an approved plan
    response = client.post(
        url,
        {"to": "published", "published_on_0": "3", "published_on_1": "6", "published_on_2": "2024"},
    )
    assert response.status_code == 302
    strategy.refresh_from_db()
    assert strategy.status == "published"
    assert str(strategy.published) == "3 June 2024"
