"""Writes to consultations: set-up by the partnership, responses from the public, moderation
and publication of the results."""

import logging

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from csp_portal import audit, ordering, permissions
from csp_portal.models import AuditEvent

from .models import Answer, Consultation, Question, Response, UpdateRequest, new_reference
from .questions import standard_questions

logger = logging.getLogger(__name__)


def _check_editor(consultation_or_strategy, by) -> None:
    strategy = getattr(consultation_or_strategy, "strategy", consultation_or_strategy)
    if not permissions.can_edit(by, strategy.partnership_id):
        raise PermissionDenied("Only editors of the partnership can change its consultations.")


def _check_questions_open(consultation: Consultation) -> None:
    if consultation.questions_frozen():
        raise ValidationError("The consultation has opened, so its questions can no longer change.")


@transaction.atomic
def consultation_create(*, strategy, form, by, equality: bool = True) -> Consultation:
    """A consultation on the strategy, with the standard questions for its draft priorities."""
    _check_editor(strategy, by)
    consultation = form.save(commit=False)
    consultation.strategy = strategy
    consultation.full_clean()
    consultation.save()
    Question.objects.bulk_create(standard_questions(consultation, equality=equality))
    return consultation


@transaction.atomic
def consultation_update(*, consultation: Consultation, form, by) -> Consultation:
    _check_editor(consultation, by)
    consultation = form.save(commit=False)
    consultation.full_clean()
    consultation.save()
    return consultation


@transaction.atomic
def question_save(*, consultation: Consultation, form, by) -> Question:
    _check_editor(consultation, by)
    _check_questions_open(consultation)
    question = form.save(commit=False)
    question.consultation = consultation
    ordering.place_last(question, consultation.questions.all())
    question.full_clean()
    question.save()
    return question


@transaction.atomic
def question_delete(*, question: Question, by) -> None:
    _check_editor(question.consultation, by)
    _check_questions_open(question.consultation)
    question.delete()


@transaction.atomic
def question_move(*, question: Question, up: bool, by) -> None:
    consultation = question.consultation
    _check_editor(consultation, by)
    _check_questions_open(consultation)
    ordering.move(question, consultation.questions.all(), up=up)


class ConsultationClosed(ValidationError):
    """A response arrived outside the open dates."""


def response_submit(*, consultation: Consultation, form, now=None) -> Response:
    """Store one response and its answers in one transaction: all of it, or nothing."""
    now = now or timezone.now()
    consultation = Consultation.objects.select_related("strategy").get(pk=consultation.pk)
    if not consultation.is_open(now):
        raise ConsultationClosed("This consultation is closed.")
    for attempt in range(5):
        try:
            with transaction.atomic():
                answers = form.answers()
                about = {question.kind: choice for question, choice, _text in answers}
                response = Response.objects.create(
                    consultation=consultation,
                    reference=new_reference(),
                    submitted_at=now,
                    respondent_type=about.get(Question.Kind.RESPONDENT_TYPE, ""),
                    area=about.get(Question.Kind.AREA, ""),
                )
                Answer.objects.bulk_create(
                    Answer(response=response, question=question, choice=choice, text=text)
                    for question, choice, text in answers
                )
                if email := form.cleaned_data.get("email"):
                    UpdateRequest.objects.get_or_create(
                        consultation=consultation, email=email.lower()
                    )
                return response
        except IntegrityError:
            # Two references the same: a one-in-a-trillion clash. Try another.
            if attempt == 4:
                raise
            logger.warning("Consultation reference clash; trying another")
    raise AssertionError("unreachable")


@transaction.atomic
def answer_moderate(*, answer: Answer, form, by) -> Answer:
    _check_editor(answer.response.consultation, by)
    return form.save()


@transaction.atomic
def results_publish(*, consultation: Consultation, by) -> Consultation:
    if not permissions.can_move_status(by, consultation.strategy.partnership_id):
        raise PermissionDenied("Only an approver of the partnership can publish results.")
    if not consultation.has_closed():
        raise ValidationError("Results can be published once the consultation has closed.")
    consultation.results_published = True
    consultation.save(update_fields=["results_published"])
    audit.record(
        AuditEvent.Kind.PUBLISHED,
        user=by,
        partnership=consultation.strategy.partnership,
        detail=f"Results of the consultation ‘{consultation.title}’",
    )
    return consultation


@transaction.atomic
def change_save(*, consultation: Consultation, form, by):
    _check_editor(consultation, by)
    change = form.save(commit=False)
    change.consultation = consultation
    ordering.place_last(change, consultation.changes.all())
    change.full_clean()
    change.save()
    return change


@transaction.atomic
def change_delete(*, change, by) -> None:
    _check_editor(change.consultation, by)
    change.delete()
