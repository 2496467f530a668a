"""The summary numbers, who sees the results when, moderation, exports and the set-up."""

import csv
import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from consultations.models import Answer, Consultation, Question, Response, new_reference
from consultations.results import consultation_results, percent
from tests.consultations.conftest import question, respond, results_url
from tests.factories import moment_fields, user_with_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def answered(consultation):
    """Eight responses with known answers."""
    rows = [
        ("strongly_agree", "resident", "RG40"),
        ("strongly_agree", "resident", "RG40"),
        ("strongly_agree", "business", "RG41"),
        ("agree", "resident", "RG41"),
        ("agree", "partner", "RG40"),
        ("disagree", "resident", "RG40"),
        ("dont_know", "business", "RG41"),
        ("neither", "resident", "RG40"),
    ]
    for agreement, who, area in rows:
        respond(consultation, agreement0=agreement, respondent_type=who, area=area)
    respond(consultation, concerns="Speeding on the A329", age_band="35_44")  # no agreement
    return consultation


def test_percentages_are_whole_and_round_half_up():
    assert [percent(1, 8), percent(5, 8), percent(2, 3), percent(1, 3), percent(0, 0)] == [
        13,
        63,
        67,
        33,
        0,
    ]


def test_summary_numbers_against_known_responses(answered):
    results = consultation_results(answered)
    assert results.responses == 9
    first = results.agreement[0]
    assert first.question.priority.title == "Reduce violence"
    assert first.answered == 8
    assert [(b.label, b.count, b.percent) for b in first.bars] == [
        ("Strongly agree", 3, 38),
        ("Agree", 2, 25),
        ("Neither agree nor disagree", 1, 13),
        ("Disagree", 1, 13),
        ("Strongly disagree", 0, 0),
        ("Don’t know", 1, 13),
    ]
    assert first.agree_percent == 63  # 5 of 8
    second = results.agreement[1]
    assert (second.answered, second.agree_percent) == (0, 0)

    by_type = results.by_respondent_type
    assert [(g.label, g.size) for g in by_type.groups] == [
        ("A resident", 5),
        ("A business", 2),
        ("A partner organisation", 1),
    ]
    title, answered, cells = by_type.rows[0]
    assert (title, answered) == ("Reduce violence", 8)
    assert [str(c) for c in cells] == ["60% (5)", "50% (2)", "100% (1)"]
    by_area = results.by_area
    assert [(g.label, g.size) for g in by_area.groups] == [("RG40", 5), ("RG41", 3)]
    assert [str(c) for c in by_area.rows[0][2]] == ["60% (5)", "67% (3)"]
    concerns = next(q for q in results.questions if q.question.kind == "concerns")
    assert concerns.answered == 1
    assert concerns.quotes == []  # nothing is quoted until staff mark it


