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
from django.utils.formats import date_format
from django.utils.translation import gettext as _

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
    return date_format(day, "j F Y")


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
                    _("Consultation open: %(title)s") % {"title": title},
                    _(
                        "Tell residents and partners about ‘%(title)s’ on %(plan)s: it opened "
                        "on %(opens)s and closes on %(closes)s."
                    )
                    % {
                        "title": title,
                        "plan": plan,
                        "opens": _written(opens),
                        "closes": _written(closes),
                    },
                    detail,
                )
            )
        closing = closes - datetime.timedelta(days=CLOSING_DAYS)
        if taking_responses and closing != opens and is_due(closing, day, until=closes):
            events.append(
                (
                    "closing",
                    closing,
                    _("Consultation closes on %(closes)s: %(title)s")
                    % {"closes": _written(closes), "title": title},
                    _("Remind people to answer ‘%(title)s’ on %(plan)s: it closes on %(closes)s.")
                    % {"title": title, "plan": plan, "closes": _written(closes)},
                    detail,
                )
            )
        if is_due(closed, day):
            events.append(
                (
                    "closed",
                    closed,
                    _("Consultation closed, results to analyse: %(title)s") % {"title": title},
                    _(
                        "Analyse the results of ‘%(title)s’ on %(plan)s, and say what you "
                        "changed: it closed on %(closes)s."
                    )
                    % {"title": title, "plan": plan, "closes": _written(closes)},
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
    return (user.get_full_name() or user.get_username()) if user else _("Someone")


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
            subject = _("Awaiting your approval: %(title)s") % {"title": strategy.title}
            lead = _(
                "Read ‘%(title)s’ and approve it, or return it to draft saying why: %(by)s "
                "sent it for approval on %(day)s."
            ) % {"title": strategy.title, "by": _by(transition), "day": _written(on)}
            path = overview
        elif transition.to_status == Status.DRAFT:
            to = staff
            subject = _("Returned to draft: %(title)s") % {"title": strategy.title}
            reason = transition.comment or _("no reason was recorded")
            lead = _(
                "Change ‘%(title)s’ and send it for approval again: %(by)s returned it to "
                "draft on %(day)s (%(reason)s)."
            ) % {
                "title": strategy.title,
                "by": _by(transition),
                "day": _written(on),
                "reason": reason,
            }
            path = overview
        else:
            to = staff
            subject = _("Published: %(title)s") % {"title": strategy.title}
            lead = _("Tell partners and residents: ‘%(title)s’ was published on %(day)s.") % {
                "title": strategy.title,
                "day": _written(on),
            }
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
