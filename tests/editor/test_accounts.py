"""Signing in and out, and the demo accounts that `make run` creates."""

import io

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.http import HttpRequest
from django.urls import reverse

from demo.management.commands import demo_accounts
from partnerships.models import PartnershipRole
from partnerships.permissions import is_portal_administrator
from tests.factories import PartnershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_signing_in_lands_in_the_workspace_and_signing_out_leaves_it(client):
    user = UserFactory(username="kim")
    user.set_password("a long council passphrase")
    user.save()
    response = client.post(
        reverse("login"), {"username": "kim", "password": "a long council passphrase"}
    )
    assert response["Location"] == reverse("reports_editor:dashboard")
    page = client.get(reverse("reports_editor:dashboard")).content.decode()
    assert "You have no role in any partnership yet" in page
    assert "Sign out" in page
    response = client.post(reverse("logout"))
    assert response["Location"] == reverse("reports:home")
    assert client.get(reverse("reports_editor:dashboard")).status_code == 302


def test_a_wrong_password_is_an_error_summary_not_a_hint(client):
    UserFactory(username="kim")
    page = client.post(reverse("login"), {"username": "kim", "password": "guess"}).content
    assert b"There is a problem" in page
    assert b"Please enter a correct username and password" in page


def test_demo_accounts_only_with_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="development only"):
        call_command("demo_accounts")


def test_demo_accounts_give_roles_and_keep_their_passwords(settings, tmp_path, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setattr(demo_accounts, "ACCOUNTS_FILE", tmp_path / ".demo-accounts")
    PartnershipFactory(slug="wokingham")
    PartnershipFactory(slug="medway")
    call_command("demo_accounts", stdout=io.StringIO())
    first = (tmp_path / ".demo-accounts").read_text()
    call_command("demo_accounts", stdout=io.StringIO())
    assert (tmp_path / ".demo-accounts").read_text() == first
    roles = dict(PartnershipRole.objects.values_list("user__username", "role"))
    assert roles == {
        "medway.manager": "approver",
        "wokingham.manager": "approver",
        "wokingham.editor": "editor",
        "wokingham.scrutiny": "viewer",
    }
    admin = User.objects.get(username="portal.admin")
    assert is_portal_administrator(admin)
    assert not admin.is_staff
    assert not admin.partnership_roles.exists()
    username, password = first.splitlines()[0].split(" ")
    from django.test import Client

    # django-axes checks sign-ins against the request, so a test passes one.
    assert Client().login(request=HttpRequest(), username=username, password=password)
