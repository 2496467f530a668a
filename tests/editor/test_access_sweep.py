"""Every editor URL the resolver knows, swept as someone who should not get in: anonymous
(to the sign-in page), a manager of another partnership (404, never a hint it exists) and a
viewer writing (403). The URL names come from the resolver, so a new page cannot ship
unswept: a URL name this test has no arguments for fails it."""

import pytest
from django.urls import reverse

from partnerships import permissions
from scrutiny.models import ScrutinyReview
from tests.factories import StrategyFactory, user_with_role
from tests.sweep import editor_urls, one_of_everything, swept_urls
from tests.tables import row_counts

pytestmark = pytest.mark.django_db


@pytest.fixture
def swept(partnership_a, draft_a):
    return swept_urls(one_of_everything(partnership_a, draft_a))


def is_portal_page(url: str) -> bool:
    """The portal administrators' pages: for their group alone (403), not a partnership's."""
    return url.startswith(reverse("partnerships_editor:portal"))


def plan_row_counts() -> dict[str, int]:
    return row_counts(
        {"partnerships", "subgroups", "strategies", "consultations", "monitoring", "scrutiny"}
    )


def test_every_editor_url_is_swept():
    names = {name for name, *_rest in editor_urls()}
    namespaces = {name.split(":")[0] for name in names}
    assert namespaces == {
        "partnerships_editor",
        "subgroups_editor",
        "strategies_editor",
        "consultations_editor",
        "monitoring_editor",
        "scrutiny_editor",
        "reports_editor",
        "notifications_editor",
    }
    assert "strategies_editor:priority_restore" in names
    assert "partnerships_editor:member_add" in names
    assert "scrutiny_editor:recommendation_delete" in names
    assert "reports_editor:partnership_history" in names


def test_every_editor_url_turns_away_anonymous_users(client, swept):
    for name, url, *_ in swept:
        for response in (client.get(url), client.post(url, {"title": "x", "to": "consultation"})):
            assert response.status_code == 302, name
            assert response["Location"].startswith(reverse("login")), name


def test_another_partnerships_manager_finds_nothing_by_editing_urls(client, swept, draft_a):
    other = user_with_role(StrategyFactory().partnership, "approver")
    client.force_login(other)
    before = plan_row_counts()
    for name, url, has_object, _view in swept:
        if is_portal_page(url):
            expected = 403
        elif has_object:
            expected = 404
        else:
            continue  # the dashboard: their own
        assert client.get(url).status_code in (expected, 405), name
        assert client.post(url, {"title": "x", "to": "consultation"}).status_code == expected, name
    assert plan_row_counts() == before
    draft_a.refresh_from_db()
    assert draft_a.status == "draft"


def test_a_viewer_is_refused_every_write(client, swept, partnership_a):
    """All but recording scrutiny, which the scrutiny officers and councillors do, and
    choosing one's own reminders."""
    client.force_login(user_with_role(partnership_a, "viewer"))
    before = plan_row_counts()
    for name, url, _has_object, view in swept:
        if is_portal_page(url):
            expected = 403
        elif not hasattr(view, "post"):
            expected = 405
        elif getattr(view, "needs", None) in (permissions.READ, permissions.SIGNED_IN):
            continue  # scrutiny, and one's own reminders: the viewer may write
        else:
            expected = 403
        response = client.post(url, {"title": "x", "to": "consultation", "email": "a@b.org"})
        assert response.status_code == expected, name
    assert plan_row_counts() == before


def test_a_viewer_records_scrutiny(client, partnership_a):
    client.force_login(user_with_role(partnership_a, "viewer"))
    response = client.post(
        reverse("scrutiny_editor:review_add", kwargs={"slug": partnership_a.slug}),
        {
            "committee": "Overview and Scrutiny Committee",
            "meeting_on_0": "",
            "meeting_on_1": "3",
            "meeting_on_2": "2021",
            "outcome": "endorsed",
        },
    )
    assert response.status_code == 302
    review = ScrutinyReview.objects.get(partnership=partnership_a)
    assert str(review.meeting) == "March 2021"
