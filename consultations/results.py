"""What people said, counted: per question, per priority, by who answered and where.

A handful of aggregate queries whatever the number of responses; percentages are whole
numbers rounded half up, of the people who answered that question."""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, OuterRef, Subquery

from csp_portal.diagrams import Bar, bar_chart

from .models import Answer, Consultation, Question
from .questions import AGREE, CHOICES, EQUALITY, FREE_TEXT, label_for

Kind = Question.Kind


def percent(part: int, whole: int) -> int:
    if not whole:
        return 0
    return int((Decimal(part) * 100 / Decimal(whole)).quantize(Decimal(1), ROUND_HALF_UP))


@dataclass
class QuestionSummary:
    question: Question
    answered: int
    bars: list[Bar] = field(default_factory=list)
    chart: str = ""
    agree_percent: int | None = None
    quotes: list[str] = field(default_factory=list)

    @property
    def is_free_text(self) -> bool:
        return self.question.kind in FREE_TEXT


@dataclass
class Breakdown:
    """Agreement with each priority, for each group of people (respondent type or area)."""

    title: str
    groups: list[tuple[str, int]]  # (label, responses)
    rows: list[tuple[str, list[str]]]  # (priority, ["78% (14)", ...] a group each)


@dataclass
class Results:
    consultation: Consultation
    responses: int
    questions: list[QuestionSummary]
    by_respondent_type: Breakdown | None
    by_area: Breakdown | None

    @property
    def breakdowns(self) -> list[Breakdown]:
        return [b for b in (self.by_respondent_type, self.by_area) if b is not None]

    @property
    def agreement(self) -> list[QuestionSummary]:
        return [q for q in self.questions if q.question.kind == Kind.AGREEMENT]


def consultation_results(consultation: Consultation) -> Results:
    """The results, question by question. Equality monitoring is left out (staff see it in
    totals, `equality_totals`); quotes are only of comments marked quotable, for staff too."""
    questions = [
        q for q in consultation.questions.select_related("priority") if q.kind not in EQUALITY
    ]
    answers = Answer.objects.filter(question__consultation=consultation)
    choice_counts = defaultdict(dict)
    for row in answers.exclude(choice="").values("question_id", "choice").annotate(n=Count("id")):
        choice_counts[row["question_id"]][row["choice"]] = row["n"]
    text_counts = dict(answers.exclude(text="").values_list("question_id").annotate(n=Count("id")))
    quotes = defaultdict(list)
    for question_id, text in (
        answers.filter(quotable=True).exclude(text="").values_list("question_id", "text")
    ):
        quotes[question_id].append(text)

    summaries = []
    for question in questions:
        if question.kind in CHOICES:
            counts = choice_counts.get(question.pk, {})
            answered = sum(counts.values())
            summary = QuestionSummary(question, answered)
            summary.bars = [
                Bar(label, counts.get(choice, 0), percent(counts.get(choice, 0), answered))
                for choice, label in CHOICES[question.kind]
            ]
            summary.chart = bar_chart(summary.bars, title=question.text, ident=f"q{question.pk}")
            if question.kind == Kind.AGREEMENT:
                summary.agree_percent = percent(sum(counts.get(c, 0) for c in AGREE), answered)
        else:
            summary = QuestionSummary(question, text_counts.get(question.pk, 0))
            summary.quotes = quotes.get(question.pk, [])
        summaries.append(summary)

    agreement_ids = [q.pk for q in questions if q.kind == Kind.AGREEMENT]
    return Results(
        consultation=consultation,
        responses=consultation.responses.count(),
        questions=summaries,
        by_respondent_type=_breakdown(
            consultation, Kind.RESPONDENT_TYPE, agreement_ids, questions, "Who answered"
        ),
        by_area=_breakdown(consultation, Kind.AREA, agreement_ids, questions, "Where they live"),
    )


def _breakdown(consultation, kind, agreement_ids, questions, title, top=10) -> Breakdown | None:
    group_question = consultation.questions.filter(kind=kind).first()
    if group_question is None:
        return None
    group_of = Answer.objects.filter(response=OuterRef("response"), question=group_question)
    value = "choice" if kind in CHOICES else "text"
    group_sizes = dict(
        Answer.objects.filter(question=group_question)
        .exclude(**{value: ""})
        .values_list(value)
        .annotate(n=Count("id"))
    )
    if not group_sizes:
        return None
    if kind in CHOICES:
        groups = [(c, label) for c, label in CHOICES[kind] if c in group_sizes]
    else:
        biggest = sorted(group_sizes, key=lambda g: (-group_sizes[g], g))[:top]
        groups = [(g, g) for g in biggest]
    cells = defaultdict(lambda: defaultdict(lambda: [0, 0]))  # question -> group -> [agree, all]
    rows = (
        Answer.objects.filter(question_id__in=agreement_ids)
        .annotate(group=Subquery(group_of.values(value)[:1]))
        .values("question_id", "group", "choice")
        .annotate(n=Count("id"))
    )
    for row in rows:
        cell = cells[row["question_id"]][row["group"]]
        cell[1] += row["n"]
        if row["choice"] in AGREE:
            cell[0] += row["n"]
    priorities = [q for q in questions if q.pk in agreement_ids]
    return Breakdown(
        title=title,
        groups=[(label, group_sizes[g]) for g, label in groups],
        rows=[
            (
                q.priority.title,
                [
                    f"{percent(*cells[q.pk][g])}% ({cells[q.pk][g][1]})"
                    if cells[q.pk][g][1]
                    else "–"
                    for g, _label in groups
                ],
            )
            for q in priorities
        ],
    )


def equality_totals(consultation: Consultation) -> list[tuple[str, str, int]]:
    """(question, answer, count) for the equality monitoring questions: totals only."""
    rows = []
    counts = defaultdict(dict)
    for question_id, choice, n in (
        Answer.objects.filter(question__consultation=consultation, question__kind__in=EQUALITY)
        .values_list("question_id", "choice")
        .annotate(n=Count("id"))
    ):
        counts[question_id][choice] = n
    for question in consultation.questions.filter(kind__in=EQUALITY):
        for choice, _label in CHOICES[question.kind]:
            rows.append(
                (
                    question.text,
                    label_for(question.kind, choice),
                    counts[question.pk].get(choice, 0),
                )
            )
    return rows
