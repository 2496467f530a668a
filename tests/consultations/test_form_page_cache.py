"""The blank consultation form is rendered once and kept, as a public page is: every
resident still gets a CSRF token and a one-time submission id of their own, the form they
get is accepted, and an edit of a question shows at once.

Transactional: cached pages are retired when an edit commits."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from consultations.models import Response
from tests.consultations.conftest import field

pytestmark = pytest.mark.django_db(transaction=True)


def url(consultation):
    return reverse(
        "consultations:respond",
        kwargs={"partnership_slug": consultation.strategy.partnership.slug, "pk": consultation.pk},
    )


def hidden(page: str, name: str) -> str:
    return re.search(rf'name="{name}" value="([^"]+)"', page).group(1)


def visit(client, consultation) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url(consultation))
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_each_resident_gets_their_own_tokens_and_the_form_they_get_is_accepted(consultation):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    rendered, page = visit(first, consultation)
    kept, again = visit(second, consultation)
    assert kept < rendered  # the questions are not read again
    assert "portal-slot" not in page + again
    assert hidden(page, "csrfmiddlewaretoken") != hidden(again, "csrfmiddlewaretoken")
    assert hidden(page, "submission") != hidden(again, "submission")
    assert re.sub(r'value="[^"]+"', "", page) == re.sub(r'value="[^"]+"', "", again)

    response = second.post(
        url(consultation),
        {
            "csrfmiddlewaretoken": hidden(again, "csrfmiddlewaretoken"),
            "submission": hidden(again, "submission"),
            field(consultation, "concerns"): "Speeding on the high street",
        },
    )
    assert response.status_code == 302
    assert Response.objects.get().submission == hidden(again, "submission")


def test_an_edited_question_shows_at_once(client, consultation):
    _queries, page = visit(client, consultation)
    question = consultation.questions.get(kind="concerns")
    assert question.text in page
    question.text = "What worries you most about your street?"
    question.save()
    _queries, page = visit(client, consultation)
    assert "What worries you most about your street?" in page


def test_signed_in_people_get_the_form_rendered_for_them(client, consultation, django_user_model):
    client.force_login(django_user_model.objects.create_user("officer"))
    rendered, _page = visit(client, consultation)
    again, _page = visit(client, consultation)
    assert again == rendered
