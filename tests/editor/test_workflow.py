"""The workflow, the freeze on publication, the annual refresh and optimistic concurrency."""

import itertools

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from strategies.models import Milestone, Strategy, StrategyTransition
from strategies.services import (
    TRANSITIONS,
    StaleEdit,
    strategy_start_refresh,
    strategy_touch,
    strategy_transition,
    strategy_update,
)
from tests.factories import (
    ActionFactory,
    DeliveryAreaFactory,
    PriorityFactory,
    StrategyFactory,
    SubgroupFactory,
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
    ("published", "superseded"),
}


def test_the_transition_table_is_the_documented_workflow():
    assert {(a, b) for a, targets in TRANSITIONS.items() for b in targets} == ALLOWED


@pytest.mark.parametrize(("start", "to"), list(itertools.product(Status.values, Status.values)))
def test_every_transition_is_allowed_or_refused(start, to):
    strategy = StrategyFactory(status=start)
    approver = user_with_role(strategy.partnership, "approver")
    if (start, to) in ALLOWED:
        strategy_transition(strategy=strategy, to=to, by=approver, comment="As agreed")
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
    with pytest.raises(ValidationError, match="can no longer be edited"):
        strategy_update(
            strategy=strategy,
            data={"summary": "Changed"},
            by=approver,
            expected_version=strategy.version,
        )
    assert priority.strategy.is_frozen


def test_refresh_copies_the_published_strategy_into_a_new_draft_revision():
    strategy = StrategyFactory(status="published", revision=1, slug="community-safety-strategy")
    subgroup = SubgroupFactory(partnership=strategy.partnership)
    priority = PriorityFactory(strategy=strategy, title="Listening to residents")
    subgroup.priorities.add(priority)
    area = DeliveryAreaFactory(strategy=strategy, priority=priority, title="Hotspots")
    DeliveryAreaFactory(strategy=strategy, priority=None, title="Burglary")
    ActionFactory(strategy=strategy, priority=priority, delivery_area=area, delivery="Patrols")
    approver = user_with_role(strategy.partnership, "approver")

    draft = strategy_start_refresh(strategy=strategy, by=approver)

    assert draft.status == Status.DRAFT
    assert draft.revision == 2
    assert draft.supersedes == strategy
    assert draft.slug.startswith("community-safety-strategy-")
    assert draft.slug.endswith("refresh")
    new_priority = draft.priorities.get()
    assert new_priority.title == "Listening to residents"
    assert new_priority.copied_from == priority
    assert list(new_priority.subgroups.all()) == [subgroup]
    assert draft.delivery_areas.get(title="Hotspots").priority == new_priority
    assert draft.delivery_areas.get(title="Burglary").priority is None
    action = draft.actions.get()
    assert (action.priority, action.delivery_area.title) == (new_priority, "Hotspots")
    assert draft.milestones.filter(kind=Milestone.Kind.REVIEW).exists()
    # The published one is untouched, and only one refresh may be open.
    strategy.refresh_from_db()
    assert strategy.status == Status.PUBLISHED
    with pytest.raises(ValidationError, match="already been started"):
        strategy_start_refresh(strategy=strategy, by=approver)


def test_publishing_the_refresh_supersedes_the_old_version(django_capture_on_commit_callbacks):
    strategy = StrategyFactory(status="published")
    approver = user_with_role(strategy.partnership, "approver")
    draft = strategy_start_refresh(strategy=strategy, by=approver)
    with django_capture_on_commit_callbacks(execute=True):
        for to in ["consultation", "awaiting_approval", "approved", "published"]:
            strategy_transition(strategy=draft, to=to, by=approver)
    strategy.refresh_from_db()
    assert strategy.status == Status.SUPERSEDED
    assert set(Strategy.objects.published()) == {strategy, draft}  # the old one stays readable


def test_refresh_needs_a_published_strategy_and_an_approver():
    draft = StrategyFactory(status="draft")
    approver = user_with_role(draft.partnership, "approver")
    with pytest.raises(ValidationError):
        strategy_start_refresh(strategy=draft, by=approver)
    published = StrategyFactory(status="published")
    editor = user_with_role(published.partnership, "editor")
    with pytest.raises(PermissionDenied):
        strategy_start_refresh(strategy=published, by=editor)


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
