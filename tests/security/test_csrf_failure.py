"""A form refused for its security token (a page left open too long, a session ended in
another tab) says why in plain words and loses nothing typed: the long forms (a strategy's
details, a consultation's answers) come back with what was typed, escaped, and a fresh token,
to send again. A form another site sends in someone's name is refused and never offered
back."""

import pytest
from django.test import Client
from django.urls import reverse

from consultations.models import Response
from tests.browsing import forms_of
from tests.consultations.conftest import consultation, field  # noqa: F401 (a fixture)
from tests.factories import PartnershipFactory, StrategyFactory, user_with_role

pytestmark = pytest.mark.django_db
HERE = "http://testserver"
STALE = "x" * 64  # the token of a page whose session has gone


def as_sent(html: str, *, having: str) -> tuple[str, dict]:
    """The page's form that has a control (or button) so named, as the browser sends it."""
    form = next(
        form
        for form in forms_of(html)
        if having in form.names or any(having in text for *_, text in form.buttons)
    )
    fields = {}
    for name, value in form.fields:
        fields.setdefault(name, []).append(value)
    return form.action, fields


def again(client, page) -> object:
    """The person presses 'Send it again': the form of the failure page, as it is."""
    action, fields = as_sent(page.content.decode(), having="Send it again")
    return client.post(action, fields, HTTP_ORIGIN=HERE)


def test_the_strategy_details_refused_for_their_token_come_back_to_send_again():
    strategy = StrategyFactory(partnership=PartnershipFactory(slug="borough-a"), status="draft")
    client = Client(enforce_csrf_checks=True)
    client.force_login(user_with_role(strategy.partnership, "editor"))
    edit = reverse("strategies_editor:edit", kwargs={"pk": strategy.pk})
    _action, data = as_sent(client.get(edit).content.decode(), having="summary")
    summary = "We will:\n- patrol the station <script>alert(1)</script>\n- fund Street Angels"
    data.update({"title": "Safer Borough 2025 to 2028", "summary": summary,
                 "csrfmiddlewaretoken": STALE})  # fmt: skip
    refused = client.post(edit, data, HTTP_ORIGIN=HERE)
    page = refused.content.decode()
    assert refused.status_code == 403
    assert "Your form was not sent" in page
    assert "nothing you typed is lost" in page
    assert "patrol the station &lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page
    assert STALE not in page
    strategy.refresh_from_db()
    assert strategy.summary != summary

    sent = again(client, refused)
    assert sent.status_code == 302, sent.content.decode()[:3000]
    strategy.refresh_from_db()
    assert (strategy.title, strategy.summary) == ("Safer Borough 2025 to 2028", summary)


def test_consultation_answers_refused_for_their_token_are_kept(consultation):  # noqa: F811
    client = Client(enforce_csrf_checks=True)
    respond = reverse(
        "consultations:respond",
        kwargs={"partnership_slug": consultation.strategy.partnership.slug, "pk": consultation.pk},
    )
    _action, data = as_sent(client.get(respond).content.decode(), having="website")
    data.update({
        field(consultation, "agreement", 0): "agree",
        field(consultation, "priority_comment", 0): "More patrols near the station, please",
        "csrfmiddlewaretoken": STALE,
    })  # fmt: skip
    refused = client.post(respond, data, HTTP_ORIGIN=HERE)
    assert refused.status_code == 403
    assert "More patrols near the station, please" in refused.content.decode()
    assert not Response.objects.exists()
    sent = again(client, refused)
    assert sent.status_code == 302
    answer = Response.objects.get().answers.get(question__kind="priority_comment")
    assert answer.text == "More patrols near the station, please"


def test_a_form_another_site_sends_is_explained_but_never_offered_back():
    strategy = StrategyFactory(partnership=PartnershipFactory(slug="borough-a"), status="draft")
    client = Client(enforce_csrf_checks=True)
    client.force_login(user_with_role(strategy.partnership, "editor"))
    edit = reverse("strategies_editor:edit", kwargs={"pk": strategy.pk})
    for where in ({"HTTP_ORIGIN": "https://evil.example"}, {}):
        refused = client.post(edit, {"title": "Hijacked plan"}, **where)
        page = refused.content.decode()
        assert refused.status_code == 403
        assert "Your form was not sent" in page
        assert "Hijacked plan" not in page
        assert "Send it again" not in page
