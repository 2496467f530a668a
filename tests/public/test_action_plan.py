"""The strategy's page shows the first actions of each priority and links to the action
plan's page, which lists every action a page at a time, filtered; the PDF keeps them all."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from monitoring.models import ProgressUpdate, QuarterPublication
from reports.action_plan import FIRST_ACTIONS
from reports.pages import strategy_page_context
from reports.selectors import strategy_page_queryset
from strategies.models import Strategy
from tests.factories import ActionFactory, PriorityFactory, StrategyFactory

pytestmark = pytest.mark.django_db


def plan_with(actions: int, status=Strategy.Status.PUBLISHED):
    strategy = StrategyFactory(status=status)
    first = PriorityFactory(strategy=strategy, title="Tackling violence")
    second = PriorityFactory(strategy=strategy, title="Safer roads")
    ActionFactory.create_batch(actions, strategy=strategy, priority=first, delivery="Patrols")
    ActionFactory(strategy=strategy, priority=second, delivery="Speed checks")
    return strategy, first, second


def action_plan_url(strategy) -> str:
    kwargs = {"partnership_slug": strategy.partnership.slug, "slug": strategy.slug}
    return reverse("reports:action_plan", kwargs=kwargs)


def test_the_strategy_page_shows_the_first_actions_and_links_to_the_rest(client):
    strategy, first, _second = plan_with(25)
    page = client.get(strategy.get_absolute_url()).content.decode()
    assert page.count(">Patrols</td>") == FIRST_ACTIONS  # no progress is public: no table of it
    assert "Showing the first 10 of 25 actions." in page
    assert f'href="{action_plan_url(strategy)}?priority={first.pk}"' in page
    assert "See all 25 actions under Tackling violence" in page
    assert ">Speed checks</td>" in page  # a priority with few actions shows them all


def test_the_pdf_keeps_every_action():
    strategy, _first, _second = plan_with(25)
    context = strategy_page_context(strategy_page_queryset().get(pk=strategy.pk))
    assert [len(group) for _p, group, _total in context["action_groups"]] == [25, 1]
    assert context["action_plan_url"] == ""


def test_the_action_plan_lists_filters_and_pages_every_action(client):
    strategy, first, second = plan_with(60)
    url = action_plan_url(strategy)
    page = client.get(url).content.decode()
    assert "61 actions: page 1 of 2." in page
    assert page.count('<td class="govuk-table__cell" data-label="Delivery">Patrols') == 50
    second_page = client.get(url, {"page": 2}).content.decode()
    assert "page 2 of 2" in second_page
    assert "Speed checks" in second_page
    only_roads = client.get(url, {"priority": second.pk}).content.decode()
    assert "1 action." in only_roads
    assert "Speed checks" in only_roads
    assert "Latest status" not in page  # no progress is public yet


def test_the_action_plan_filters_by_the_latest_public_status(client):
    strategy, first, second = plan_with(3)
    red, amber, none = strategy.actions.filter(priority=first)
    ProgressUpdate.objects.create(action=red, year=2021, quarter=1, rag="green")
    ProgressUpdate.objects.create(action=red, year=2021, quarter=2, rag="red", commentary="Late")
    ProgressUpdate.objects.create(action=amber, year=2021, quarter=1, rag="amber")
    # Not public: after the newest quarter published.
    ProgressUpdate.objects.create(action=none, year=2021, quarter=3, rag="complete")
    QuarterPublication.objects.create(strategy=strategy, year=2021, quarter=2)
    url = action_plan_url(strategy)
    reds = client.get(url, {"status": "red"}).content.decode()
    assert "1 action." in reds
    assert "Late" in reds
    assert "Q2 2021/22" in reds
    assert "0 actions." in client.get(url, {"status": "complete"}).content.decode()
    no_update = client.get(url, {"status": "none"}).content.decode()
    assert "2 actions." in no_update  # the third of the first priority and Speed checks


def test_a_draft_has_no_public_action_plan(client):
    strategy, _first, _second = plan_with(3, status=Strategy.Status.DRAFT)
    assert client.get(action_plan_url(strategy)).status_code == 404


def test_a_searched_action_opens_alone_on_the_action_plan(client):
    strategy, _first, _second = plan_with(12)
    target = strategy.actions.get(delivery="Speed checks")
    results = client.get(reverse("reports:search"), {"q": "speed checks"}).content.decode()
    found = f"{action_plan_url(strategy)}?action={target.pk}#action-{target.pk}"
    assert found in results
    page = client.get(action_plan_url(strategy), {"action": target.pk}).content.decode()
    assert "1 action." in page
    assert "Speed checks" in page
    assert "Patrols" not in page


def test_the_action_plan_costs_the_same_queries_whatever_its_size(client):
    counts = []
    for size in (5, 120):
        strategy, _first, _second = plan_with(size)
        QuarterPublication.objects.create(strategy=strategy, year=2021, quarter=2)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(action_plan_url(strategy)).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_the_progress_counts_every_action_and_lists_the_first(client):
    strategy, first, _second = plan_with(25)
    for action in strategy.actions.filter(priority=first)[:15]:
        ProgressUpdate.objects.create(action=action, year=2021, quarter=1, rag="red")
    QuarterPublication.objects.create(strategy=strategy, year=2021, quarter=1)
    page = client.get(strategy.get_absolute_url()).content.decode()
    assert (
        "25 actions: 15 red, 0 amber, 0 green, 0 complete, 0 not started, 10 with no update."
        in page
    )
    assert "Showing the first 10 of 25." in page
    assert "See the progress of all 25 actions under Tackling violence" in page
