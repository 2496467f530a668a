"""Writes to strategies: the workflow, the annual refresh, and edits that respect the freeze.

Every write goes through a function here, keyword-only and named <entity>_<verb>, taking plain
data and the acting user; views stay thin and call exactly one of them. Role checks come from
partnerships.permissions.
"""

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import models, transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.text import slugify

from csp_portal import audit, ordering
from csp_portal.models import AuditEvent
from csp_portal.records import save_with
from partnerships import permissions

from .documents import DocumentType
from .models import (
    Action,
    Document,
    Milestone,
    PolicyLink,
    Risk,
    StrategicPriority,
    Strategy,
    StrategyTransition,
)
from .signals import strategy_published

Status = Strategy.Status

# Where a strategy may go next from each status.
TRANSITIONS: dict[str, set[str]] = {
    Status.DRAFT: {Status.CONSULTATION},
    Status.CONSULTATION: {Status.AWAITING_APPROVAL, Status.DRAFT},
    Status.AWAITING_APPROVAL: {Status.APPROVED, Status.DRAFT},
    Status.APPROVED: {Status.PUBLISHED},
    Status.PUBLISHED: {Status.SUPERSEDED},
    Status.SUPERSEDED: set(),
}

ACTION_LABELS = {
    Status.CONSULTATION: "Open consultation",
    Status.AWAITING_APPROVAL: "Send for approval and scrutiny",
    Status.APPROVED: "Approve",
    Status.PUBLISHED: "Publish",
    Status.SUPERSEDED: "Mark as superseded",
    Status.DRAFT: "Return to draft",
}


class StaleEdit(ValidationError):
    """Someone else saved the strategy since this form was opened."""


def allowed_transitions(strategy: Strategy) -> list[str]:
    return [s for s in Status.values if s in TRANSITIONS[strategy.status]]


def _check_editable(strategy: Strategy, by: User) -> None:
    if not permissions.can_edit(by, strategy.partnership_id):
        raise PermissionDenied("You cannot edit this partnership's strategies.")
    if strategy.is_frozen:
        raise ValidationError(
            "This strategy is published and can no longer be edited. Start a refresh to "
            "make a new draft revision."
        )


