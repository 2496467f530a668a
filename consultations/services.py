"""Writes to consultations: set-up by the partnership, responses from the public, moderation
and publication of the results."""

import datetime
import logging
import zoneinfo

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext

from csp_portal import audit, ordering
from csp_portal.dates import Precision
from csp_portal.models import AuditEvent
from csp_portal.records import save_with
from partnerships import permissions
from strategies.models import Strategy

from .models import (
    Answer,
    Consultation,
    ConsultationChange,
    Question,
    ReportedResult,
    Response,
    UpdateRequest,
    new_reference,
)
from .questions import standard_questions

logger = logging.getLogger(__name__)
LONDON = zoneinfo.ZoneInfo("Europe/London")


def _check_editor(consultation_or_strategy, by: User) -> None:
    strategy = getattr(consultation_or_strategy, "strategy", consultation_or_strategy)
    if not permissions.can_edit(by, strategy.partnership_id):
        raise PermissionDenied(
            gettext("Only editors of the partnership can change its consultations.")
        )


def _check_questions_open(consultation: Consultation) -> None:
    if because := consultation.questions_frozen_because():
        raise ValidationError(because)


@transaction.atomic
def consultation_create(
    *, strategy: Strategy, data: dict, by: User, equality: bool = True
) -> Consultation:
    """A consultation on the strategy, with the standard questions for its draft priorities."""
    _check_editor(strategy, by)
    consultation = save_with(Consultation(strategy=strategy), data)
    Question.objects.bulk_create(standard_questions(consultation, equality=equality))
    return consultation


@transaction.atomic
def consultation_update(*, consultation: Consultation, data: dict, by: User) -> Consultation:
    _check_editor(consultation, by)
    return save_with(consultation, data)


@transaction.atomic
def question_save(
    *, consultation: Consultation, question: Question, data: dict, by: User
) -> Question:
    """Add a question (`question` new and unsaved) or change one, until it opens."""
    _check_editor(consultation, by)
    _check_questions_open(consultation)
    question.consultation = consultation
    ordering.place_last(question, consultation.questions.all())
    return save_with(question, data)


@transaction.atomic
def question_delete(*, question: Question, by: User) -> None:
    _check_editor(question.consultation, by)
    _check_questions_open(question.consultation)
    question.delete()


@transaction.atomic
def question_move(*, question: Question, up: bool, by: User) -> None:
    consultation = question.consultation
    _check_editor(consultation, by)
    _check_questions_open(consultation)
    ordering.move(question, consultation.questions.all(), up=up)


class ConsultationClosed(ValidationError):
    """A response arrived outside the open dates."""


def response_submit(
    *,
    consultation: Consultation,
    answers: list[tuple[Question, str, str]],
    email: str = "",
    now=None,
    channel: str = Response.Channel.ONLINE,
    submission: str = "",
    language: str = Response.Language.ENGLISH,
) -> tuple[Response, bool]:
    """Store one response, its answers ((question, choice, text) for each question answered)
    and any e-mail address left for news, in one transaction: all of it, or nothing. Sent
    online, or from a device at a staffed event (`channel`), in English or Welsh
    (`language`, that of the form). The form's one-time
    `submission` token makes a second sending of the same form store nothing: the response
    it stored first is returned, with False for 'not stored now'."""
    now = now or timezone.now()
    consultation = Consultation.objects.select_related("strategy").get(pk=consultation.pk)
    if not consultation.is_open(now):
        raise ConsultationClosed(gettext("This consultation is closed."))
    if channel not in (Response.Channel.ONLINE, Response.Channel.EVENT):
        raise ValueError(f"Not a channel residents send by: {channel}")
    if language not in Response.Language.values:
        raise ValueError(f"Not a language the portal takes answers in: {language}")
    return _store(
        consultation,
        answers,
        email=email,
        now=now,
        channel=channel,
        submission=submission,
        language=language,
    )


def paper_response_enter(
    *, consultation: Consultation, answers: list[tuple[Question, str, str]], by: User
) -> Response:
    """A response that came on paper, typed in by staff: counted with the online ones and
    shown by channel. From the opening until the results are published."""
    _check_editor(consultation, by)
    if not consultation.run_by_portal:
        raise ValidationError(
            gettext("This consultation was held elsewhere: record its figures instead.")
        )
    if not consultation.has_opened():
        raise ValidationError(
            gettext("Paper responses can be entered once the consultation has opened.")
        )
    if consultation.results_published:
        raise ValidationError(gettext("The results are published: no more responses can be added."))
    response, _stored = _store(
        consultation, answers, now=timezone.now(), channel=Response.Channel.PAPER, by=by
    )
    return response


