"""The workflow, the freeze on publication, the annual refresh and optimistic concurrency."""

import datetime
import itertools

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from partnerships.models import BoardMeeting
from strategies.models import Milestone, Strategy, StrategyTransition
from strategies.services import (
    TRANSITIONS,
    Decision,
    StaleEdit,
    part_save,
    refresh_proposal,
    strategy_start_refresh,
    strategy_touch,
    strategy_transition,
    strategy_update,
)
from strategies.services.refresh import renamed
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
    ("approved", "draft"),
    ("published", "superseded"),
}
DECIDED = Decision(reference="Board minute 12/24")


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

    strategy.milestones.create(kind="scrutiny", title="Scrutiny", planned_on="2021-11-01")
    strategy.risks.create(title="Funding ends")

    draft, copied = strategy_start_refresh(strategy=strategy, by=approver)

    assert draft.status == Status.DRAFT
    assert draft.revision == 2
    assert draft.supersedes == strategy
    assert draft.slug != strategy.slug
    assert copied == [
        "1 priority",
        "2 delivery areas",
        "1 action",
        "1 step of the timeline, to be dated",
    ]
    assert not draft.risks.exists()  # never copied unless asked
    new_priority = draft.priorities.get()
    assert new_priority.title == "Listening to residents"
    assert new_priority.copied_from == priority
    assert list(new_priority.subgroups.all()) == [subgroup]
    assert draft.delivery_areas.get(title="Hotspots").priority == new_priority
    assert draft.delivery_areas.get(title="Burglary").priority is None
    action = draft.actions.get()
    assert (action.priority, action.delivery_area.title) == (new_priority, "Hotspots")
    step = draft.milestones.get()
    assert (step.kind, step.title, step.planned_on, step.actual_on) == (
        Milestone.Kind.SCRUTINY,
        "Scrutiny",
        None,
        None,
    )  # to be planned again: its date is the new year's to give
    # The published one is untouched, and only one refresh may be open.
    strategy.refresh_from_db()
    assert strategy.status == Status.PUBLISHED
    with pytest.raises(ValidationError, match="already been started"):
        strategy_start_refresh(strategy=strategy, by=approver)


def test_publishing_the_refresh_supersedes_the_old_version(django_capture_on_commit_callbacks):
    strategy = StrategyFactory(status="published")
    approver = user_with_role(strategy.partnership, "approver")
    chair = user_with_role(strategy.partnership, "approver")
    draft, _copied = strategy_start_refresh(strategy=strategy, by=approver)
    with django_capture_on_commit_callbacks(execute=True):
        for to in ["consultation", "awaiting_approval"]:
            strategy_transition(strategy=draft, to=to, by=approver)
        strategy_transition(strategy=draft, to="approved", by=chair, decision=DECIDED)
        strategy_transition(strategy=draft, to="published", by=approver)
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
        with pytest.raises(ValidationError, match="can no longer be edited"):
            strategy_update(
                strategy=strategy,
                data={"summary": "x"},
                by=approver,
                expected_version=strategy.version,
            )
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


@pytest.mark.parametrize(
    ("period", "today", "year", "proposed", "title"),
    [
        # During its first year, a 2021 to 2024 plan is refreshed for its second.
        ((2021, 2024), datetime.date(2021, 9, 1), 2022, (2021, 2024), "Plan 2021-2024"),
        ((2021, 2024), datetime.date(2023, 1, 15), 2023, (2021, 2024), "Plan 2021-2024"),
        # In its last year, or once it is over, the next plan is one of the same length.
        ((2021, 2024), datetime.date(2023, 6, 1), 2024, (2024, 2027), "Plan 2024-2027"),
        # Once it is over, from this year: nothing left uncovered.
        ((2021, 2024), datetime.date(2026, 12, 1), 2026, (2026, 2029), "Plan 2026-2029"),
        ((2022, 2022), datetime.date(2022, 5, 1), 2023, (2023, 2024), "Plan 2023-2024"),
    ],
)
def test_a_refresh_is_for_the_plans_next_year(period, today, year, proposed, title):
    strategy = StrategyFactory(
        status="published",
        title=f"Plan {period[0]}-{period[1]}",
        period_start_year=period[0],
        period_end_year=period[1],
    )
    proposal = refresh_proposal(strategy, today=today)
    assert proposal.year == year
    assert (proposal.period_start_year, proposal.period_end_year) == proposed
    assert proposal.title == title


@pytest.mark.parametrize(
    ("title", "renamed_to"),
    [
        ("Community Safety Plan 2021-24", "Community Safety Plan 2024-27"),
        (
            "Safer Woking Partnership Plan 2021 to 2024",
            "Safer Woking Partnership Plan 2024 to 2027",
        ),
        ("Strategy 2021–2024", "Strategy 2024–2027"),
        ("Community Safety Strategy", "Community Safety Strategy"),
    ],
)
def test_a_title_takes_the_new_periods_years(title, renamed_to):
    assert renamed(title, 2021, 2024, 2024, 2027) == renamed_to


def test_the_approver_chooses_title_period_address_and_what_else_is_copied(client):
    strategy = StrategyFactory(status="published", title="Plan 2021-2024", period_start_year=2021,
                               period_end_year=2024)  # fmt: skip
    strategy.risks.create(title="Funding ends")
    strategy.policy_links.create(kind="national", title="Serious Violence Strategy")
    client.force_login(user_with_role(strategy.partnership, "approver"))
    url = reverse("strategies_editor:refresh", kwargs={"pk": strategy.pk})
    page = client.get(url).content.decode()
    assert "Start the 2026/27 refresh" in page  # today is in 2026/27; the plan ended in 2024
    assert "Its 1 risk" in page
    assert "Its 1 link to a policy" in page
    response = client.post(
        url,
        {
            "title": "Plan 2026-2029",
            "period_start_year": "2026",
            "period_end_year": "2029",
            "slug": "plan-2026-2029",
            "copy": ["risks"],
        },
        follow=True,
    )
    draft = Strategy.objects.get(supersedes=strategy)
    assert (draft.title, draft.slug, draft.period_label) == (
        "Plan 2026-2029",
        "plan-2026-2029",
        "2026 to 2029",
    )
    assert draft.risks.count() == 1
    assert not draft.policy_links.exists()
    assert "Copied: 0 priorities, 0 delivery areas, 0 actions" in response.content.decode()
    assert "1 risk." in response.content.decode()
