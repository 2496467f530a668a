"""Every address the resolver knows, sent what a script or a careless link sends: NUL bytes,
numbers past what the database holds, words where numbers go, long strings, in the query
and in the path, as a visitor and as an approver of the partnership. Whatever arrives, the
answer is never a server error."""

import re

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import user_with_role
from tests.sweep import one_of_everything, public_records, swept_public_urls, swept_urls

pytestmark = pytest.mark.django_db

# What the portal's pages read from their addresses, and more.
PARAMS = ["q", "quarter", "with", "as_at", "page", "sort", "ref", "sent", "next", "year",
          "priority", "lead_subgroup", "lead_organisation", "four_p", "completeness",
          "question", "theme", "quotable", "words", "as_at_0", "as_at_1", "as_at_2", "kind",
          "status", "per_page", "format", "code"]  # fmt: skip
NASTY = ["\x00", "abc\x00", "9" * 30, "-1", "abc", "x" * 3000, "%", "2021-Q99",
         "9999999999-Q1", "1e999", "2021-02-30", " ", "\u202e<script>"]  # fmt: skip
TOO_BIG = "9" * 18  # an id the database could hold, of no record


@pytest.fixture
def addresses(demo, partnership_a, draft_a):
    public = [(name, url) for name, url, _view in swept_public_urls(public_records())]
    records = one_of_everything(partnership_a, draft_a)
    return public + [(name, url) for name, url, *_ in swept_urls(records)]


def no_server_error(client, method, url, data=None):
    response = getattr(client, method)(url, data or {})
    assert response.status_code < 500, (method, url, data and list(data)[:3], response.status_code)


@pytest.mark.parametrize("who", ["anonymous", "approver"])
def test_no_address_answers_a_server_error_whatever_its_query(addresses, partnership_a, who):
    client = Client(raise_request_exception=False)
    if who == "approver":
        client.force_login(user_with_role(partnership_a, "approver"))
    for _name, url in addresses:
        for value in NASTY:
            no_server_error(client, "get", url, dict.fromkeys(PARAMS, value))


def test_no_address_answers_a_server_error_for_a_record_there_is_not(addresses, partnership_a):
    client = Client(raise_request_exception=False)
    client.force_login(user_with_role(partnership_a, "approver"))
    for _name, url in addresses:
        for numbered in {re.sub(r"/\d+/", f"/{TOO_BIG}/", url), re.sub(r"/\d+/", "/0/", url),
                         re.sub(r"/\d+/", f"/{TOO_BIG}9/", url)}:  # fmt: skip
            if numbered != url:
                no_server_error(client, "get", numbered)


def test_no_form_answers_a_server_error_whatever_is_sent(addresses, partnership_a):
    client = Client(raise_request_exception=False)
    client.force_login(user_with_role(partnership_a, "approver"))
    for _name, url in addresses:
        for value in NASTY:
            no_server_error(client, "post", url, dict.fromkeys(PARAMS, value))


SEARCH = settings(max_examples=60, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip


@SEARCH
@given(q=st.text(max_size=200), quarter=st.text(max_size=40), with_=st.text(max_size=40))
def test_search_and_the_reports_whatever_their_words(client, q, quarter, with_):
    from django.urls import reverse

    client.raise_request_exception = False
    no_server_error(client, "get", reverse("reports:search"), {"q": q})
    no_server_error(client, "get", reverse("reports:home"), {"quarter": quarter, "with": with_})


def test_every_record_id_in_an_address_is_bounded():
    """<id:> takes what the database can hold; Django's <int:> takes any number of digits."""
    from tests.sweep import resolver_urls

    unbounded = [name for name, route, *_ in resolver_urls(lambda namespace: True)
                 if "<int:" in route]  # fmt: skip
    assert not unbounded