def _store(
    consultation,
    answers,
    *,
    now,
    email="",
    channel=Response.Channel.ONLINE,
    by=None,
    submission="",
    language=Response.Language.ENGLISH,
) -> tuple[Response, bool]:
    if not answers:
        raise ValidationError(gettext("Answer at least one question"))
    for attempt in range(5):
        if submission and (sent := _sent(consultation, submission)):
            return sent, False
        try:
            with transaction.atomic():
                about = {question.kind: choice for question, choice, _text in answers}
                response = Response.objects.create(
                    consultation=consultation,
                    reference=new_reference(),
                    submission=submission,
                    submitted_at=now,
                    channel=channel,
                    language=language,
                    entered_by=by,
                    respondent_type=about.get(Question.Kind.RESPONDENT_TYPE, ""),
                    area=about.get(Question.Kind.AREA, ""),
                )
                Answer.objects.bulk_create(
                    Answer(response=response, question=question, choice=choice, text=text)
                    for question, choice, text in answers
                )
                if email:
                    UpdateRequest.objects.get_or_create(
                        consultation=consultation, email=email.lower()
                    )
                return response, True
        except IntegrityError:
            # The same form sent twice at once (the next turn finds the first), or two
            # references the same, a one-in-a-trillion clash: try another.
            if attempt == 4:
                raise
            if not (submission and _sent(consultation, submission)):
                logger.warning("Consultation reference clash; trying another")
    raise AssertionError("unreachable")


def _sent(consultation, submission: str) -> Response | None:
    return Response.objects.filter(consultation=consultation, submission=submission).first()


def _period(data: dict) -> dict:
    """Dates as the papers give them, held as times at the start of the day in the UK."""
    for name in ("opens_at", "closes_at"):
        if isinstance(data.get(name), datetime.date) and not isinstance(
            data[name], datetime.datetime
        ):
            day = data[name]
            data = {
                **data,
                name: datetime.datetime.combine(day, datetime.time(), tzinfo=LONDON),
            }
    return data


@transaction.atomic
def consultation_record_held_elsewhere(*, strategy: Strategy, data: dict, by: User) -> Consultation:
    """A consultation held outside the portal, with what the partnership reports of it."""
    _check_editor(strategy, by)
    return save_with(Consultation(strategy=strategy, run_by_portal=False), _period(data))


@transaction.atomic
def consultation_held_elsewhere_update(
    *, consultation: Consultation, data: dict, by: User
) -> Consultation:
    _check_editor(consultation, by)
    return save_with(consultation, _period(data))


@transaction.atomic
def reported_result_save(
    *, consultation: Consultation, result: ReportedResult, data: dict, by: User
) -> ReportedResult:
    """Agreement as the partnership reports it, kept exactly as entered."""
    return _listed_part_save(consultation, result, data, by)


@transaction.atomic
def reported_result_delete(*, result: ReportedResult, by: User) -> None:
    _listed_part_delete(result, by)


@transaction.atomic
def answer_moderate(*, answer: Answer, themes, quotable: bool, by: User) -> Answer:
    """Tag a comment with themes, and say whether it may be quoted in public."""
    _check_editor(answer.response.consultation, by)
    return save_with(answer, {"themes": themes, "quotable": quotable})


@transaction.atomic
def consultation_close(*, consultation: Consultation, by: User, now=None) -> Consultation:
    """Close an open consultation at once (an approver's decision): it closes now, and the
    responses already sent are kept."""
    if not permissions.can_move_status(by, consultation.strategy.partnership_id):
        raise PermissionDenied(
            gettext("Only an approver of the partnership can close a consultation.")
        )
    now = now or timezone.now()
    consultation = (
        Consultation.objects.select_for_update().select_related("strategy").get(pk=consultation.pk)
    )
    if not consultation.is_open(now):
        raise ValidationError(gettext("Only an open consultation can be closed."))
    return save_with(consultation, {"closes_at": now, "closes_at_precision": Precision.DAY})


@transaction.atomic
def results_publish(*, consultation: Consultation, by: User) -> Consultation:
    if not permissions.can_move_status(by, consultation.strategy.partnership_id):
        raise PermissionDenied(gettext("Only an approver of the partnership can publish results."))
    if not consultation.has_closed():
        raise ValidationError(gettext("Results can be published once the consultation has closed."))
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
def change_save(
    *, consultation: Consultation, change: ConsultationChange, data: dict, by: User
) -> ConsultationChange:
    """'You said, we did': add one (`change` new and unsaved) or change one."""
    return _listed_part_save(consultation, change, data, by)


@transaction.atomic
def change_delete(*, change: ConsultationChange, by: User) -> None:
    _listed_part_delete(change, by)


def _listed_part_save(consultation: Consultation, part, data: dict, by: User):
    """A part of the consultation listed in order (a reported result, a change made): a
    new one goes after the others."""
    _check_editor(consultation, by)
    part.consultation = consultation
    ordering.place_last(part, type(part).objects.filter(consultation=consultation))
    return save_with(part, data)


def _listed_part_delete(part, by: User) -> None:
    _check_editor(part.consultation, by)
    part.delete()