def strategy_touch(*, strategy: Strategy, expected_version: int | None = None) -> int:
    """Count an edit to the strategy or any of its parts. With `expected_version`, refuse
    the edit if someone else has saved since (optimistic concurrency)."""
    rows = Strategy.objects.filter(pk=strategy.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    if not rows.update(version=F("version") + 1, updated_at=timezone.now()):
        raise StaleEdit("Someone else saved changes to this strategy while you were editing.")
    strategy.version = Strategy.objects.values_list("version", flat=True).get(pk=strategy.pk)
    return strategy.version


@transaction.atomic
def strategy_update(*, strategy: Strategy, data: dict, by: User, expected_version: int) -> Strategy:
    """Save the strategy's own fields, unless it is frozen or the form was stale."""
    _check_editable(strategy, by)
    strategy_touch(strategy=strategy, expected_version=expected_version)
    return save_with(strategy, data)


@transaction.atomic
def strategy_transition(*, strategy: Strategy, to: str, by: User, comment: str = "") -> Strategy:
    """Move the strategy along the workflow, recording who, when and why."""
    strategy = Strategy.objects.select_for_update().get(pk=strategy.pk)
    if not permissions.can_move_status(by, strategy.partnership_id):
        raise PermissionDenied("Only an approver of the partnership can change its status.")
    if to not in TRANSITIONS[strategy.status]:
        raise ValidationError(
            f"A strategy that is {strategy.get_status_display().lower()} cannot be moved to "
            f"{Status(to).label.lower()}."
        )
    previous = strategy.status
    strategy.status = to
    if to == Status.PUBLISHED:
        strategy.published_on = strategy.published_on or timezone.localdate()
    strategy.save()
    StrategyTransition.objects.create(
        strategy=strategy, from_status=previous, to_status=to, by=by, comment=comment
    )
    if to == Status.PUBLISHED:
        audit.record(
            AuditEvent.Kind.PUBLISHED,
            user=by,
            partnership=strategy.partnership,
            detail=f"Strategy ‘{strategy.title}’, revision {strategy.revision}",
        )
    strategy_touch(strategy=strategy)
    if to == Status.PUBLISHED:
        _publish(strategy, by)
    return strategy


def _publish(strategy: Strategy, by: User) -> None:
    """The version it replaces becomes superseded. After the commit, the apps above are
    told (reports stores the PDF of record), so that their failure never undoes it."""
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


@transaction.atomic
def strategy_start_refresh(*, strategy: Strategy, by: User, title: str | None = None) -> Strategy:
    """The annual refresh: a new draft revision copied from the published one."""
    if not permissions.can_move_status(by, strategy.partnership_id):
        raise PermissionDenied("Only an approver of the partnership can start a refresh.")
    if strategy.status != Status.PUBLISHED:
        raise ValidationError("Only the current published strategy can be refreshed.")
    if Strategy.objects.filter(supersedes=strategy).exists():
        raise ValidationError("A refresh of this strategy has already been started.")
    revision = (
        Strategy.objects.filter(partnership=strategy.partnership_id).aggregate(n=Max("revision"))[
            "n"
        ]
        or 0
    ) + 1
    year = refresh_year()
    draft = Strategy.objects.create(
        partnership=strategy.partnership,
        title=title or strategy.title,
        slug=_free_slug(strategy, f"{year}-refresh"),
        period_start_year=strategy.period_start_year,
        period_end_year=strategy.period_end_year,
        revision=max(revision, strategy.revision + 1),
        supersedes=strategy,
        status=Status.DRAFT,
        summary=strategy.summary,
        vision=strategy.vision,
        aims=strategy.aims,
        priorities_ranked=strategy.priorities_ranked,
        delivery_approach=strategy.delivery_approach,
        strategic_assessment=strategy.strategic_assessment,
    )
    priorities, areas = {}, {}
    for priority in strategy.priorities.prefetch_related("themes", "subgroups"):
        priorities[priority.pk] = _copy_tagged(
            priority, strategy_id=draft.pk, copied_from_id=priority.pk
        )
    for area in strategy.delivery_areas.prefetch_related("themes", "subgroups"):
        areas[area.pk] = _copy_tagged(
            area,
            strategy_id=draft.pk,
            priority_id=_pk(priorities.get(area.priority_id)),
            copied_from_id=area.pk,
        )
    Action.objects.bulk_create(
        _copy(
            action,
            strategy_id=draft.pk,
            priority_id=_pk(priorities.get(action.priority_id)),
            delivery_area_id=_pk(areas.get(action.delivery_area_id)),
            copied_from_id=action.pk,
        )
        for action in strategy.actions.all()
    )
    Risk.objects.bulk_create(_copy(risk, strategy_id=draft.pk) for risk in strategy.risks.all())
    PolicyLink.objects.bulk_create(
        _copy(link, strategy_id=draft.pk) for link in strategy.policy_links.all()
    )
    Milestone.objects.create(
        strategy=draft,
        kind=Milestone.Kind.REVIEW,
        title=f"Annual refresh started from revision {strategy.revision}",
        body=strategy.partnership.board_name or "Community Safety Partnership",
        actual_on=timezone.localdate(),
    )
    StrategyTransition.objects.create(
        strategy=draft,
        from_status=Status.DRAFT,
        to_status=Status.DRAFT,
        by=by,
        comment=f"Refresh of {strategy.title}, revision {strategy.revision}.",
    )
    return draft


def _copy(part: models.Model, **changes) -> models.Model:
    """An unsaved copy of a part for the new revision: every field of its own, but those in
    `changes` (by attribute name: strategy_id, priority_id ...)."""
    values = {
        field.attname: getattr(part, field.attname)
        for field in part._meta.concrete_fields
        if not field.primary_key
    }
    return type(part)(**{**values, **changes})


def _copy_tagged(part: models.Model, **changes) -> models.Model:
    """A saved copy of a priority or delivery area, with its themes and subgroups."""
    copy = _copy(part, **changes)
    copy.save()
    copy.themes.set(part.themes.all())
    copy.subgroups.set(part.subgroups.all())
    return copy


def _pk(record: models.Model | None) -> int | None:
    return record.pk if record is not None else None


def refresh_year() -> int:
    """The year a refresh started today is named by ("Start the 2026 refresh")."""
    return timezone.localdate().year


def _free_slug(strategy: Strategy, suffix: str) -> str:
    base = f"{strategy.slug[: 120 - len(suffix) - 4]}-{suffix}"
    taken = set(
        Strategy.objects.filter(
            partnership=strategy.partnership_id, slug__startswith=base
        ).values_list("slug", flat=True)
    )
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def part_save(*, strategy: Strategy, part: models.Model, data: dict, by: User) -> models.Model:
    """Add or change a part of a draft strategy (priority, delivery area, action, milestone,
    risk): `part` is the one to change, or a new, unsaved one."""
    _check_editable(strategy, by)
    part.strategy = strategy
    if hasattr(part, "order"):
        ordering.place_last(part, type(part).objects.filter(strategy=strategy))
    save_with(part, data)
    strategy_touch(strategy=strategy)
    return part


@transaction.atomic
def part_delete(*, strategy: Strategy, part: models.Model, by: User) -> None:
    """Delete a part; django-simple-history keeps it, so it can be restored."""
    _check_editable(strategy, by)
    part.delete()
    strategy_touch(strategy=strategy)


@transaction.atomic
def priority_move(*, priority: StrategicPriority, up: bool, by: User) -> None:
    """Swap a priority with the one above or below it."""
    strategy = priority.strategy
    _check_editable(strategy, by)
    if ordering.move(priority, strategy.priorities.all(), up=up):
        strategy_touch(strategy=strategy)


@transaction.atomic
def history_restore(*, strategy: Strategy, record, by: User) -> models.Model:
    """Bring back a deleted part from its last historical record."""
    _check_editable(strategy, by)
    if record.history_type != "-" or record.strategy_id != strategy.pk:
        raise ValidationError("Only a deleted part of this strategy can be restored.")
    part = record.instance
    if type(part).objects.filter(pk=part.pk).exists():
        raise ValidationError("That part has already been restored.")
    if (
        getattr(part, "priority_id", None)
        and not StrategicPriority.objects.filter(pk=part.priority_id).exists()
    ):
        part.priority = None  # its priority is gone too: restore that first, or keep it apart
    part.save()
    strategy_touch(strategy=strategy)
    return part


@transaction.atomic
def document_upload(
    *, strategy: Strategy, data: dict, file: UploadedFile, file_type: DocumentType, by: User
) -> Document:
    """Store an uploaded document under a name the portal chooses, with the extension of
    the type its content was recognised as. Documents can be added to a published plan."""
    if not permissions.can_edit(by, strategy.partnership_id):
        raise PermissionDenied("You cannot edit this partnership's strategies.")
    document = Document(strategy=strategy, partnership_id=strategy.partnership_id)
    file.name = f"{slugify(data['title'])[:80] or 'document'}.{file_type.extension}"
    return save_with(document, {**data, "file": file})
