"""What people said, counted: per question, per priority, by who answered and where.

A handful of aggregate queries whatever the number of responses; percentages are whole
numbers rounded half up, of the people who answered that question."""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Sum
from django.utils.translation import gettext

from csp_portal.diagrams import Bar, bar_chart

from .models import Answer, Consultation, Question, Response, Tally
from .questions import (
    AGREE,
    CATEGORICAL,
    CHOICES,
    EQUALITY,
    FREE_TEXT,
    choices_for,
    chosen,
    label_for,
)

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
    withheld: list[str] = field(default_factory=list)  # a bar each, on the public page

    @property
    def rows(self) -> list[tuple[Bar, str]]:
        """Each bar, with why its figures are withheld ("" where they are shown)."""
        return list(zip(self.bars, self.withheld or [""] * len(self.bars), strict=True))

    @property
    def is_free_text(self) -> bool:
        return self.question.kind in FREE_TEXT

    @property
    def is_multiple_choice(self) -> bool:
        return self.question.kind == Kind.MULTIPLE_CHOICE


@dataclass
class Group:
    """One group of people in a breakdown: its label and how many answered as it."""

    label: str
    size: int
    withheld: str = ""  # on the public page, why the number is not shown (disclosure.py)


@dataclass
class Cell:
    """Agreement with one priority within one group."""

    answered: int
    agree: int
    withheld: str = ""

    def __str__(self) -> str:
        if self.withheld:
            return self.withheld
        return f"{percent(self.agree, self.answered)}% ({self.answered})" if self.answered else "–"


@dataclass
class Breakdown:
    """Agreement with each priority, for each group of people (respondent type or area).
    `unlisted`: people who answered the group question but are in no group shown (areas
    past the top ten); `rows` (priority, its answers counted, a cell a group)."""

    title: str
    groups: list[Group]
    rows: list[tuple[str, int, list[Cell]]]
    unlisted: int = 0

    @property
    def all_withheld(self) -> bool:
        return all(group.withheld for group in self.groups)


@dataclass
class Results:
    consultation: Consultation
    responses: int
    questions: list[QuestionSummary]
    paper: int
    by_respondent_type: Breakdown | None
    by_area: Breakdown | None
    small_numbers_withheld: bool = False  # as published (disclosure.published)
    event: int = 0  # sent from devices in event mode (consultations.events)
    # {language: responses} for a bilingual partnership's consultation; {} for another
    by_language: dict[str, int] = field(default_factory=dict)

    @property
    def breakdowns(self) -> list[Breakdown]:
        return [b for b in (self.by_respondent_type, self.by_area) if b is not None]

    @property
    def agreement(self) -> list[QuestionSummary]:
        return [q for q in self.questions if q.question.kind == Kind.AGREEMENT]


def consultation_results(consultation: Consultation) -> Results:
    """The results, question by question. Equality monitoring is left out (staff see it in
    totals, `equality_totals`); quotes are only of comments marked quotable, for staff too.

    Six queries whatever the number of responses: the questions, three sums of the answers
    counted as they arrived (models.Tally: a few hundred rows), the quotable comments, and
    the responses counted by channel."""
    questions = [
        q for q in consultation.questions.select_related("priority") if q.kind not in EQUALITY
    ]
    by_kind = defaultdict(list)
    for q in questions:
        by_kind[q.kind].append(q)
    counted_ids = [q.pk for q in questions if q.kind in CATEGORICAL]
    text_ids = [q.pk for q in questions if q.kind not in CATEGORICAL]
    choice_counts = Tally.objects.filter(question_id__in=counted_ids).choice_counts()
    text_counts = Tally.objects.filter(question_id__in=text_ids).answered()
    quotes = defaultdict(list)
    for question_id, text in (
        Answer.objects.filter(question_id__in=text_ids, quotable=True)
        .exclude(text="")
        .order_by("pk")
        .values_list("question_id", "text")
    ):
        quotes[question_id].append(text)

    summaries = []
    for question in questions:
        counts = choice_counts.get(question.pk, {})
        if choices_for(question):
            summary = _scale_summary(question, counts)
        elif question.kind in CATEGORICAL:
            summary = QuestionSummary(question, sum(counts.values()))
        else:
            summary = QuestionSummary(question, text_counts.get(question.pk, 0))
            summary.quotes = quotes.get(question.pk, [])
        summaries.append(summary)

    agreement = by_kind[Kind.AGREEMENT]
    respondent_type = (by_kind[Kind.RESPONDENT_TYPE] or [None])[0]
    area = (by_kind[Kind.AREA] or [None])[0]
    cells = _agreement_by_group(agreement, respondent_type, area)
    by_channel = consultation.responses.by_channel()
    return Results(
        consultation=consultation,
        responses=sum(by_channel.values()),
        paper=by_channel[Response.Channel.PAPER],
        event=by_channel[Response.Channel.EVENT],
        questions=summaries,
        by_respondent_type=_breakdown(
            respondent_type, choice_counts, cells, 0, agreement, gettext("Who answered")
        ),
        by_area=_breakdown(area, choice_counts, cells, 1, agreement, gettext("Where they live")),
        by_language=consultation.responses.by_language()
        if consultation.strategy.partnership.is_bilingual
        else {},
    )