def test_results_queries_do_not_grow_with_responses(consultation):
    counts = []
    for extra in (5, 50):
        for _ in range(extra):
            respond(consultation, agreement0="agree", respondent_type="resident", area="RG40")
        with CaptureQueriesContext(connection) as queries:
            consultation_results(consultation)
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_results_are_public_only_after_close_and_publication(client, answered):
    assert client.get(results_url(answered)).status_code == 404
    approver = user_with_role(answered.strategy.partnership, "approver")
    staff = client.__class__()
    staff.force_login(approver)
    publish = reverse("consultations_editor:publish", kwargs={"pk": answered.pk})
    page = staff.post(publish, follow=True).content.decode()
    assert "Results can be published once the consultation has closed." in page
    assert client.get(results_url(answered)).status_code == 404

    Consultation.objects.filter(pk=answered.pk).update(
        closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    staff.post(publish)
    page = client.get(results_url(answered)).content.decode()
    assert "63%" in page
    assert "What is your age?" not in page  # equality monitoring never in public
    assert "Speeding on the A329" not in page  # not marked quotable


def test_only_comments_marked_quotable_appear_in_public(client, answered):
    comment = Answer.objects.get(text="Speeding on the A329")
    editor = user_with_role(answered.strategy.partnership, "editor")
    client.force_login(editor)
    moderate = reverse(
        "consultations_editor:comment", kwargs={"pk": answered.pk, "answer_pk": comment.pk}
    )
    from strategies.models import Theme

    road = Theme.objects.get(name="Road safety")
    response = client.post(moderate, {"themes": [road.pk], "quotable": "on"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.quotable
    assert list(comment.themes.all()) == [road]
    page = client.get(
        reverse("consultations_editor:comments", kwargs={"pk": answered.pk}),
        {"themes": road.pk},
    ).content.decode()
    assert "Speeding on the A329" in page

    Consultation.objects.filter(pk=answered.pk).update(
        closes_at=timezone.now() - datetime.timedelta(minutes=1), results_published=True
    )
    client.logout()
    assert "Speeding on the A329" in client.get(results_url(answered)).content.decode()


def test_csv_of_responses_leaves_out_equality_answers_and_emails(client, answered):
    from consultations.models import UpdateRequest

    UpdateRequest.objects.create(consultation=answered, email="kim@example.org")
    client.force_login(user_with_role(answered.strategy.partnership, "viewer"))
    body = client.get(
        reverse("consultations_editor:responses_csv", kwargs={"pk": answered.pk})
    ).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0][:2] == ["Reference", "Submitted"]
    assert len(rows) == 10
    assert "What is your age?" not in rows[0]
    assert "35 to 44" not in body
    assert "kim@example.org" not in body
    agreement = rows[0].index(question(answered, "agreement").text)
    assert sorted(r[agreement] for r in rows[1:] if r[agreement])[0] == "Agree"

    totals = client.get(
        reverse("consultations_editor:equality_csv", kwargs={"pk": answered.pk})
    ).content.decode("utf-8-sig")
    assert "What is your age?,35 to 44,1" in totals


def test_new_consultation_gets_the_standard_questions(client, consultation):
    strategy = consultation.strategy
    client.force_login(user_with_role(strategy.partnership, "editor"))
    response = client.post(
        reverse("consultations_editor:add", kwargs={"pk": strategy.pk}),
        {
            "title": "Second round",
            **moment_fields("opens_at", "2030-03-01T09:00"),
            **moment_fields("closes_at", "2030-02-01T09:00"),
            "channel": "online_survey",
            "equality": "",
        },
    )
    assert "The closing time must be after the opening time" in response.content.decode()
    response = client.post(
        reverse("consultations_editor:add", kwargs={"pk": strategy.pk}),
        {
            "title": "Second round",
            **moment_fields("opens_at", "2030-03-01T09:00"),
            **moment_fields("closes_at", "2030-04-30T17:00"),
            "channel": "online_survey",
        },
    )
    created = Consultation.objects.get(title="Second round")
    assert response["Location"] == reverse("consultations_editor:detail", kwargs={"pk": created.pk})
    kinds = list(created.questions.values_list("kind", flat=True))
    assert kinds == [
        "agreement",
        "priority_comment",
        "agreement",
        "priority_comment",
        "concerns",
        "safety_dark",
        "safety_day",
        "respondent_type",
        "area",
    ]
    assert created.opens_at.hour == 9  # UK time as typed (GMT in March)
    assert timezone.localtime(created.closes_at).hour == 17  # BST in April


def test_questions_change_until_the_consultation_opens_then_freeze(client, consultation):
    client.force_login(user_with_role(consultation.strategy.partnership, "editor"))
    concerns = question(consultation, "concerns")
    edit = reverse(
        "consultations_editor:question_edit",
        kwargs={"pk": consultation.pk, "question_pk": concerns.pk},
    )
    # Open since yesterday: frozen.
    response = client.post(edit, {"kind": "concerns", "text": "Changed", "hint": ""}, follow=True)
    assert "its questions can no longer change" in response.content.decode()
    concerns.refresh_from_db()
    assert concerns.text == "What other community safety issues concern you?"

    Consultation.objects.filter(pk=consultation.pk).update(
        opens_at=timezone.now() + datetime.timedelta(days=1),
        closes_at=timezone.now() + datetime.timedelta(days=9),
    )
    response = client.post(edit, {"kind": "concerns", "text": "Changed", "hint": ""})
    assert response.status_code == 302
    concerns.refresh_from_db()
    assert concerns.text == "Changed"
    response = client.post(
        reverse("consultations_editor:question_add", kwargs={"pk": consultation.pk}),
        {"kind": "agreement", "text": "Agree?"},
    )
    assert "Choose the draft priority this question is about" in response.content.decode()
    first = consultation.questions.order_by("order").first()
    client.post(
        reverse(
            "consultations_editor:question_down",
            kwargs={"pk": consultation.pk, "question_pk": first.pk},
        )
    )
    assert list(consultation.questions.order_by("order"))[1] == first
    client.post(
        reverse(
            "consultations_editor:question_delete",
            kwargs={"pk": consultation.pk, "question_pk": first.pk},
        )
    )
    assert not Question.objects.filter(pk=first.pk).exists()


@pytest.mark.parametrize(
    ("who", "read", "write", "publish"),
    [
        ("viewer", 200, 403, 403),
        ("editor", 200, 302, 403),
        ("approver", 200, 302, 302),
        ("editor of another partnership", 404, 404, 404),
    ],
)
def test_consultation_editor_permissions(client, consultation, who, read, write, publish):
    from tests.factories import PartnershipFactory

    partnership = (
        PartnershipFactory() if who.endswith("partnership") else consultation.strategy.partnership
    )
    client.force_login(user_with_role(partnership, who.split()[0]))
    pk = consultation.pk
    assert (
        client.get(reverse("consultations_editor:results", kwargs={"pk": pk})).status_code == read
    )
    assert (
        client.get(reverse("consultations_editor:responses_csv", kwargs={"pk": pk})).status_code
        == read
    )
    change = client.post(
        reverse("consultations_editor:change_add", kwargs={"pk": pk}),
        {"you_said": "More lighting", "we_did": "Added a delivery area on street lighting"},
    )
    assert change.status_code == write
    assert (
        client.post(reverse("consultations_editor:publish", kwargs={"pk": pk})).status_code
        == publish
    )


def test_anonymous_users_are_sent_to_sign_in(client, consultation):
    for name in ["detail", "results", "comments", "responses_csv", "equality_csv", "edit"]:
        response = client.get(
            reverse(f"consultations_editor:{name}", kwargs={"pk": consultation.pk})
        )
        assert response.status_code == 302
        assert reverse("login") in response["Location"]


def test_the_agreement_charts_and_you_said_we_did_are_in_the_pdf(answered):
    from pypdf import PdfReader

    from consultations.models import ConsultationChange
    from reports.pdfs import Kind, cached_pdf

    ConsultationChange.objects.create(
        consultation=answered,
        you_said="Speeding worries you",
        we_did="Road safety is now a delivery area",
    )
    pdf = cached_pdf(answered.strategy, Kind.SCRUTINY_REPORT)
    text = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )
    assert "Agreement with the draft priorities (9 responses online)" in text
    assert "Reduce violence 63% 8" in text
    assert "Strongly agree 38% (3)" in text  # the chart's own labels
    assert "Speeding worries you" in text
    assert "Road safety is now a delivery area" in text


def test_a_stored_response_with_no_answers_is_not_counted(client, answered):
    """Sent empty before the form refused it: no response in any count or export."""
    from consultations.selectors import responses_by_channel, strategy_page_consultations

    for channel in ("online", "paper"):
        Response.objects.create(consultation=answered, reference=new_reference(), channel=channel)
    with CaptureQueriesContext(connection) as queries:
        results = consultation_results(answered)
    assert len(queries) == 6
    assert (results.responses, results.paper) == (9, 0)
    assert responses_by_channel(answered) == {"online": 9, "paper": 0, "event": 0}
    own, _open = strategy_page_consultations(answered.strategy)
    assert (own[0].online, own[0].paper) == (9, 0)
    client.force_login(user_with_role(answered.strategy.partnership, "viewer"))
    body = client.get(
        reverse("consultations_editor:responses_csv", kwargs={"pk": answered.pk})
    ).content.decode("utf-8-sig")
    assert len(list(csv.reader(io.StringIO(body)))) == 10  # the header and nine


def test_each_agreement_chart_is_titled_with_its_priority(client, answered):
    from pypdf import PdfReader

    from reports.pdfs import Kind, cached_pdf

    respond(answered, agreement1="agree")
    Consultation.objects.filter(pk=answered.pk).update(
        closes_at=timezone.now() - datetime.timedelta(minutes=1), results_published=True
    )
    answered.strategy.status = "published"
    answered.strategy.save()
    page = client.get(answered.strategy.get_absolute_url()).content.decode()
    for priority in ["Reduce violence", "Protect the vulnerable"]:
        caption = page.index(f">{priority}</strong></figcaption>")
        chart = page.index("<svg", caption)
        assert page.index("</figure>", caption) > chart  # the caption is the chart's
        assert f"Agreement with the draft priority ‘{priority}’</title>" in page[chart:]

    # In the PDF, read as laid out: each priority's name just above its chart's bars.
    pdf = cached_pdf(answered.strategy, Kind.SCRUTINY_REPORT)
    text = " ".join(
        " ".join(page.extract_text(extraction_mode="layout").split())
        for page in PdfReader(io.BytesIO(pdf)).pages
    )
    assert "Reduce violence 38% (3) 25% (2) 13% (1)" in text
    assert "Protect the vulnerable 0% (0) 100% (1) 0% (0)" in text
