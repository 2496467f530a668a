"""The reminders page of the workspace, the unsubscribe page's refusals, and the
dashboard's "needs your attention" listing what the e-mails say."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from notifications.models import Delivery, Kind, Preference
from notifications.tokens import unsubscribe_token
from strategies.models import StrategyTransition

pytestmark = pytest.mark.django_db
PAGE = "/editor/reminders/"


def signed_in(client, username):
    user = User.objects.get(username=username)
    client.force_login(user)
    return user


def test_the_page_lists_each_partnership_of_the_person_with_every_kind_on(client, world):
    assert reverse("notifications_editor:preferences") == PAGE
    signed_in(client, "editor-a")
    page = client.get(PAGE).content.decode()
    assert "Borough A" in page
    assert "Borough B" not in page
    assert page.count('type="checkbox"') == len(Kind.values)
    assert page.count(" checked") == len(Kind.values) + 1  # and single e-mails


def test_choices_are_saved_for_that_partnership_only(client, world):
    signed_in(client, "editor-a")
    a, b = world["a"].pk, world["b"].pk
    response = client.post(
        PAGE,
        {f"kinds_{a}": [Kind.MILESTONES], f"delivery_{a}": "digest", f"kinds_{b}": []},
    )
    assert response.status_code == 302
    chosen = {p.kind: (p.enabled, p.delivery) for p in Preference.objects.all()}
    assert chosen[Kind.MILESTONES] == (True, Delivery.DIGEST)
    assert chosen[Kind.PROGRESS] == (False, Delivery.DIGEST)
    assert not Preference.objects.filter(partnership=world["b"]).exists()
    page = client.get(PAGE).content.decode()
    assert "Your reminder choices are saved." in page
    assert page.count(" checked") == 2


def test_a_choice_left_out_is_asked_for_and_what_was_ticked_kept(client, world):
    signed_in(client, "editor-a")
    a = world["a"].pk
    response = client.post(PAGE, {f"kinds_{a}": [Kind.STATUTORY], f"delivery_{a}": "hourly"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "There is a problem" in page
    assert f'value="{Kind.STATUTORY}" checked' in page
    assert not Preference.objects.exists()


def test_without_an_address_the_page_says_nothing_is_sent(client, world):
    user = signed_in(client, "viewer-a")
    user.email = ""
    user.save()
    assert "Your account has no e-mail address" in client.get(PAGE).content.decode()
    assert client.post(PAGE, {}).status_code == 400


@pytest.mark.parametrize(
    "token",
    [
        "nonsense",
        unsubscribe_token("a@b.org", 1, "progress")[:-2] + "xx",  # tampered
        unsubscribe_token("a@b.org", 2**40, "progress"),  # no such partnership
    ],
)
def test_an_unsubscribe_link_that_does_not_work_says_so(client, world, token):
    url = reverse("notifications:unsubscribe", kwargs={"token": token})
    for response in (client.get(url), client.post(url)):
        assert response.status_code == 404
        assert "This link does not work" in response.content.decode()
    assert not Preference.objects.exists()


def test_an_unsubscribe_link_of_a_kind_the_portal_does_not_send_is_refused(client, world):
    token = unsubscribe_token("a@b.org", world["a"].pk, "gossip")
    assert (
        client.get(reverse("notifications:unsubscribe", kwargs={"token": token})).status_code == 404
    )


def test_the_workspace_lists_what_the_emails_say(client, world):
    editor = User.objects.get(username="editor-a")
    StrategyTransition.objects.create(
        strategy=world["plan a"], from_status="draft", to_status="awaiting_approval", by=editor
    )
    signed_in(client, "approver-a")
    page = client.get(reverse("reports_editor:dashboard")).content.decode()
    assert "Strategies awaiting approval, returned or published" in page
    assert "Awaiting your approval: Plan A" in page
    assert PAGE in page
    signed_in(client, "approver-b")
    assert (
        "Awaiting your approval"
        not in client.get(reverse("reports_editor:dashboard")).content.decode()
    )
    signed_in(client, "editor-a")  # who sent it
    assert (
        "Awaiting your approval"
        not in client.get(reverse("reports_editor:dashboard")).content.decode()
    )
