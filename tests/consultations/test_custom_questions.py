"""The partnership's own questions: answered in words, with one or several answers from a
list it gives, or on the agreement scale; set up, answered, counted and exported."""

import csv
import datetime
import io
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from consultations.models import Answer, Consultation, Question
from consultations.results import consultation_results
from tests.factories import user_with_role

pytestmark = pytest.mark.django_db

TRAVEL = "By car\nOn foot\n\nBy bus  \nBy bike"


@pytest.fixture
def editor(client, consultation):
    """An editor, with the consultation not yet open (it opens tomorrow)."""
    now = timezone.now()
    Consultation.objects.filter(pk=consultation.pk).update(
        opens_at=now + datetime.timedelta(days=1), closes_at=now + datetime.timedelta(days=8)
    )
    client.force_login(user_with_role(consultation.strategy.partnership, "editor"))
    return client


def add(client, consultation, **data):
    url = reverse("consultations_editor:question_add", kwargs={"pk": consultation.pk})
    return client.post(url, {"hint": "", "options": "", **data})


def test_the_kind_of_question_is_chosen_from_radios_none_ticked(editor, consultation):
    page = editor.get(
        reverse("consultations_editor:question_add", kwargs={"pk": consultation.pk})
    ).content.decode()
    assert "---------" not in page
    kinds = re.findall(r'<input class="govuk-radios__input"[^>]*name="kind"[^>]*>', page)
    assert len(kinds) == len(Question.Kind.choices)
    assert not [k for k in kinds if "checked" in k]
    assert 'value="single_choice"' in kinds[1]  # the partnership's own kinds first
    assert "Choose the kind of question" in add(editor, consultation, text="How?").content.decode()


def test_an_editor_adds_questions_answered_from_a_list(editor, consultation):
    response = add(
        editor, consultation, kind="single_choice", text="How do you get to town?", options=TRAVEL
    )
    assert response.status_code == 302
    single = Question.objects.get(text="How do you get to town?")
    assert single.option_list == ["By car", "On foot", "By bus", "By bike"]
    assert single.options == "By car\nOn foot\nBy bus\nBy bike"  # blank lines and spaces gone
    assert (
        add(
            editor, consultation, kind="multiple_choice", text="Where?", options="Parks\nShops"
        ).status_code
        == 302
    )
    assert (
        add(
            editor, consultation, kind="agree_scale", text="The town centre is well lit"
        ).status_code
        == 302
    )
    kinds = list(consultation.questions.values_list("kind", flat=True))[-3:]
    assert kinds == ["single_choice", "multiple_choice", "agree_scale"]


@pytest.mark.parametrize(
    ("kind", "options", "message"),
    [
        ("single_choice", "", "Enter at least two answers to choose from, one a line"),
        ("multiple_choice", "Parks", "Enter at least two answers to choose from, one a line"),
        ("single_choice", "Parks\nparks", "Give each answer once: ‘parks’ is there twice"),
        ("single_choice", "\n".join(f"Place {n}" for n in range(21)), "no more than 20"),
        ("text", "Parks\nShops", "Leave the answers to choose from empty"),
    ],
)
def test_the_list_of_answers_is_checked(editor, consultation, kind, options, message):
    page = add(editor, consultation, kind=kind, text="Where?", options=options).content.decode()
    assert message in page
    assert not Question.objects.filter(text="Where?").exists()


@pytest.fixture
def own_questions(consultation):
    """Three of the partnership's own questions on the open consultation."""
    return [
        Question.objects.create(
            consultation=consultation,
            order=100 + n,
            kind=kind,
            text=text,
            options=options,
        )
        for n, (kind, text, options) in enumerate(
            [
                ("single_choice", "How do you get to town?", TRAVEL),
                ("multiple_choice", "Where do you feel unsafe?", "Parks\nShops\nStations"),
                ("agree_scale", "The town centre is well lit", ""),
            ]
        )
    ]


def respond(client, consultation, single=None, several=(), agree=None):
    url = reverse(
        "consultations:respond",
        kwargs={"partnership_slug": consultation.strategy.partnership.slug, "pk": consultation.pk},
    )
    one, many, scale = consultation.questions.filter(order__gte=100).order_by("order")
    data = {f"q{many.pk}": list(several)}
    if single:
        data[f"q{one.pk}"] = single
    if agree:
        data[f"q{scale.pk}"] = agree
    return client.post(url, data)


def test_residents_answer_them_with_radios_and_checkboxes(client, consultation, own_questions):
    one, many, scale = own_questions
    url = reverse(
        "consultations:respond",
        kwargs={"partnership_slug": consultation.strategy.partnership.slug, "pk": consultation.pk},
    )
    page = client.get(url).content.decode()
    assert f'name="q{one.pk}" type="radio" value="2"' in page
    assert f'name="q{many.pk}" type="checkbox" value="3"' in page
    assert "Choose all that apply." in page
    assert "Strongly agree" in page.split(scale.text)[1]
    assert "More questions" in page

    page = respond(client, consultation, several=["9"]).content.decode()
    assert "Choose from the answers given" in page

    assert respond(client, consultation, "2", ["3", "1"], "agree").status_code == 302
    stored = {a.question_id: a.choice for a in Answer.objects.all()}
    assert stored == {one.pk: "2", many.pk: "1;3", scale.pk: "agree"}


def test_results_count_them_and_the_csv_has_them(client, consultation, own_questions):
    one, many, scale = own_questions
    respond(client, consultation, "2", ["1", "3"], "agree")
    respond(client, consultation, "2", ["3"], "disagree")
    respond(client, consultation, "1", [], "strongly_agree")
    results = {s.question.pk: s for s in consultation_results(consultation).questions}

    assert results[one.pk].answered == 3
    assert [(b.label, b.count, b.percent) for b in results[one.pk].bars] == [
        ("By car", 1, 33),
        ("On foot", 2, 67),
        ("By bus", 0, 0),
        ("By bike", 0, 0),
    ]
    # Each of the two who answered counts once for every place chosen.
    assert results[many.pk].answered == 2
    assert [(b.label, b.count, b.percent) for b in results[many.pk].bars] == [
        ("Parks", 1, 50),
        ("Shops", 0, 0),
        ("Stations", 2, 100),
    ]
    assert (results[scale.pk].answered, results[scale.pk].agree_percent) == (3, 67)
    assert "The town centre is well lit" in results[scale.pk].chart

    client.force_login(user_with_role(consultation.strategy.partnership, "viewer"))
    body = client.get(
        reverse("consultations_editor:responses_csv", kwargs={"pk": consultation.pk})
    ).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body)))
    columns = [rows[0].index(q.text) for q in own_questions]
    assert [[row[c] for c in columns] for row in rows[1:]] == [
        ["On foot", "Parks; Stations", "Agree"],
        ["On foot", "Stations", "Disagree"],
        ["By car", "", "Strongly agree"],
    ]
    page = client.get(
        reverse("consultations_editor:results", kwargs={"pk": consultation.pk})
    ).content.decode()
    assert "people could choose more than one answer" in page
