"""Search finds the same records on PostgreSQL (full-text) and on SQLite (the fallback)."""

import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from reports.search import PER_KIND, search_capped
from tests.factories import ActionFactory, DeliveryAreaFactory, PriorityFactory, StrategyFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(db):
    strategy = StrategyFactory(title="Community Safety Strategy 2021-2024")
    PriorityFactory(strategy=strategy, title="Working together to protect vulnerable residents")
    DeliveryAreaFactory(
        strategy=strategy, title="Reduce crimes of residential burglary and theft from vehicles"
    )
    ActionFactory(strategy=strategy, delivery="Targeted patrols where burglaries rose last winter")
    ActionFactory(strategy=strategy, delivery="Knife crime education in schools")
    draft = StrategyFactory(status="draft", title="Draft plan")
    ActionFactory(strategy=draft, delivery="Secret burglary operation")
    return strategy


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "burglary",
            {
                ("Delivery area", "Reduce crimes of residential burglary and theft from vehicles"),
                ("Action", "Targeted patrols where burglaries rose last winter"),
            },
        ),
        (
            "vulnerable residents",
            {("Priority", "Working together to protect vulnerable residents")},
        ),
        ("knife crime", {("Action", "Knife crime education in schools")}),
        ("the", set()),
        ("zebra", set()),
    ],
)
def test_search_finds_the_same_records_on_every_database(plan, query, expected):
    assert {(r.kind, r.title) for r in search_capped(query)[0]} == expected


def test_search_never_returns_unpublished_content(plan):
    assert all("Secret" not in r.title for r in search_capped("secret burglary operation")[0])


def test_search_page(client, plan):
    response = client.get(reverse("reports:search"), {"q": "burglary"})
    assertContains(response, "2 results for ‘burglary’")
    assertContains(response, "#delivery-area-")
    assertNotContains(response, "Secret burglary operation")


def test_search_page_escapes_the_query_and_limits_its_length(client, plan):
    response = client.get(reverse("reports:search"), {"q": "<script>x</script>" + "a" * 500})
    assert response.status_code == 200
    assertNotContains(response, "<script>x")


def test_empty_search_shows_the_form(client):
    response = client.get(reverse("reports:search"))
    assertContains(response, 'name="q"')
    assertNotContains(response, "results for")


def test_a_common_word_shows_the_best_50_of_each_kind(client, db):
    strategy = StrategyFactory(status="published")
    for n in range(PER_KIND + 5):
        ActionFactory(strategy=strategy, delivery=f"Joint patrols in ward {n}")
    page = client.get(reverse("reports:search"), {"q": "patrols"}).content.decode()
    assert "More than 50 results for ‘patrols’" in page
    assert "Only the best 50 of each kind are shown for: action." in page
    assert page.count("portal-results__item") == PER_KIND
