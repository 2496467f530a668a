"""Edits to a strategy and its parts, respecting the freeze, refusing a stale save."""

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext

from csp_portal import ordering
from csp_portal.records import save_with
from csp_portal.text import unique_slug
from partnerships import permissions
from partnerships.models import Partnership
from subgroups.models import Subgroup

from ..documents import DocumentType
from ..models import (
    Document,
    StrategicPriority,
    Strategy,
    StrategyTransition,
)

Status = Strategy.Status


class StaleEdit(ValidationError):
    """Someone else saved the strategy since this form was opened."""


def check_editable(strategy: Strategy, by: User) -> None:
    if not permissions.can_edit(by, strategy.partnership_id):
        raise PermissionDenied(gettext("You cannot edit this partnership's strategies."))
    if strategy.is_frozen:
        raise ValidationError(strategy.frozen_message)


def strategy_touch(*, strategy: Strategy, expected_version: int | None = None) -> int:
    """Count an edit to the strategy or any of its parts. With `expected_version`, refuse
    the edit if someone else has saved since (optimistic concurrency)."""
    rows = Strategy.objects.filter(pk=strategy.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    if not rows.update(version=F("version") + 1, updated_at=timezone.now()):
        raise StaleEdit(
            gettext("Someone else saved changes to this strategy while you were editing.")
        )
    strategy.version = Strategy.objects.values_list("version", flat=True).get(pk=strategy.pk)
    return strategy.version


def free_slug(partnership: Partnership, text: str) -> str:
    """A strategy's address from its title, unique in the partnership."""
    taken = Strategy.objects.filter(partnership=partnership).values_list("slug", flat=True)
    return unique_slug(text, taken, fallback="strategy")


@transaction.atomic
def strategy_create(*, partnership: Partnership, data: dict, by: User) -> Strategy:
    """A new draft strategy of the partnership, or the record of a plan published before
    the portal (`published_elsewhere`), to be filled in and then published as a record. A
    new plan is the first revision of its own, replacing none: only a refresh of a plan
    makes its next revision."""
    if not permissions.can_move_status(by, partnership.pk):
        raise PermissionDenied(gettext("Only an approver of the partnership can start a strategy."))
    strategy = Strategy(
        partnership=partnership,
        slug=free_slug(partnership, data["title"]),
        status=Status.DRAFT,
        revision=1,
    )
    save_with(strategy, data)
    StrategyTransition.objects.create(
        strategy=strategy,
        from_status=Status.DRAFT,
        to_status=Status.DRAFT,
        by=by,
        comment="Started as the record of a plan published before the portal."
        if strategy.published_elsewhere
        else "Started as a new draft.",
    )
    return strategy


@transaction.atomic
def strategy_update(*, strategy: Strategy, data: dict, by: User, expected_version: int) -> Strategy:
    """Save the strategy's own fields, unless it is frozen or the form was stale."""
    check_editable(strategy, by)
    strategy_touch(strategy=strategy, expected_version=expected_version)
    return save_with(strategy, data)


@transaction.atomic
def part_save(*, strategy: Strategy, part: models.Model, data: dict, by: User) -> models.Model:
    """Add or change a part of a draft strategy (priority, delivery area, action, milestone,
    risk): `part` is the one to change, or a new, unsaved one."""
    check_editable(strategy, by)
    part.strategy = strategy
    if hasattr(part, "order"):
        ordering.place_last(part, type(part).objects.filter(strategy=strategy))
    save_with(part, data)
    strategy_touch(strategy=strategy)
    return part


@transaction.atomic
def part_delete(*, strategy: Strategy, part: models.Model, by: User) -> None:
    """Delete a part; django-simple-history keeps it, so it can be restored."""
    check_editable(strategy, by)
    part.delete()
    strategy_touch(strategy=strategy)


@transaction.atomic
def priority_move(*, priority: StrategicPriority, up: bool, by: User) -> None:
    """Swap a priority with the one above or below it."""
    strategy = priority.strategy
    check_editable(strategy, by)
    if ordering.move(priority, strategy.priorities.all(), up=up):
        strategy_touch(strategy=strategy)


@transaction.atomic
def history_restore(*, strategy: Strategy, record, by: User) -> models.Model:
    """Bring back a deleted part from its last historical record."""
    check_editable(strategy, by)
    if record.history_type != "-" or record.strategy_id != strategy.pk:
        raise ValidationError(gettext("Only a deleted part of this strategy can be restored."))
    part = record.instance
    if type(part).objects.filter(pk=part.pk).exists():
        raise ValidationError(gettext("That part has already been restored."))
    if (
        getattr(part, "priority_id", None)
        and not StrategicPriority.objects.filter(pk=part.priority_id).exists()
    ):
        part.priority = None  # its priority is gone too: restore that first, or keep it apart
    part.save()
    strategy_touch(strategy=strategy)
    return part


@transaction.atomic
def document_save(
    *,
    document: Document,
    data: dict,
    file: UploadedFile | None,
    file_type: DocumentType | None,
    by: User,
) -> Document:
    """Add or change a document of a partnership or of one of its strategies: a file, stored
    under a name the portal chooses with the extension of the type its content was
    recognised as, or a link. Documents can be added to a published plan, by an approver:
    they are public at once."""
    _check_document_change(document, by)
    if file is not None:
        file.name = f"{slugify(data['title'])[:80] or 'document'}.{file_type.extension}"
        data = {**data, "file": file}
    return save_with(document, data)


@transaction.atomic
def document_delete(*, document: Document, by: User) -> None:
    _check_document_change(document, by)
    document.file.delete(save=False)
    document.delete()


def _check_document_change(document: Document, by: User) -> None:
    public = bool(document.strategy_id) and document.strategy.is_public
    if not permissions.can_change_public(by, document.partnership_id, public=public):
        raise PermissionDenied(
            gettext("Only an approver can change the documents of a published strategy.")
            if public
            else gettext("You cannot edit this partnership's documents.")
        )


@transaction.atomic
def subgroup_delivery_set(
    *, strategy: Strategy, subgroup: Subgroup, priorities, delivery_areas, by: User
) -> None:
    """Which of this strategy's priorities and delivery areas the subgroup delivers."""
    check_editable(strategy, by)
    if subgroup.partnership_id != strategy.partnership_id:
        raise PermissionDenied(gettext("That subgroup belongs to another partnership."))
    subgroup.priorities.set([*subgroup.priorities.exclude(strategy=strategy), *priorities])
    subgroup.delivery_areas.set(
        [*subgroup.delivery_areas.exclude(strategy=strategy), *delivery_areas]
    )
    strategy_touch(strategy=strategy)
