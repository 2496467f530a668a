"""Public pages from the cache: no queries on a hit, fresh after any edit, never for
people who are signed in.

Transactional: every save commits, as it does in production, since the cached pages are
retired when an edit commits."""

import threading

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from strategies.models import StrategicPriority, Strategy
from strategies.services import strategy_transition
from tests.factories import PriorityFactory, StrategyFactory, user_with_role

pytestmark = pytest.mark.django_db(transaction=True)


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
    search = reverse("reports:search")
    _, knife = queries(client, f"{search}?q=knife")
    count, burglary = queries(client, f"{search}?q=burglary")
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


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs a database where a reader sees committed rows while a writer holds its "
    "transaction open (CI runs on PostgreSQL)",
)
def test_a_visitor_between_the_save_and_the_commit_never_caches_stale_content(client):
    """An edit in a transaction held open: a visitor meanwhile sees the old page (the edit is
    not committed), and the next visitor after the commit sees the new one."""
    strategy = StrategyFactory(status="published")
    priority = PriorityFactory(strategy=strategy, title="Reduce violence")
    url = strategy.get_absolute_url()
    saved, commit = threading.Event(), threading.Event()

    def edit():
        try:
            with transaction.atomic():
                held = StrategicPriority.objects.get(pk=priority.pk)
                held.title = "Reduce serious violence"
                held.save()
                saved.set()
                assert commit.wait(10)
        finally:
            connection.close()

    editor = threading.Thread(target=edit)
    editor.start()
    assert saved.wait(10)
    _, page = queries(client, url)  # between the save and the commit
    assert "Reduce violence" in page
    commit.set()
    editor.join(10)
    _, page = queries(client, url)
    assert "Reduce serious violence" in page


def test_every_model_says_whether_public_pages_show_it():
    """A new model must be declared in its AppConfig (public_content, report_content or
    private_content), or its edits would leave cached pages and PDFs stale."""
    from django.apps import apps

    undeclared = []
    for config in apps.get_app_configs():
        if not hasattr(config, "public_content"):
            continue
        declared = {
            *config.public_content,
            *getattr(config, "report_content", ()),
            *getattr(config, "private_content", ()),
        }
        undeclared += [
            model._meta.label
            for model in config.get_models()
            if model.__name__ not in declared and not model.__name__.startswith("Historical")
        ]
    assert not undeclared
