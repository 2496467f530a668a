"""Who may do what, through the pages themselves: a matrix of people and actions, and a sweep
of every editor URL as someone who should not get in."""

import pytest
from django.urls import reverse

from strategies.models import StrategicPriority, Strategy
from tests.factories import StrategyFactory

pytestmark = pytest.mark.django_db

LOGIN = "login"  # a redirect to the sign-in page
OK = "ok"  # the page, or the write done and a redirect back

PEOPLE = ["anonymous", "viewer A", "editor A", "approver A", "editor B", "superuser"]

# What each person gets for each action on partnership A's strategy.
MATRIX = {
    "read draft": [LOGIN, OK, OK, OK, 404, OK],
    "edit": [LOGIN, 403, OK, OK, 404, OK],
    "move status": [LOGIN, 403, 403, OK, 404, OK],
    "publish": [LOGIN, 403, 403, OK, 404, OK],
    "download draft PDF": [LOGIN, OK, OK, OK, 404, OK],
}


def _do(client, action, strategy):
    if action == "read draft":
        return client.get(reverse("editor:strategy", kwargs={"pk": strategy.pk}))
    if action == "edit":
        return client.post(
            reverse("editor:part_add", kwargs={"pk": strategy.pk, "kind": "priorities"}),
            {"title": "Tackle exploitation"},
        )
    if action == "move status":
        return client.post(
            reverse("editor:transition", kwargs={"pk": strategy.pk}), {"to": "consultation"}
        )
    if action == "publish":
        strategy.status = Strategy.Status.APPROVED
        strategy.save()
        return client.post(
            reverse("editor:transition", kwargs={"pk": strategy.pk}), {"to": "published"}
        )
    if action == "download draft PDF":
        return client.get(
            reverse(
                "strategies:draft_pdf",
                kwargs={"partnership_slug": strategy.partnership.slug, "slug": strategy.slug},
            )
        )
    raise AssertionError(action)


def _effect_happened(action, strategy, response) -> bool:
    """Whether the draft was shown, or the write really done."""
    strategy.refresh_from_db()
    return {
        "read draft": strategy.title.encode() in response.content,
        "edit": StrategicPriority.objects.filter(
            strategy=strategy, title="Tackle exploitation"
        ).exists(),
        "move status": strategy.status == "consultation",
        "publish": strategy.status == "published",
        "download draft PDF": response.content.startswith(b"%PDF"),
    }[action]


@pytest.mark.parametrize(
    ("action", "who", "expected"),
    [(a, who, row[i]) for a, row in MATRIX.items() for i, who in enumerate(PEOPLE)],
)
def test_permission_matrix(client, people, draft_a, action, who, expected):
    if people[who]:
        client.force_login(people[who])
    response = _do(client, action, draft_a)
    if expected == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
    elif expected == OK:
        assert response.status_code in (200, 302), response.status_code
        if response.status_code == 302:
            assert not response["Location"].startswith(reverse("login"))
        if action == "download draft PDF":
            assert response["Content-Type"] == "application/pdf"
    else:
        assert response.status_code == expected
    assert _effect_happened(action, draft_a, response) == (expected == OK)


def _editor_urls(strategy):
    """Every editor URL, for the strategy and one of its priorities."""
    pk = strategy.pk
    priority = strategy.priorities.first().pk
    gets = [
        reverse("editor:strategy", kwargs={"pk": pk}),
        reverse("editor:edit", kwargs={"pk": pk}),
        reverse("editor:preview", kwargs={"pk": pk}),
        reverse("editor:actions", kwargs={"pk": pk}),
        reverse("editor:actions", kwargs={"pk": pk}) + "?_export=csv",
        reverse("editor:history", kwargs={"pk": pk}),
        reverse("editor:part_add", kwargs={"pk": pk, "kind": "priorities"}),
        reverse("editor:part_edit", kwargs={"pk": pk, "kind": "priorities", "part_pk": priority}),
        reverse("editor:part_delete", kwargs={"pk": pk, "kind": "priorities", "part_pk": priority}),
    ]
    posts = [
        reverse("editor:edit", kwargs={"pk": pk}),
        reverse("editor:part_add", kwargs={"pk": pk, "kind": "delivery-areas"}),
        reverse("editor:part_edit", kwargs={"pk": pk, "kind": "priorities", "part_pk": priority}),
        reverse("editor:part_delete", kwargs={"pk": pk, "kind": "priorities", "part_pk": priority}),
        reverse("editor:priority_up", kwargs={"pk": pk, "part_pk": priority}),
        reverse("editor:priority_down", kwargs={"pk": pk, "part_pk": priority}),
        reverse("editor:transition", kwargs={"pk": pk}),
        reverse("editor:refresh", kwargs={"pk": pk}),
        reverse("editor:restore", kwargs={"pk": pk, "kind": "priorities", "history_id": 1}),
    ]
    return gets, posts


def test_every_editor_url_turns_away_anonymous_users(client, draft_a):
    gets, posts = _editor_urls(draft_a)
    for url in gets + [reverse("editor:dashboard")]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert reverse("login") in response["Location"], url
    for url in posts:
        response = client.post(url, {"title": "x", "to": "consultation"})
        assert response.status_code == 302, url
        assert reverse("login") in response["Location"], url


def test_another_partnerships_manager_finds_nothing_by_editing_urls(client, people, draft_a):
    client.force_login(people["editor B"])
    gets, posts = _editor_urls(draft_a)
    for url in gets:
        assert client.get(url).status_code == 404, url
    for url in posts:
        assert client.post(url, {"title": "x", "to": "consultation"}).status_code == 404, url
    draft_a.refresh_from_db()
    assert draft_a.status == "draft"
    assert list(draft_a.priorities.values_list("title", flat=True)) == [
        "Reduce violence",
        "Protect the vulnerable",
    ]


def test_a_viewer_is_refused_every_write(client, people, draft_a):
    client.force_login(people["viewer A"])
    _gets, posts = _editor_urls(draft_a)
    for url in posts:
        assert client.post(url, {"title": "x", "to": "consultation"}).status_code == 403, url
    assert draft_a.priorities.count() == 2


def test_a_part_of_another_strategy_is_not_found_through_this_one(client, people, draft_a):
    other = StrategyFactory(status="draft")
    foreign = other.priorities.create(title="Elsewhere", order=1)
    client.force_login(people["editor A"])
    url = reverse(
        "editor:part_edit", kwargs={"pk": draft_a.pk, "kind": "priorities", "part_pk": foreign.pk}
    )
    assert client.get(url).status_code == 404
    assert client.post(url, {"title": "Hijacked"}).status_code == 404
    foreign.refresh_from_db()
    assert foreign.title == "Elsewhere"


def test_dashboard_lists_only_the_users_partnerships(client, people, draft_a):
    StrategyFactory(partnership__name="Borough B CSP", status="draft", title="Secret plan")
    client.force_login(people["editor A"])
    page = client.get(reverse("editor:dashboard")).content.decode()
    assert draft_a.title in page
    assert "Secret plan" not in page
