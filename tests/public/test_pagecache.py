"""Public pages from the cache: no queries on a hit, fresh after any edit, never for
people who are signed in."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from strategies.models import Strategy
from strategies.services import strategy_transition
from tests.factories import PriorityFactory, StrategyFactory, user_with_role

pytestmark = pytest.mark.django_db


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_a_second_visit_costs_no_queries_and_an_edit_shows_at_once(client):
    strategy = StrategyFactory(status="published")
    priority = PriorityFactory(strategy=strategy, title="Reduce violence")
    url = strategy.get_absolute_url()
    first, page = queries(client, url)
    assert first > 3
    assert "Reduce violence" in page
    again, cached = queries(client, url)
    assert again == 0
    assert cached == page

    priority.title = "Reduce serious violence"
    priority.save()
    _, page = queries(client, url)
    assert "Reduce serious violence" in page


def test_publication_and_many_to_many_changes_refresh_the_cache(client, statutory_themes):
    from strategies.models import Theme

    draft = StrategyFactory(status="approved", title="New plan")
    partnership_url = draft.partnership.get_absolute_url()
    _, page = queries(client, partnership_url)
    assert "New plan" not in page
    strategy_transition(
        strategy=draft, to="published", by=user_with_role(draft.partnership, "approver")
    )
    _, page = queries(client, partnership_url)
    assert "New plan" in page

    priority = PriorityFactory(strategy=draft, title="Reduce violence")
    queries(client, draft.get_absolute_url())
    priority.themes.add(Theme.objects.get(slug="hate-crime"))
    count, _ = queries(client, draft.get_absolute_url())
    assert count > 0  # the tag change retired the cached page


def test_signed_in_visitors_are_never_served_the_anonymous_page(client):
    strategy = StrategyFactory(status="published")
    url = strategy.get_absolute_url()
    queries(client, url)
    client.force_login(user_with_role(strategy.partnership, "viewer"))
    count, page = queries(client, url)
    assert count > 0
    assert "Your workspace" in page
    assert "Sign in" not in page


def test_search_results_are_cached_by_query(client):
    StrategyFactory(status="published", title="Knife crime plan")
    _, knife = queries(client, "/search/?q=knife")
    count, burglary = queries(client, "/search/?q=burglary")
    assert count > 0
    assert knife != burglary
    assert Strategy.objects.count() == 1


def test_a_restarted_shared_cache_does_not_bring_back_pages_from_memory(client):
    """Pages are also kept in the process's memory, keyed by the shared content version: a
    new version (after Redis restarts empty) must never match an old page."""
    from django.core.cache import cache

    strategy = StrategyFactory(status="published", title="Before")
    url = strategy.get_absolute_url()
    queries(client, url)
    assert queries(client, url)[0] == 0  # served from memory or the cache
    cache.clear()  # Redis restarted, empty
    Strategy.objects.filter(pk=strategy.pk).update(title="After")  # no signal sent
    count, page = queries(client, url)
    assert count > 0
    assert "After" in page
