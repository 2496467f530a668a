"""The steps of a strategy from draft to published, each recorded with who, when and why;
and the record of a plan published before the portal."""

import datetime
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from csp_portal import audit
from csp_portal.dates import PartialDate, Precision
from csp_portal.models import AuditEvent
from partnerships import permissions
from partnerships.models import BoardMeeting

from ..bilingual import check_fully_translated
from ..models import (
    Strategy,
    StrategyTransition,
)
from ..signals import strategy_published
from .edits import strategy_touch

Status = Strategy.Status

# Where a strategy may go next from each status.
TRANSITIONS: dict[str, set[str]] = {
    Status.DRAFT: {Status.CONSULTATION},
    Status.CONSULTATION: {Status.AWAITING_APPROVAL, Status.DRAFT},
    Status.AWAITING_APPROVAL: {Status.APPROVED, Status.DRAFT},
    Status.APPROVED: {Status.PUBLISHED, Status.DRAFT},
    Status.PUBLISHED: {Status.SUPERSEDED},
    Status.SUPERSEDED: set(),
}

ACTION_LABELS = {
    Status.CONSULTATION: _("Send out for consultation"),
    Status.AWAITING_APPROVAL: _("Send for approval and scrutiny"),
    Status.APPROVED: _("Approve the strategy"),
    Status.PUBLISHED: _("Publish the strategy"),
    Status.SUPERSEDED: _("Mark as superseded"),
    Status.DRAFT: _("Return to draft"),
}


@dataclass(frozen=True)
class Decision:
    """What an approval rests on: the meeting of the board that decided, or a reference
    (a minute number, a delegated decision)."""

    meeting: BoardMeeting | None = None
    reference: str = ""


def allowed_transitions(strategy: Strategy) -> list[str]:
    return [s for s in Status.values if s in TRANSITIONS[strategy.status]]


@transaction.atomic
def strategy_record_publication(
    *, strategy: Strategy, published: PartialDate, by: User, comment: str = ""
) -> Strategy:
    """Publish the record of a plan published before the portal, on the date it really was
    published: no consultation or approval steps in the portal, and no date stamped by the
    workflow. Its approval dates are its milestones."""
    strategy = Strategy.objects.select_for_update().get(pk=strategy.pk)
    if not permissions.can_move_status(by, strategy.partnership_id):
        raise PermissionDenied(gettext("Only an approver of the partnership can publish it."))
    if not strategy.published_elsewhere or strategy.status != Status.DRAFT:
        raise ValidationError(
            gettext(
                "Only the draft record of a plan published before the portal can be published "
                "as one."
            )
        )
    if published.start > timezone.localdate():
        raise ValidationError(
            {"published_on": gettext("The date of publication cannot be in the future")}
        )
    check_fully_translated(strategy)
    when = "on" if published.precision == Precision.DAY else "in"
    recorded = f"Recorded as published {when} {published}, before the portal."
    strategy.published = published
    strategy.status = Status.PUBLISHED
    strategy.save()
    StrategyTransition.objects.create(
        strategy=strategy,
        from_status=Status.DRAFT,
        to_status=Status.PUBLISHED,
        by=by,
        comment="\n".join(filter(None, [recorded, comment])),
    )
    _publish(strategy, by, detail=f"Record of ‘{strategy.title}’, published {published}")
    return strategy


def sent_for_approval_by(strategy: Strategy) -> User | None:
    """Who sent the strategy for approval this time (the latest such step), if recorded."""
    step = (
        strategy.transitions.filter(to_status=Status.AWAITING_APPROVAL)
        .select_related("by")
        .order_by("-at", "-pk")
        .first()
    )
    return step.by if step else None


