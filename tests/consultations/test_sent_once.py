"""A response is stored once, however often its form is sent (a double click, a retry),
and the page that says it was sent needs no database: it can never tell a resident whose
answers were stored that nothing was saved."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from consultations.models import Response
from tests.browsing import Visitor
from tests.consultations.conftest import respond_url as url
from tests.consultations.test_responding import answers

pytestmark = pytest.mark.django_db


def test_the_same_form_sent_twice_stores_one_response(client, consultation, settings):
    settings.CONSULTATION_RATE_LIMIT = "2/600"
    page = client.get(url(consultation)).content.decode()
    token = re.search(r'name="submission" value="([^"]+)"', page).group(1)
    sent = answers(consultation)
    first = Visitor(client).submit(url(consultation), sent, html=page)
    again = Visitor(client).submit(url(consultation), sent, html=page)  # the double click
    assert Response.objects.get().submission == token
    assert again["Location"] == first["Location"]  # the same reference, to the same page
    # Counted once against the limit: a second response from here is still accepted.
    fresh = client.get(url(consultation)).content.decode()
    Visitor(client).submit(url(consultation), sent, html=fresh)
    assert Response.objects.count() == 2


def test_the_confirmation_reads_nothing_from_the_database(client, consultation):
    sent = client.post(url(consultation), answers(consultation))
    reference = Response.objects.get().reference
    with CaptureQueriesContext(connection) as queries:
        page = client.get(sent["Location"])
    assert page.status_code == 200
    assert len(queries) == 0
    text = page.content.decode()
    assert reference in text
    assert consultation.strategy.partnership.display_name in text
    assert "Answers sent" in text


def test_a_confirmation_address_not_made_by_the_portal_is_not_found(client, consultation):
    assert client.get(sent_to(consultation, "made-up")).status_code == 404


def sent_to(consultation, payload: str) -> str:
    thanks = reverse(
        "consultations:thanks",
        kwargs={"partnership_slug": consultation.strategy.partnership.slug, "pk": consultation.pk},
    )
    return f"{thanks}?sent={payload}"
