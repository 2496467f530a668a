"""Search finds the same records on PostgreSQL (full-text) and on SQLite (the fallback):
what strategies say, subgroups and their members, partnerships by their area and councils;
each hit with a snippet, the words found highlighted."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from reports.search import PER_KIND, highlighted, search_capped
from subgroups.models import SubgroupMember
from tests.factories import (
    ActionFactory,
    DeliveryAreaFactory,
    OrganisationFactory,
    PartnershipFactory,
    PriorityFactory,
    StrategyFactory,
    SubgroupFactory,
)

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
    woking = strategy.partnership
    woking.local_name = "Safer Woking Partnership"
    woking.area = "Woking Borough"
    woking.save()
    woking.local_authorities.set(
        [
            OrganisationFactory(name="Woking Borough Council", kind="local_authority"),
            OrganisationFactory(name="Surrey County Council", kind="local_authority"),
        ]
    )
    marac = SubgroupFactory(
        partnership=woking,
        name="Multi Agency Risk Assessment Conference and Multiagency Tasking and Co-ordination",
        acronym="MARAC and MATAC",
        overview="A <b>MARAC</b> reviews the cases graded high risk & harm, every month.",
    )
    for name in ["Berkshire Womens Aid", "Housing", "Thames Valley Police"]:
        SubgroupMember.objects.create(subgroup=marac, name=name)
    SubgroupFactory(partnership=woking, name="Confidential MARAC panel", is_public=False)
    suspended = PartnershipFactory(suspended_at=timezone.now())
    SubgroupFactory(partnership=suspended, name="Suspended MARAC")
    return strategy


MARAC = "Multi Agency Risk Assessment Conference and Multiagency Tasking and Co-ordination"


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
        ("MARAC", {("Subgroup", f"{MARAC} (MARAC and MATAC)")}),
        ("marac high risk", {("Subgroup", f"{MARAC} (MARAC and MATAC)")}),
        ("Berkshire Womens Aid", {("Subgroup", f"{MARAC} (MARAC and MATAC)")}),
        ("Surrey County Council", {("Partnership", "Safer Woking Partnership")}),
        ("Woking Borough Council", {("Partnership", "Safer Woking Partnership")}),
        ("Safer Woking", {("Partnership", "Safer Woking Partnership")}),
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


def test_each_hit_has_a_snippet_with_the_words_found_highlighted(client, plan):
    page = client.get(reverse("reports:search"), {"q": "MARAC high risk"}).content.decode()
    assert "<mark>MARAC</mark>" in page
    assert "<mark>high</mark> <mark>risk</mark>" in page
    assert "<mark>risk</mark> &amp; harm" in page  # the text escaped, never HTML
    assert "<b>" not in page
    page = client.get(reverse("reports:search"), {"q": "surrey county council"}).content.decode()
    assert "<mark>Surrey</mark> <mark>County</mark> <mark>Council</mark>" in page
    page = client.get(reverse("reports:search"), {"q": "women's aid"}).content.decode()
    assert "<mark>Womens</mark> <mark>Aid</mark>" in page


def test_a_snippet_is_escaped_and_marked():
    assert highlighted("Knife \x02crime\x03 <script>") == (
        "Knife <mark>crime</mark> &lt;script&gt;"
    )
    assert highlighted("a stray \x02 marker") == "a stray  marker"
    assert highlighted("") == ""


def test_the_search_costs_a_query_a_kind_of_record_whatever_it_finds(plan):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            results, _capped = search_capped("MARAC")
            assert [r.url for r in results]  # every hit shown
        return len(captured)

    few = queries()
    assert few == 6  # partnerships, strategies, subgroups, priorities, areas, actions
    for n in range(10):
        group = SubgroupFactory(partnership=plan.partnership, name=f"MARAC {n}")
        SubgroupMember.objects.create(subgroup=group, name="MARAC coordinator")
        ActionFactory(strategy=plan, delivery=f"Refer to MARAC {n}")
    assert queries() == few


def test_the_demo_marac_subgroup_is_found(client, demo):
    page = client.get(reverse("reports:search"), {"q": "MARAC"}).content.decode()
    assert "Multi Agency Risk Assessment Conference and Multiagency Tasking and Co-ordination" in (
        page
    )
    assert "/wokingham/subgroups/marac-and-matac/" in page
