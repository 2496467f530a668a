"""Residents answer a consultation: the form, its errors, the dates, and abuse."""

import datetime
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from consultations import services
from consultations.forms import ResponseForm, normalise_area
from consultations.models import Answer, Consultation, Response, UpdateRequest
from tests.consultations.conftest import field, respond_url
from tests.pages import assert_page_says

pytestmark = pytest.mark.django_db
LONDON = zoneinfo.ZoneInfo("Europe/London")


def answers(consultation, **extra):
    data = {
        field(consultation, "agreement", 0): "strongly_agree",
        field(consultation, "agreement", 1): "disagree",
        field(consultation, "priority_comment", 0): "More patrols near the station",
        field(consultation, "area"): "rg40 1ab",
        field(consultation, "respondent_type"): "resident",
        field(consultation, "age_band"): "35_44",
    }
    data.update(extra)
    return data


def test_a_response_is_stored_with_a_reference(client, consultation):
    response = client.post(
        respond_url(consultation), answers(consultation, email="Kim@Example.org")
    )
    assert response.status_code == 302
    stored = Response.objects.get()
    assert {(a.question.kind, a.choice, a.text) for a in stored.answers.all()} == {
        ("agreement", "strongly_agree", ""),
        ("agreement", "disagree", ""),
        ("priority_comment", "", "More patrols near the station"),
        ("area", "RG40", ""),  # a full postcode is cut to its first part
        ("respondent_type", "resident", ""),
        ("age_band", "35_44", ""),
    }
    assert UpdateRequest.objects.get().email == "kim@example.org"
    # Who answered and where, kept on the response for the breakdowns.
    assert (stored.respondent_type, stored.area) == ("resident", "RG40")
    page = client.get(response["Location"]).content.decode()
    assert "Answers sent" in page
    assert stored.reference in page


def test_an_error_returns_everything_the_respondent_entered(client, consultation):
    data = answers(
        consultation,
        **{
            field(consultation, "agreement", 1): "not-a-choice",
            field(consultation, "concerns"): "x" * 2001,
        },
    )
    response = client.post(respond_url(consultation), data)
    assert_page_says(
        response,
        "There is a problem",
        "Choose one of the answers given",
        "Keep the answer to 2000 characters or fewer (it has 2001)",
        "More patrols near the station",
        'value="rg40 1ab"',
        'value="strongly_agree" checked',
        "x" * 2001,
    )
    assert not Response.objects.exists()


def test_a_required_question_must_be_answered(client, consultation):
    consultation.questions.filter(kind="respondent_type").update(required=True)
    data = answers(consultation)
    del data[field(consultation, "respondent_type")]
    page = client.post(respond_url(consultation), data).content.decode()
    assert "Choose an answer" in page
    assert f'href="#id_{field(consultation, "respondent_type")}_0"' in page
    assert not Response.objects.exists()


@pytest.mark.parametrize(
    ("opens", "closes", "message"),
    [
        (+1, +8, "This consultation opens on"),
        (-8, -1, "This consultation is closed"),
    ],
)
def test_outside_its_dates_the_form_is_closed_and_posts_are_refused(
    client, consultation, opens, closes, message
):
    now = timezone.now()
    Consultation.objects.filter(pk=consultation.pk).update(
        opens_at=now + datetime.timedelta(days=opens),
        closes_at=now + datetime.timedelta(days=closes),
    )
    page = client.get(respond_url(consultation)).content.decode()
    assert message in page
    assert "<form" not in page.split('id="main-content"')[1]
    response = client.post(respond_url(consultation), answers(consultation))
    assert response.status_code == 403
    assert not Response.objects.exists()


def test_a_strategy_not_out_for_consultation_takes_no_responses(client, consultation):
    consultation.strategy.status = "awaiting_approval"
    consultation.strategy.save()
    assert client.post(respond_url(consultation), answers(consultation)).status_code == 403
    consultation.strategy.status = "draft"
    consultation.strategy.save()
    assert client.get(respond_url(consultation)).status_code == 404  # a draft's is not even seen


