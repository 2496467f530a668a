"""Figures and counts are shown with their thousands separated (3,460), decimals as they are
(62.5), on the pages and in the PDFs."""

import io
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.urls import reverse
from pypdf import PdfReader

from monitoring.models import Indicator, IndicatorValue, QuarterPublication
from tests.factories import user_with_role

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (3460, "3,460"),
        (Decimal("3460.00"), "3,460"),
        (Decimal("3.46E+3"), "3,460"),
        (Decimal("62.50"), "62.5"),
        (Decimal("62.5"), "62.5"),
        (Decimal("1234567.25"), "1,234,567.25"),
        (Decimal("-1234.10"), "-1,234.1"),
        (Decimal("0.00"), "0"),
        (0, "0"),
        (999, "999"),
        (None, ""),
    ],
)
def test_the_number_filter(value, shown):
    template = Template("{% load portal %}{{ value|number }}")
    assert template.render(Context({"value": value})) == shown


@pytest.fixture
def incidents(plan):
    indicator = Indicator.objects.create(
        strategy=plan,
        name="Anti-social behaviour incidents",
        unit="incidents",
        direction="lower",
        baseline=Decimal("3460"),
        target=Decimal("3100.50"),
    )
    IndicatorValue.objects.create(indicator=indicator, year=2021, quarter=1, value=Decimal(12345))
    IndicatorValue.objects.create(indicator=indicator, year=2021, quarter=2, value=Decimal("62.5"))
    QuarterPublication.objects.create(strategy=plan, year=2021, quarter=2)
    return indicator


def test_the_public_page_separates_thousands(client, plan, incidents):
    page = client.get(plan.get_absolute_url()).content.decode()
    assert "Baseline 3,460 incidents" in page
    assert "Target 3,100.5 incidents" in page
    assert ">12,345<" in page
    assert ">62.5<" in page
    assert "3.46E+3" not in page


def test_the_board_report_separates_thousands(client, plan, incidents):
    client.force_login(user_with_role(plan.partnership, "viewer"))
    url = reverse(
        "reports:board_report_pdf",
        kwargs={"partnership_slug": plan.partnership.slug, "slug": plan.slug, "quarter": "2021-Q2"},
    )
    pdf = client.get(url).content
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Baseline 3,460 incidents" in " ".join(text.split())
    assert "12,345" in text
