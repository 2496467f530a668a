"""Who may do what, through the pages themselves: a matrix of people and actions (the sweep
of every editor URL is test_access_sweep.py)."""

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
        return client.get(reverse("reports_editor:strategy", kwargs={"pk": strategy.pk}))
    if action == "edit":
        return client.post(
            reverse("strategies_editor:priority_add", kwargs={"pk": strategy.pk}),
            {"title": "Tackle exploitation"},
        )
    if action == "move status":
        return client.post(
            reverse("strategies_editor:transition", kwargs={"pk": strategy.pk}),
            {"to": "consultation"},
        )
    if action == "publish":
        strategy.status = Strategy.Status.APPROVED
        strategy.save()
        return client.post(
            reverse("strategies_editor:transition", kwargs={"pk": strategy.pk}), {"to": "published"}
        )
    if action == "download draft PDF":
        return client.get(
            reverse(
                "reports:draft_pdf",
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


def test_a_part_of_another_strategy_is_not_found_through_this_one(client, people, draft_a):
    other = StrategyFactory(status="draft")
    foreign = other.priorities.create(title="Elsewhere", order=1)
    client.force_login(people["editor A"])
    url = reverse(
        "strategies_editor:priority_edit", kwargs={"pk": draft_a.pk, "record_pk": foreign.pk}
    )
    assert client.get(url).status_code == 404
    assert client.post(url, {"title": "Hijacked"}).status_code == 404
    foreign.refresh_from_db()
    assert foreign.title == "Elsewhere"


def test_dashboard_lists_only_the_users_partnerships(client, people, draft_a):
    StrategyFactory(partnership__name="Borough B CSP", status="draft", title="Secret plan")
    client.force_login(people["editor A"])
    page = client.get(reverse("reports_editor:dashboard")).content.decode()
    assert draft_a.title in page
    assert "Secret plan" not in page


def test_what_is_public_changes_only_through_an_approver(client, people, partnership_a):
    """A published plan's documents are public the moment they are saved: an editor may add
    them to a draft, only an approver to a published plan (it was an editor's, public at
    once)."""
    published = StrategyFactory(partnership=partnership_a, status="published", slug="p")
    draft = StrategyFactory(partnership=partnership_a, status="draft", slug="d")
    document = {"title": "Equality impact assessment", "kind": "eia",
                "url": "https://www.example.gov.uk/eia.pdf"}  # fmt: skip
    for strategy, who, status in [
        (draft, "editor A", 302),
        (published, "editor A", 403),
        (published, "approver A", 302),
    ]:
        client.force_login(people[who])
        url = reverse("strategies_editor:document_add", kwargs={"pk": strategy.pk})
        assert client.post(url, document).status_code == status, (strategy.status, who)
    assert published.documents.count() == 1
    assert draft.documents.count() == 1
    client.force_login(people["editor A"])
    change = reverse(
        "strategies_editor:document_edit",
        kwargs={"pk": published.pk, "record_pk": published.documents.get().pk},
    )
    assert client.get(change).status_code == 403
    overview = client.get(reverse("reports_editor:strategy", kwargs={"pk": published.pk}))
    assert "Add a document" not in overview.content.decode()