def _check_step(strategy, to, by, comment, decision, published_on) -> None:
    """The rules of the step itself, beyond the workflow's table."""
    if to in (Status.CONSULTATION, Status.PUBLISHED):
        check_fully_translated(strategy)  # a bilingual plan goes out in both languages
    if to == Status.DRAFT and not comment.strip():
        raise ValidationError({"comment": gettext("Say why it goes back to draft")})
    if to == Status.APPROVED:
        if decision is None or not (decision.meeting or decision.reference.strip()):
            raise ValidationError(
                gettext(
                    "Say what the approval rests on: the board meeting that decided, or the "
                    "decision's reference."
                )
            )
        if decision.meeting and decision.meeting.partnership_id != strategy.partnership_id:
            raise ValidationError({"decision_meeting": gettext("Choose a meeting of this board")})
        sender = sent_for_approval_by(strategy)
        if strategy.partnership.approval_by_another and sender is not None and sender == by:
            raise ValidationError(
                gettext(
                    "You sent this strategy for approval: another approver of the partnership must "
                    "approve it (the partnership asks that two people see it)."
                )
            )
    if to == Status.PUBLISHED and published_on and published_on > timezone.localdate():
        raise ValidationError(
            {"published_on": gettext("The date of publication cannot be in the future")}
        )


@transaction.atomic
def strategy_transition(
    *,
    strategy: Strategy,
    to: str,
    by: User,
    comment: str = "",
    decision: Decision | None = None,
    published_on: datetime.date | None = None,
) -> Strategy:
    """Move the strategy along the workflow, recording who, when and why: a return to
    draft says why; an approval says what it rests on (and, where the partnership asks it,
    is made by someone other than the sender); publication is on the day given (today
    unless said), never a day to come."""
    strategy = (
        Strategy.objects.select_for_update().select_related("partnership").get(pk=strategy.pk)
    )
    if not permissions.can_move_status(by, strategy.partnership_id):
        raise PermissionDenied(
            gettext("Only an approver of the partnership can change its status.")
        )
    if to not in TRANSITIONS[strategy.status]:
        raise ValidationError(
            gettext("A strategy that is %(strategy)s cannot be moved to %(to)s.")
            % {"strategy": strategy.get_status_display().lower(), "to": Status(to).label.lower()}
        )
    _check_step(strategy, to, by, comment, decision, published_on)
    previous = strategy.status
    strategy.status = to
    if to == Status.PUBLISHED:
        strategy.published_on = published_on or timezone.localdate()
        strategy.published_on_precision = Precision.DAY
    strategy.save()
    approval = decision if to == Status.APPROVED else Decision()
    StrategyTransition.objects.create(
        strategy=strategy,
        from_status=previous,
        to_status=to,
        by=by,
        comment=comment,
        decision_meeting=approval.meeting,
        decision_reference=approval.reference.strip(),
    )
    if to == Status.PUBLISHED:
        _publish(strategy, by, detail=f"Strategy ‘{strategy.title}’, revision {strategy.revision}")
    else:
        strategy_touch(strategy=strategy)
    return strategy


def _publish(strategy: Strategy, by: User, *, detail: str) -> None:
    """The publication in the audit log (`detail`: what was published) and an edit to the
    strategy; the version it replaces becomes superseded. After the commit, the apps above
    are told (reports stores the PDF of record), so that their failure never undoes it."""
    audit.record(
        AuditEvent.Kind.PUBLISHED, user=by, partnership=strategy.partnership, detail=detail
    )
    strategy_touch(strategy=strategy)
    older = strategy.supersedes
    if older is not None and older.status == Status.PUBLISHED:
        older.status = Status.SUPERSEDED
        older.save(update_fields=["status", "updated_at"])
        StrategyTransition.objects.create(
            strategy=older,
            from_status=Status.PUBLISHED,
            to_status=Status.SUPERSEDED,
            by=by,
            comment=f"Superseded by {strategy.title} (revision {strategy.revision}).",
        )
    transaction.on_commit(lambda: strategy_published.send(sender=Strategy, strategy_pk=strategy.pk))