def _scale_summary(question: Question, counts: dict[str, int]) -> QuestionSummary:
    """A question answered on a scale or from a list: counts, shares and the chart (and,
    for agreement, the share who agree or strongly agree), from {answer as stored: count}.
    Each answer of a multiple choice question counts once for every choice in it, and the
    shares are of the people who answered (they add up to more than 100%)."""
    answered = sum(counts.values())
    tally: dict[str, int] = defaultdict(int)
    for stored, n in counts.items():
        for choice in chosen(question, stored):
            tally[choice] += n
    summary = QuestionSummary(question, answered)
    summary.bars = [
        Bar(label, tally[choice], percent(tally[choice], answered))
        for choice, label in choices_for(question)
    ]
    title = question.text
    if question.kind == Kind.AGREEMENT:  # a chart of each: titled with its priority
        title = gettext("Agreement with the draft priority ‘%(priority)s’") % {
            "priority": question.priority.title
        }
    summary.chart = bar_chart(summary.bars, title=title, ident=f"q{question.pk}")
    if question.kind in (Kind.AGREEMENT, Kind.AGREE_SCALE):
        summary.agree_percent = percent(sum(tally[c] for c in AGREE), answered)
    return summary


def _agreement_by_group(agreement, respondent_type, area):
    """{(question, respondent type, area, answer): count}: each agreement answer with the
    respondent type and area kept on its response, counted in one query."""
    if not agreement or (respondent_type is None and area is None):
        return {}
    rows = (
        Tally.objects.filter(question__in=agreement)
        .exclude(choice="")
        .order_by()
        .values_list("question_id", "respondent_type", "area", "choice")
        .annotate(n=Sum("n"))
    )
    cells = defaultdict(int)
    for q, rt, ar, choice, n in rows:
        cells[(q, rt or None, ar or None, choice)] += n
    return dict(cells)


def _breakdown(group_question, choice_counts, cells, axis, agreement, title, top=10):
    """Agreement with each priority by the groups of one question (axis 0: respondent
    type, 1: area), from the counts of `_agreement_by_group`."""
    if group_question is None:
        return None
    sizes = choice_counts.get(group_question.pk, {})
    if not sizes:
        return None
    if group_question.kind in CHOICES:
        groups = [(c, label) for c, label in CHOICES[group_question.kind] if c in sizes]
    else:
        groups = [(g, g) for g in sorted(sizes, key=lambda g: (-sizes[g], g))[:top]]
    tally = defaultdict(lambda: Cell(0, 0))  # (question, group) -> its cell
    for (question_id, *by_group, choice), n in cells.items():
        cell = tally[(question_id, by_group[axis])]
        cell.answered += n
        if choice in AGREE:
            cell.agree += n
    return Breakdown(
        title=title,
        groups=[Group(label, sizes[g]) for g, label in groups],
        rows=[
            (
                q.priority.title,
                sum(choice_counts.get(q.pk, {}).values()),
                [tally[(q.pk, g)] for g, _label in groups],
            )
            for q in agreement
        ],
        unlisted=sum(sizes.values()) - sum(sizes[g] for g, _label in groups),
    )


@dataclass
class AgreementSummary:
    """What a strategy page shows of a consultation: responses and agreement per priority."""

    responses: int
    agreement: list[QuestionSummary]
    paper: int = 0


def agreement_summaries(consultations) -> dict[int, AgreementSummary]:
    """For consultations fetched with their questions (prefetched) and an `online` count of
    responses (annotated): one query, however many consultations."""
    questions = [q for c in consultations for q in c.questions.all() if q.kind == Kind.AGREEMENT]
    counts = Tally.objects.filter(question__in=questions).choice_counts() if questions else {}
    summaries = {}
    for consultation in consultations:
        agreement = []
        for question in consultation.questions.all():
            if question.kind != Kind.AGREEMENT:
                continue
            agreement.append(_scale_summary(question, counts.get(question.pk, {})))
        summaries[consultation.pk] = AgreementSummary(
            consultation.online, agreement, getattr(consultation, "paper", 0)
        )
    return summaries


def equality_totals(consultation: Consultation) -> list[tuple[str, str, int]]:
    """(question, answer, count) for the equality monitoring questions: totals only."""
    rows = []
    counts = Tally.objects.filter(
        question__consultation=consultation, question__kind__in=EQUALITY
    ).choice_counts()
    for question in consultation.questions.filter(kind__in=EQUALITY):
        for choice, _label in CHOICES[question.kind]:
            rows.append(
                (
                    question.text,
                    label_for(question.kind, choice),
                    counts.get(question.pk, {}).get(choice, 0),
                )
            )
    return rows
