"""Reminders of things that happened: a consultation opening, closing in 3 days and closed,
and a strategy's workflow steps (sent for approval, returned to draft, published). Plain
functions returning `Due` items, as in `due`.

The workflow steps are read from `StrategyTransition`, the record the workflow keeps of
every step: nothing is sent inside the request that takes the step, and the strategies
app knows nothing of reminders. The next run of `send_reminders` finds the steps of the
last few days; the sent-log makes each one's e-mail go once."""

import datetime

from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from consultations.models import Consultation
from strategies.models import Strategy, StrategyTransition

from .due import Due, catch_up, is_due, reminder_context
from .models import Kind
from .people import APPROVERS, STAFF
from .people import people_by_role as people

CLOSING_DAYS = 3
Status = Strategy.Status


def _day(moment: datetime.datetime) -> datetime.date:
    return timezone.localdate(moment)


def _written(day: datetime.date) -> str:
    return f"{day:%-d %B %Y}"


def _consultations(day: datetime.date, partnership_ids):
    """The portal's consultations that open, close or closed around `day`."""
    start = timezone.make_aware(datetime.datetime.combine(day - catch_up(), datetime.time()))
    end = timezone.make_aware(datetime.datetime.combine(day, datetime.time.max))
    found = (
        Consultation.objects.filter(run_by_portal=True, opens_at__lte=end, closes_at__gte=start)
        .exclude(strategy__status=Status.SUPERSEDED)
        .select_related("strategy__partnership")
    )
    if partnership_ids is not None:
        found = found.filter(strategy__partnership_id__in=partnership_ids)
    return list(found)


def consultation_events(day: datetime.date, partnership_ids=None) -> list[Due]:
    """To the editors and approvers: a consultation has opened, closes in 3 days, or has
    closed and its results are to be analysed."""
    consultations = _consultations(day, partnership_ids)
    staff = people({c.strategy.partnership_id for c in consultations}, STAFF)
    dues = []
    for consultation in consultations:
        opens, closes = _day(consultation.opens_at), _day(consultation.closes_at)
        # The first day it is closed: the day after the last moment it was open.
        closed = _day(consultation.closes_at - datetime.timedelta(microseconds=1)) + (
            datetime.timedelta(days=1)
        )
        taking_responses = consultation.strategy.status == Status.CONSULTATION
        title, plan = consultation.title, consultation.strategy.title
        detail = reverse("consultations_editor:detail", kwargs={"pk": consultation.pk})
        events = []
        if taking_responses and is_due(opens, day, until=closes):
            events.append(
                (
                    "opening",
                    opens,
                    f"Consultation open: {title}",
                    f"Tell residents and partners about ‘{title}’ on {plan}: it opened on "
                    f"{_written(opens)} and closes on {_written(closes)}.",
                    detail,
                )
            )
        closing = closes - datetime.timedelta(days=CLOSING_DAYS)
        if taking_responses and closing != opens and is_due(closing, day, until=closes):
            events.append(
                (
                    "closing",
                    closing,
                    f"Consultation closes on {_written(closes)}: {title}",
                    f"Remind people to answer ‘{title}’ on {plan}: it closes on "
                    f"{_written(closes)}.",
                    detail,
                )
            )
        if is_due(closed, day):
            events.append(
                (
                    "closed",
                    closed,
                    f"Consultation closed, results to analyse: {title}",
                    f"Analyse the results of ‘{title}’ on {plan}, and say what you changed: "
                    f"it closed on {_written(closes)}.",
                    reverse("consultations_editor:results", kwargs={"pk": consultation.pk}),
                )
            )
        for event, due_on, subject, lead, path in events:
            dues += [
                Due(
                    person,
                    f"consultation:{consultation.pk}:{event}",
                    reminder_context(
                        Kind.CONSULTATIONS,
                        consultation.strategy.partnership,
                        due_on,
                        subject,
                        lead,
                        [],
                        path,
                    ),
                )
                for person in staff[consultation.strategy.partnership_id]
            ]
    return dues


def _by(transition) -> str:
    user = transition.by
    return (user.get_full_name() or user.get_username()) if user else "Someone"


def workflow_events(day: datetime.date, partnership_ids=None) -> list[Due]:
    """Sent for approval (to the approvers), returned to draft and published (to the
    editors and approvers); never to the person who took the step."""
    transitions = (
        StrategyTransition.objects.filter(
            at__date__range=(day - catch_up(), day),
            to_status__in=[Status.AWAITING_APPROVAL, Status.DRAFT, Status.PUBLISHED],
        )
        .exclude(from_status=F("to_status"))  # a new draft, or a refresh: not news
        .select_related("strategy__partnership", "by")
    )
    if partnership_ids is not None:
        transitions = transitions.filter(strategy__partnership_id__in=partnership_ids)
    transitions = list(transitions)
    ids = {t.strategy.partnership_id for t in transitions}
    approvers, staff = people(ids, APPROVERS), people(ids, STAFF)
    dues = []
    for transition in transitions:
        strategy, on = transition.strategy, _day(transition.at)
        overview = reverse("reports_editor:strategy", kwargs={"pk": strategy.pk})
        if transition.to_status == Status.AWAITING_APPROVAL:
            to = approvers
            subject = f"Awaiting your approval: {strategy.title}"
            lead = (
                f"Read ‘{strategy.title}’ and approve it, or return it to draft saying why: "
                f"{_by(transition)} sent it for approval on {_written(on)}."
            )
            path = overview
        elif transition.to_status == Status.DRAFT:
            to = staff
            subject = f"Returned to draft: {strategy.title}"
            reason = transition.comment or "no reason was recorded"
            lead = (
                f"Change ‘{strategy.title}’ and send it for approval again: {_by(transition)} "
                f"returned it to draft on {_written(on)} ({reason})."
            )
            path = overview
        else:
            to = staff
            subject = f"Published: {strategy.title}"
            lead = (
                f"Tell partners and residents: ‘{strategy.title}’ was published on {_written(on)}."
            )
            path = strategy.get_absolute_url()
        dues += [
            Due(
                person,
                f"workflow:{transition.pk}",
                reminder_context(Kind.WORKFLOW, strategy.partnership, on, subject, lead, [], path),
            )
            for person in to[strategy.partnership_id]
            if person.user_id != transition.by_id
        ]
    return dues
