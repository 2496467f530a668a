"""The board report and the scrutiny pack, rendered by WeasyPrint and read back."""

import datetime
import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from csp_portal.fiscal import Quarter
from partnerships.models import BoardMeeting
from reports.pdfs import Kind, strategy_pdf_html
from scrutiny.models import ScrutinyRecommendation, ScrutinyReview
from strategies.models import Strategy, StrategyTransition
from tests.factories import PriorityFactory, ScrutinyReviewFactory, StrategyFactory, user_with_role
from tests.pages import assert_says

pytestmark = pytest.mark.django_db
D = datetime.date


def text_of(pdf: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )


@pytest.fixture
def woking(demo):
    """Woking's plan, with the demo's illustrative year of progress and indicators."""
    return Strategy.objects.get(partnership__slug="woking", status="published")


def download(client, strategy, name, as_at=None, **kwargs):
    client.force_login(user_with_role(strategy.partnership, "viewer"))
    url = reverse(
        name,
        kwargs={"partnership_slug": strategy.partnership.slug, "slug": strategy.slug, **kwargs},
    )
    response = client.get(url, {"as_at": as_at} if as_at else {})
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


def test_a_board_report_for_a_quarter_not_begun_is_not_found(client, woking):
    client.force_login(user_with_role(woking.partnership, "viewer"))
    current = Quarter.current()
    following = Quarter(current.year + (current.number == 4), current.number % 4 + 1)
    for quarter, status in [(current, 200), (following, 404)]:
        url = reverse(
            "reports:board_report_pdf",
            kwargs={"partnership_slug": "woking", "slug": woking.slug, "quarter": quarter.slug},
        )
        assert client.get(url).status_code == status


def test_a_board_report_over_no_actions_says_there_are_none(db):
    plan = StrategyFactory(status="published")
    html = strategy_pdf_html(plan, Kind.BOARD_REPORT, Quarter(2021, 2))
    assert "has no actions recorded, so there is no progress to report" in html
    assert "Every action has an update" not in html


def test_the_scrutiny_pack_says_what_changed_and_how_the_revision_was_decided(db):
    older = StrategyFactory(status="superseded", period_start_year=2021, period_end_year=2024)
    PriorityFactory(strategy=older, title="Reduce burglary", order=1)
    PriorityFactory(strategy=older, title="Tackle drugs", order=2)
    newer = StrategyFactory(
        partnership=older.partnership,
        supersedes=older,
        revision=2,
        period_start_year=2022,
        period_end_year=2025,
        published_on=D(2022, 7, 1),
    )
    PriorityFactory(strategy=newer, title="Tackle drugs", order=1)
    PriorityFactory(strategy=newer, title="Reduce serious violence", order=2)
    approver = user_with_role(newer.partnership, "approver")
    approver.first_name, approver.last_name = "Sam", "Lee"
    approver.save()
    meeting = BoardMeeting.objects.create(partnership=newer.partnership, held_on=D(2022, 6, 20))
    StrategyTransition.objects.create(
        strategy=newer,
        from_status="awaiting_approval",
        to_status="approved",
        by=approver,
        decision_meeting=meeting,
        decision_reference="Minute 12",
    )
    ScrutinyReviewFactory(partnership=newer.partnership, meeting_on=D(2022, 3, 1))
    html = strategy_pdf_html(newer, Kind.SCRUTINY_REPORT, as_at=D(2022, 3, 10))
    assert_says(
        html,
        "What changed since the plan it replaces",
        "Added: ‘Reduce serious violence’",
        "Removed: ‘Reduce burglary’",
        "How this revision was consulted on, approved and published",
        "No consultation on this revision is recorded.",
        "Sam Lee",
        "Board meeting of 20 June 2022",
        "Reference: Minute 12",
        "judged as at 10 March 2022",
    )


def test_the_scrutiny_pack_judges_the_duties_as_at_its_meeting(client, woking):
    """Read back from the PDF: the pack for Woking's committee of 22 March 2021 says the
    day its duties are judged on."""
    text = text_of(
        download(client, woking, "reports:scrutiny_report_pdf", as_at="2021-03-22").content
    )
    assert "judged as at 22 March 2021" in text
    assert "judged as at 22 March 2021" not in text_of(
        download(client, woking, "reports:scrutiny_report_pdf").content
    )
