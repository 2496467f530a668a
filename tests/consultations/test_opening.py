"""When a consultation opens and closes, as its editors see it: the questions lock when
residents could first answer, an approver closes it early, changing the dates of a live one
warns first, and publishing the results asks first."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from consultations.models import Consultation, Question
from tests.consultations.conftest import question
from tests.factories import moment_fields, user_with_role

pytestmark = pytest.mark.django_db


def detail(consultation):
    return reverse("consultations_editor:detail", kwargs={"pk": consultation.pk})


def step_page(client, consultation, step, link):
    """The consultation's page links to the step with the link's words; the step's own page,
    which asks first."""
    page = client.get(detail(consultation)).content.decode()
    assert f'href="{step}">{link}</a>' in page
    return client.get(step).content.decode()


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


def test_an_approver_closes_it_now_after_confirming(client, consultation):
    from consultations.models import Response

    close = reverse("consultations_editor:close", kwargs={"pk": consultation.pk})
    editor = user_with_role(consultation.strategy.partnership, "editor")
    client.force_login(editor)
    assert "Close it now" not in client.get(detail(consultation)).content.decode()
    assert client.get(close).status_code == 403
    assert client.post(close).status_code == 403

    client.force_login(user_with_role(consultation.strategy.partnership, "approver"))
    page = step_page(client, consultation, close, "Close it now")
    assert '<h1 class="govuk-heading-xl">Close the consultation now</h1>' in page
    assert "residents can no longer answer" in page
    consultation.refresh_from_db()
    assert consultation.is_open()  # asking closes nothing

    response = client.post(close, follow=True)
    assert "The consultation is closed. Residents can no longer answer it." in (
        response.content.decode()
    )
    consultation.refresh_from_db()
    assert not consultation.is_open()
    assert consultation.has_closed()
    assert timezone.now() - consultation.closes_at < datetime.timedelta(minutes=1)
    respond = reverse(
        "consultations:respond",
        kwargs={"partnership_slug": consultation.strategy.partnership.slug, "pk": consultation.pk},
    )
    assert client.post(respond, {"email": ""}).status_code == 403
    assert not Response.objects.exists()
    # Closed already: the page says so and goes back.
    page = client.get(close, follow=True).content.decode()
    assert "Only an open consultation can be closed." in page


def test_new_dates_for_a_live_consultation_warn_before_saving(client, consultation):
    client.force_login(user_with_role(consultation.strategy.partnership, "editor"))
    edit = reverse("consultations_editor:edit", kwargs={"pk": consultation.pk})
    assert "Residents are answering this consultation now" in client.get(edit).content.decode()
    stored = consultation.closes_at

    def form(closes_in_days, **extra):
        closes = timezone.localtime(timezone.now() + datetime.timedelta(days=closes_in_days))
        return {
            "title": consultation.title,
            **moment_fields("opens_at", consultation.opens_at),
            **moment_fields("closes_at", closes),
            "channel": "online_survey",
            **extra,
        }

    # The dates as the form shows them (to the minute), with a new title: saved at once.
    unchanged = moment_fields("closes_at", stored)
    assert client.post(edit, {**form(3), "title": "Renamed", **unchanged}).status_code == 302
    consultation.refresh_from_db()
    stored = consultation.closes_at

    page = client.post(edit, form(3)).content.decode()
    assert "The new dates are not saved yet" in page
    assert "Residents have less time: they can answer until" in page
    assert "Save the new dates" in page
    confirmed = re.search(r'name="dates_confirmed" value="([^"]+)"', page).group(1)
    consultation.refresh_from_db()
    assert consultation.closes_at == stored

    # A confirmation of other dates than those sent: asked again, and nothing saved.
    page = client.post(edit, form(10, dates_confirmed=confirmed)).content.decode()
    assert "Residents have longer" in page
    consultation.refresh_from_db()
    assert consultation.closes_at == stored

    page = client.post(edit, form(-0.5)).content.decode()
    assert "It closes at once" in page

    assert client.post(edit, form(3, dates_confirmed=confirmed)).status_code == 302
    consultation.refresh_from_db()
    assert consultation.closes_at < stored


def test_publishing_the_results_asks_first(client, consultation):
    publish = reverse("consultations_editor:publish", kwargs={"pk": consultation.pk})
    client.force_login(user_with_role(consultation.strategy.partnership, "approver"))
    page = client.get(publish, follow=True).content.decode()
    assert "Results can be published once the consultation has closed." in page

    Consultation.objects.filter(pk=consultation.pk).update(
        closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    page = step_page(client, consultation, publish, "Publish the results")
    assert "Anyone will be able to read the results" in page
    assert "groups of fewer than 5 people withheld" in page
    consultation.refresh_from_db()
    assert not consultation.results_published
    client.post(publish)
    consultation.refresh_from_db()
    assert consultation.results_published
