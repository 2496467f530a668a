"""Residents find a consultation from the home page, and from a consultation its strategy:
the draft while it is open, the published plan afterwards."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from consultations.models import Consultation
from tests.consultations.conftest import respond_url, results_url
from tests.factories import PartnershipFactory, StrategyFactory, open_consultation

pytestmark = pytest.mark.django_db


def test_the_home_page_lists_the_open_consultations(client, consultation):
    strategy = consultation.strategy
    closed = open_consultation(strategy, title="Last year's round")
    Consultation.objects.filter(pk=closed.pk).update(
        closes_at=timezone.now() - datetime.timedelta(days=1),
        opens_at=timezone.now() - datetime.timedelta(days=9),
    )
    on_a_draft = open_consultation(StrategyFactory(status="draft"), title="Not out yet")
    suspended = PartnershipFactory(suspended_at=timezone.now())
    hidden = open_consultation(
        StrategyFactory(partnership=suspended, status="consultation"), title="Suspended"
    )
    page = client.get(reverse("reports:home")).content.decode()
    listed = page.split('id="open-consultations"')[1].split("</section>")[0]
    assert f'href="{respond_url(consultation)}">{consultation.title}</a>' in listed
    assert strategy.partnership.display_name in listed
    assert f"on the draft {strategy.title}" in listed
    closes = timezone.localtime(consultation.closes_at)
    assert f"Open until {closes:%-d %B %Y} at {closes:%H:%M}." in listed
    for not_open in [closed, on_a_draft, hidden]:
        assert not_open.title not in listed


def test_the_home_page_queries_do_not_grow_with_open_consultations(client, consultation):
    counts = []
    for extra in (1, 6):
        for _ in range(extra):
            open_consultation(StrategyFactory(status="consultation"))
        with CaptureQueriesContext(connection) as queries:
            client.get(reverse("reports:home"), HTTP_COOKIE="messages=x")  # not from the cache
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_the_consultation_links_the_draft_it_asks_about(
    client, consultation, django_capture_on_commit_callbacks
):
    draft = reverse(
        "reports:consultation_draft",
        kwargs={
            "partnership_slug": consultation.strategy.partnership.slug,
            "slug": consultation.strategy.slug,
        },
    )
    assert f'href="{draft}"' in client.get(respond_url(consultation)).content.decode()

    # Closed, and its results published: the results and its page say what became of it.
    Consultation.objects.filter(pk=consultation.pk).update(
        closes_at=timezone.now() - datetime.timedelta(minutes=1), results_published=True
    )
    results = results_url(consultation)
    for url in (respond_url(consultation), results):
        page = client.get(url).content.decode()
        assert f"It asked about the draft {consultation.strategy.title}" in page
        assert f'href="{draft}"' not in page  # no longer public

    with django_capture_on_commit_callbacks(execute=True):  # as the change's commit would
        consultation.strategy.status = "published"
        consultation.strategy.save()
    for url in (respond_url(consultation), results):
        page = client.get(url).content.decode()
        assert f'href="{consultation.strategy.get_absolute_url()}"' in page
        assert f"read the {consultation.strategy.title}" in page
