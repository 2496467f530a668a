"""When a consultation opens and closes, as its editors see it: the questions lock when
residents could first answer, an approver closes it early, changing the dates of a live one
warns first, and publishing the results asks first."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from consultations.models import Consultation, Question
from tests.consultations.conftest import question
from tests.factories import user_with_role

pytestmark = pytest.mark.django_db


def detail(consultation):
    return reverse("consultations_editor:detail", kwargs={"pk": consultation.pk})


def test_questions_stay_open_while_the_strategy_is_a_draft_past_its_opening_time(
    client, consultation
):
    consultation.strategy.status = "draft"
    consultation.strategy.save()
    client.force_login(user_with_role(consultation.strategy.partnership, "editor"))
    page = client.get(detail(consultation)).content.decode()
    assert "Not open" in page
    assert "has opened" not in page
    assert "Add a question" in page

    concerns = question(consultation, "concerns")
    edit = reverse(
        "consultations_editor:question_edit",
        kwargs={"pk": consultation.pk, "question_pk": concerns.pk},
    )
    assert client.post(edit, {"kind": "concerns", "text": "Changed"}).status_code == 302
    assert Question.objects.get(pk=concerns.pk).text == "Changed"


def test_questions_lock_once_the_consultation_actually_opens(client, consultation):
    client.force_login(user_with_role(consultation.strategy.partnership, "editor"))
    page = client.get(detail(consultation)).content.decode()
    assert "Open</strong>" in page
    assert "Not open" not in page
    assert "The consultation has opened, so its questions can no longer change." in page
    assert "Add a question" not in page


def test_the_page_never_says_not_open_and_has_opened_together(client, consultation):
    """Every combination of status and dates says one thing."""
    client.force_login(user_with_role(consultation.strategy.partnership, "editor"))
    now = timezone.now()
    for status in ["draft", "consultation", "awaiting_approval"]:
        for opens, closes in [(-2, -1), (-1, 1), (1, 2)]:
            consultation.strategy.status = status
            consultation.strategy.save()
            Consultation.objects.filter(pk=consultation.pk).update(
                opens_at=now + datetime.timedelta(days=opens),
                closes_at=now + datetime.timedelta(days=closes),
            )
            page = client.get(detail(consultation)).content.decode()
            assert not ("Not open" in page and "has opened" in page), (status, opens, closes)
