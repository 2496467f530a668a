"""The annual refresh: the plan's next year proposed, what is copied said, the old version
superseded."""

import datetime
import re
import threading

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test import Client
from django.urls import reverse

from strategies.models import Milestone, Strategy
from strategies.services import (
    refresh_proposal,
    strategy_start_refresh,
    strategy_transition,
)
from strategies.services.refresh import renamed
from tests.browsing import Visitor
from tests.editor.helpers import DECIDED
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
    with pytest.raises(ValidationError, match="already in progress"):
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


def test_starting_the_refresh_twice_leads_to_the_one_started(client):
    strategy = StrategyFactory(status="published", period_start_year=2021, period_end_year=2024)
    client.force_login(user_with_role(strategy.partnership, "approver"))
    url = reverse("strategies_editor:refresh", kwargs={"pk": strategy.pk})
    page = client.get(url).content.decode()
    first = Visitor(client).submit(url, html=page)
    again = Visitor(client).submit(url, html=page)  # the same page, sent again
    draft = Strategy.objects.get(supersedes=strategy)
    assert (
        first["Location"]
        == again["Location"]
        == reverse("reports_editor:strategy", kwargs={"pk": draft.pk})
    )
    followed = client.get(again["Location"]).content.decode()
    assert "That form was sent twice: it was saved once." in followed
    # Another approver's page, opened before the refresh started: led to it, and told.
    later = Visitor(client).submit(url, html=page.replace(token_of(page), "another-page"))
    assert later["Location"] == first["Location"]
    followed = client.get(later["Location"]).content.decode()
    assert "A refresh of this strategy is already in progress" in followed


def token_of(page: str) -> str:
    return re.search(r'name="sent_once" value="([^"]+)"', page).group(1)


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs a database that runs two transactions at once (CI runs on PostgreSQL)",
)
@pytest.mark.django_db(transaction=True)
def test_two_refreshes_at_once_make_one_and_no_error(statutory_themes):
    """Two approvers press 'Start the refresh' at the same moment: one refresh, and the
    other is told of it (it was an IntegrityError, a 500)."""
    strategy = StrategyFactory(status="published", period_start_year=2021, period_end_year=2024)
    PriorityFactory(strategy=strategy)
    approvers = [user_with_role(strategy.partnership, "approver") for _ in range(2)]
    url = reverse("strategies_editor:refresh", kwargs={"pk": strategy.pk})
    start, answers = threading.Barrier(2), []

    def press(user):
        try:
            browser = Client()
            browser.force_login(user)
            page = browser.get(url).content.decode()
            start.wait(10)
            answers.append(Visitor(browser).submit(url, html=page).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=press, args=(user,)) for user in approvers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert answers == [302, 302]
    assert Strategy.objects.filter(supersedes=strategy).count() == 1
