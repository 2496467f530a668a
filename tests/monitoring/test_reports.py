"""The board report and the scrutiny pack, rendered by WeasyPrint and read back."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from scrutiny.models import ScrutinyRecommendation, ScrutinyReview
from strategies.models import Strategy
from tests.factories import user_with_role

pytestmark = pytest.mark.django_db


def text_of(pdf: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )


@pytest.fixture
def woking(demo):
    """Woking's plan, with the demo's illustrative year of progress and indicators."""
    return Strategy.objects.get(partnership__slug="woking", status="published")


def download(client, strategy, name, **kwargs):
    client.force_login(user_with_role(strategy.partnership, "viewer"))
    url = reverse(
        name,
        kwargs={"partnership_slug": strategy.partnership.slug, "slug": strategy.slug, **kwargs},
    )
    response = client.get(url)
    assert response["Content-Type"] == "application/pdf"
    return response


def test_board_report(client, woking):
    response = download(client, woking, "reports:board_report_pdf", quarter="2021-Q4")
    assert "board-report-2021-q4" in response["Content-Disposition"]
    text = text_of(response.content)
    assert "Quarterly board report: Q4 2021/22 (January to March 2022)" in text
    for heading in [
        "Summary by priority",
        "Every action, red and amber first",
        "Performance indicators",
        "Late and missing updates",
    ]:
        assert heading in text
    # ASB's five actions follow the demo's patterns 0 to 4: at Q4, complete, green, amber,
    # green, green (red, amber, green, complete, not started, no update).
    assert "Antisocial behaviour (ASB) 0 1 3 1 0 0" in text
    assert "Residential burglaries" in text
    assert "Trend: improving; target met" in text
    assert "Entered after the quarter closed" in text
    # Red and amber come first within a priority.
    asb = text.index("Actions under Antisocial behaviour (ASB) in Q4 2021/22")
    assert text.index("Amber", asb) < text.index("Green", asb)


def test_a_bad_quarter_is_not_found(client, woking):
    client.force_login(user_with_role(woking.partnership, "viewer"))
    url = reverse(
        "reports:board_report_pdf",
        kwargs={"partnership_slug": "woking", "slug": woking.slug, "quarter": "2021-Q9"},
    )
    assert client.get(url).status_code == 404


def test_scrutiny_pack(client, woking):
    review = ScrutinyReview.objects.filter(partnership=woking.partnership).first()
    ScrutinyRecommendation.objects.create(
        review=review,
        text="Report knife crime figures each quarter",
        status="in_progress",
        response="Added as an indicator",
    )
    text = text_of(download(client, woking, "reports:scrutiny_report_pdf").content)
    for heading in [
        "Milestones: planned and actual",
        "Risks",
        "Scrutiny history",
        "A year of progress",
        "Performance indicators",
        "Statutory checklist",
        "The strategy",
    ]:
        assert heading in text
    # The 19 actions through the demo's five patterns: at Q4, 4 amber, 11 green, 4 complete.
    assert "Q4 2021/22 (January to March 2022) 0 4 11 4 0 0" in text
    assert "Report knife crime figures each quarter In progress" in text
    assert "Added as an indicator" in text
    assert "Every responsible authority is a member" in text
    assert "The police: Surrey Police" in text
    # Sources wrap in narrow cells ("s. 5(1)"): compare without spaces.
    squeezed = text.replace(" ", "")
    assert "CrimeandDisorderAct1998,s.5(1)" in squeezed
    assert "Police,Crime,SentencingandCourtsAct2022,s.8" in squeezed
