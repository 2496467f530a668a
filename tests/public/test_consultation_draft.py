"""The draft a consultation asks about is public while the consultation is open: on a page
and in a PDF marked as a draft for consultation on every page, linked from the consultation
form; before it opens and once it closes, it is not found."""

import datetime
import io
import time

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from tests.factories import PriorityFactory, StrategyFactory, open_consultation

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    strategy = StrategyFactory(status="consultation", slug="draft-plan", title="Draft Plan 2025")
    for i in range(12):  # enough for a PDF of several pages
        PriorityFactory(strategy=strategy, title=f"Draft priority {i}", description="Text. " * 300)
    return strategy


def urls(strategy):
    kwargs = {"partnership_slug": strategy.partnership.slug, "slug": strategy.slug}
    return reverse("reports:consultation_draft", kwargs=kwargs), reverse(
        "reports:consultation_draft_pdf", kwargs=kwargs
    )


def test_the_draft_is_public_and_marked_while_its_consultation_is_open(client, draft):
    page_url, pdf_url = urls(draft)
    assert client.get(page_url).status_code == 404  # no consultation open yet
    consultation = open_consultation(draft)
    page = client.get(page_url).content.decode()
    assert "<title>Draft for consultation: Draft Plan 2025" in page
    assert "not its adopted plan" in page
    assert "Draft priority 11" in page
    form = client.get(
        reverse(
            "consultations:respond",
            kwargs={"partnership_slug": draft.partnership.slug, "pk": consultation.pk},
        )
    ).content.decode()
    assert page_url in form  # the form links to what it asks about
    response = client.get(pdf_url)
    pdf = PdfReader(io.BytesIO(response.content))
    assert len(pdf.pages) > 2
    for number, pdf_page in enumerate(pdf.pages, start=1):
        text = " ".join(pdf_page.extract_text().split())
        assert "DRAFT FOR CONSULTATION" in text, number
        if number > 1:
            assert "Draft for consultation until" in text, number
    assert draft.get_absolute_url() != page_url
    assert client.get(draft.get_absolute_url()).status_code == 404  # not published


def test_the_draft_stops_being_public_when_its_consultation_closes(client, draft):
    consultation = open_consultation(draft)
    page_url, pdf_url = urls(draft)
    consultation.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    consultation.save()
    assert client.get(page_url).status_code == 404
    assert client.get(pdf_url).status_code == 404


def test_a_cached_draft_is_not_served_once_its_consultation_has_closed(client, draft):
    """Closing by the clock alone moves no content version: the cached page must not
    outlive the consultation (it was kept for up to five minutes more)."""
    consultation = open_consultation(draft)
    type(consultation).objects.filter(pk=consultation.pk).update(
        closes_at=timezone.now() + datetime.timedelta(seconds=2)
    )
    page_url, _pdf_url = urls(draft)
    assert client.get(page_url).status_code == 200  # and cached, for two seconds at most
    time.sleep(2.5)
    assert client.get(page_url).status_code == 404