def test_the_dates_are_uk_time_across_the_clock_change(consultation):
    # Wokingham's: 22 February (GMT) to 31 March 2021 at 23:59 (BST, after 28 March).
    consultation.opens_at = datetime.datetime(2021, 2, 22, 9, 0, tzinfo=LONDON)
    consultation.closes_at = datetime.datetime(2021, 3, 31, 23, 59, tzinfo=LONDON)
    at = lambda *a: datetime.datetime(*a, tzinfo=LONDON)  # noqa: E731
    assert not consultation.is_open(at(2021, 2, 22, 8, 59))
    assert consultation.is_open(at(2021, 2, 22, 9, 0))
    assert consultation.is_open(at(2021, 3, 31, 23, 58))
    assert not consultation.is_open(at(2021, 3, 31, 23, 59))
    # 23:59 BST is 22:59 UTC.
    assert consultation.closes_at.astimezone(datetime.UTC).hour == 22


def test_the_honeypot_drops_the_response_quietly(client, consultation):
    response = client.post(respond_url(consultation), answers(consultation, website="http://spam"))
    assert response.status_code == 302
    assert not Response.objects.exists()


def test_rate_limit_refuses_more_and_keeps_the_answers(client, consultation, settings):
    settings.CONSULTATION_RATE_LIMIT = "2/600"
    for _ in range(2):
        assert client.post(respond_url(consultation), answers(consultation)).status_code == 302
    response = client.post(respond_url(consultation), answers(consultation))
    assert response.status_code == 429
    page = response.content.decode()
    assert "Only 2 responses can be sent from one place in 10 minutes" in page
    assert "More patrols near the station" in page
    assert Response.objects.count() == 2
    # Another client is not affected.
    other = client.post(respond_url(consultation), answers(consultation), REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


def test_an_oversized_body_is_refused(client, consultation, settings):
    settings.CONSULTATION_MAX_BODY = 1000
    response = client.post(
        respond_url(consultation),
        answers(consultation, **{field(consultation, "concerns"): "y" * 1500}),
    )
    assert response.status_code == 413
    assert not Response.objects.exists()


def test_a_failure_mid_save_stores_nothing(consultation, monkeypatch):
    form = ResponseForm(
        answers(consultation, email="kim@example.org"), questions=consultation.questions.all()
    )
    assert form.is_valid()

    def fail(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(UpdateRequest.objects, "get_or_create", fail)
    with pytest.raises(RuntimeError):
        services.response_submit(
            consultation=consultation, answers=form.answers(), email=form.cleaned_data["email"]
        )
    assert not Response.objects.exists()
    assert not Answer.objects.exists()


def test_csrf_is_required(consultation):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(
        respond_url(consultation), answers(consultation)
    )
    assert response.status_code == 403
    assert not Response.objects.exists()


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("rg40 1ab", "RG40"),
        ("RG401AB", "RG40"),
        ("rg40", "RG40"),
        ("  Finchampstead  North ", "Finchampstead North"),
    ],
)
def test_areas_keep_no_more_than_the_postcode_district(typed, kept):
    assert normalise_area(typed) == kept


def test_the_open_consultation_is_linked_from_the_partnership_and_strategy_pages(
    client, consultation
):
    from tests.factories import StrategyFactory

    published = StrategyFactory(partnership=consultation.strategy.partnership, status="published")
    for page_url in [
        consultation.strategy.partnership.get_absolute_url(),
        published.get_absolute_url(),
    ]:
        page = client.get(page_url).content.decode()
        assert "Have your say" in page
        assert respond_url(consultation) in page


def test_an_empty_form_is_an_error_not_a_response(client, consultation):
    first = consultation.questions.order_by("order", "pk").first()
    response = client.post(respond_url(consultation), {"email": "", "website": ""})
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert f'<a href="#id_q{first.pk}_0">Answer at least one question</a>' in page
    assert not Response.objects.exists()
    # Only an e-mail address for news is still nothing answered.
    client.post(respond_url(consultation), {"email": "kim@example.org"})
    assert not Response.objects.exists()
    assert not UpdateRequest.objects.exists()


def test_an_empty_paper_response_is_an_error(client, consultation):
    from tests.factories import user_with_role

    client.force_login(user_with_role(consultation.strategy.partnership, "editor"))
    paper = reverse("consultations_editor:paper_response", kwargs={"pk": consultation.pk})
    page = client.post(paper, {}).content.decode()
    assert "Answer at least one question" in page
    assert not Response.objects.exists()
    with pytest.raises(ValidationError, match="Answer at least one question"):
        services.response_submit(consultation=consultation, answers=[])
