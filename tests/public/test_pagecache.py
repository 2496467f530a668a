"""Public pages from the cache: one query on a hit (the content versions), fresh after any
edit, an edit retiring only the pages that show it, never for people who are signed in.

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


def test_a_second_visit_costs_one_query_and_an_edit_shows_at_once(client):
    strategy = StrategyFactory(status="published")
    priority = PriorityFactory(strategy=strategy, title="Reduce violence")
    url = strategy.get_absolute_url()
    first, page = queries(client, url)
    assert first > 3
    assert "Reduce violence" in page
    again, cached = queries(client, url)
    assert again == 1  # the content versions, which the database keeps
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


def test_a_restarted_shared_cache_brings_back_no_stale_page(client):
    """The content versions are in the database: Redis restarted empty (or away while an
    edit was made) cannot make an old page current again, from its store or from memory."""
    from django.core.cache import cache

    strategy = StrategyFactory(status="published", title="Before")
    url = strategy.get_absolute_url()
    queries(client, url)
    assert queries(client, url)[0] == 1  # served from memory or the cache
    cache.clear()  # Redis restarted, empty
    strategy.title = "After"
    strategy.save()
    count, page = queries(client, url)
    assert count > 1
    assert "After" in page


def test_an_edit_retires_only_the_pages_that_show_it(client):
    """An edit in one partnership leaves another partnership's cached pages cached (and the
    home page, if its listing did not change), and leaves no page stale."""
    ours = StrategyFactory(status="published")
    priority = PriorityFactory(strategy=ours, title="Reduce violence")
    theirs = StrategyFactory(status="published")
    pages = {
        "our plan": ours.get_absolute_url(),
        "our partnership": ours.partnership.get_absolute_url(),
        "their plan": theirs.get_absolute_url(),
        "their partnership": theirs.partnership.get_absolute_url(),
        "home": reverse("reports:home"),
    }
    for url in pages.values():
        queries(client, url)
    priority.title = "Reduce serious violence"
    priority.save()
    rendered = {name: queries(client, url)[0] > 1 for name, url in pages.items()}
    assert rendered == {
        "our plan": True,
        "our partnership": True,
        "their plan": False,
        "their partnership": False,
        "home": False,  # a priority is not on the home page's list
    }
    assert "Reduce serious violence" in queries(client, pages["our plan"])[1]
    ours.title = "A new title"
    ours.save()
    assert "A new title" in queries(client, pages["home"])[1]  # the list did change


def test_query_parameters_a_page_does_not_read_make_no_new_entry(client):
    """1,000 requests with distinct ?utm_source= made 1,000 cache entries (82 MB): a page is
    cached by its path and the parameters it reads."""
    from django.core.cache import cache

    strategy = StrategyFactory(status="published")
    url = strategy.get_absolute_url()
    queries(client, url)
    for n in range(20):
        assert queries(client, f"{url}?utm_source=campaign-{n}")[0] == 1
    search = reverse("reports:search")
    queries(client, f"{search}?q=knife&utm_source=x")
    assert queries(client, f"{search}?q=knife&utm_source=y")[0] == 1
    queries(client, f"{search}?q=burglary")  # a parameter it reads: a page of its own
    entries = [key for key in cache._cache if "public-page" in key]
    assert len(entries) == 3  # the plan, and two searches


def test_every_declared_way_leads_to_a_partnership():
    from django.apps import apps as registry

    from csp_portal.pagecache import declared
    from partnerships.models import Partnership

    for model, way in declared("public_content").items():
        if way is None:
            continue
        target = model
        for name in filter(None, way.split(".")):
            target = target._meta.get_field(name).related_model
        assert target is Partnership, (model, way)
    assert registry.get_model("partnerships", "Partnership") in declared("home_content")


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
