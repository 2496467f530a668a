"""Reads of consultations, for the public pages and the editor."""

from django.db.models import Count, F, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.utils import timezone

from strategies.models import Strategy

from .models import Answer, Consultation, ReportedResult, Response
from .questions import EQUALITY, choices_for, chosen


def open_consultations(partnership_id: int, now=None) -> list[Consultation]:
    """Consultations taking responses now, for the partnership's public pages."""
    now = now or timezone.now()
    return list(
        Consultation.objects.open_at(now)
        .filter(strategy__partnership=partnership_id)
        .select_related("strategy__partnership")
        .order_by(F("closes_at"))
    )


def open_consultations_everywhere(now=None) -> list[Consultation]:
    """Every consultation taking responses now, of partnerships whose pages are public,
    closing soonest first: for the home page. One query."""
    return list(
        Consultation.objects.open_at(now or timezone.now())
        .filter(strategy__partnership__suspended_at__isnull=True)
        .select_related("strategy__partnership")
        .order_by("closes_at", "pk")
    )


def strategy_page_consultations(strategy: Strategy, now=None):
    """In one query: the strategy's own consultations (with their online responses counted)
    and those of the partnership open now. Returns (own, open now)."""
    now = now or timezone.now()
    open_now = Consultation.objects.open_at(now).filter(
        strategy__partnership=strategy.partnership_id
    )
    counted = Response.objects.counted().filter(consultation=OuterRef("pk")).order_by()
    found = list(
        Consultation.objects.filter(Q(strategy=strategy.pk) | Q(pk__in=open_now.values("pk")))
        .select_related("strategy__partnership")
        .annotate(
            online=_count(counted),
            paper=_count(counted.filter(channel=Response.Channel.PAPER)),
            reported_count=Count("reported_results", distinct=True),
        )
        .order_by(F("closes_at"))
    )
    own = [c for c in found if c.strategy_id == strategy.pk]
    open_ = [c for c in found if c.is_open(now)]
    return own, open_


def _count(responses) -> Coalesce:
    """The number of `responses` (a query of one consultation's), as an annotation."""
    return Coalesce(
        Subquery(responses.values("consultation").annotate(n=Count("pk")).values("n")), 0
    )


def public_consultation(partnership_slug: str, pk: int) -> Consultation:
    """A consultation residents may see: its strategy has gone out for consultation (or
    further). A draft's consultation that never opened is not found."""
    return Consultation.objects.select_related("strategy__partnership").get(
        pk=pk,
        strategy__partnership__slug=partnership_slug,
        strategy__partnership__suspended_at__isnull=True,
        strategy__status__in=[s for s in Strategy.Status.values if s != Strategy.Status.DRAFT],
    )


def consultation_for_editor(user, pk) -> Consultation:
    """The consultation if the user may read its strategy's drafts; Http404 otherwise."""
    return get_object_or_404(
        Consultation.objects.select_related("strategy__partnership").filter(
            strategy__in=Strategy.objects.visible_to(user)
        ),
        pk=pk,
    )


def response_rows(consultation: Consultation):
    """Every response, one row each after the header; equality monitoring is left out (it is
    reported only in totals). Reads the answers in chunks."""
    questions = [
        q for q in consultation.questions.order_by("order", "pk") if q.kind not in EQUALITY
    ]
    responses = (
        consultation.responses.counted()
        .prefetch_related(
            Prefetch(
                "answers",
                queryset=Answer.objects.only("response_id", "question_id", "choice", "text"),
            )
        )
        .order_by("submitted_at", "pk")
    )
    labels = {q.pk: {c: str(label) for c, label in choices_for(q)} for q in questions}
    yield ["Reference", "Submitted"] + [q.text for q in questions]
    for response in responses.iterator(chunk_size=500):
        answers = {a.question_id: a for a in response.answers.all()}
        row = [response.reference, timezone.localtime(response.submitted_at).isoformat()]
        for question in questions:
            answer = answers.get(question.pk)
            if answer is None:
                row.append("")
            elif labels[question.pk]:
                row.append(
                    "; ".join(
                        labels[question.pk].get(c, c) for c in chosen(question, answer.choice)
                    )
                )
            else:
                row.append(answer.choice or answer.text)
        yield row


def responses_by_channel(consultation: Consultation) -> dict[str, int]:
    """{"online": n, "paper": n, "event": n}: the responses stored on the portal, by how they
    came."""
    return consultation.responses.by_channel()


def with_reported(consultations) -> list[Consultation]:
    """Gives each consultation `reported`, the results its partnership reports: one query,
    and none where a `reported_count` annotation says there are none."""
    consultations = list(consultations)
    wanted = [c.pk for c in consultations if getattr(c, "reported_count", 1)]
    found: dict[int, list[ReportedResult]] = {}
    if wanted:
        for result in ReportedResult.objects.filter(consultation__in=wanted).select_related(
            "priority"
        ):
            found.setdefault(result.consultation_id, []).append(result)
    for consultation in consultations:
        consultation.reported = found.get(consultation.pk, [])
    return consultations
