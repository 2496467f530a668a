"""The annual refresh: a new draft revision, copied from the published one."""

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Max
from django.utils import timezone

from partnerships import permissions

from ..models import (
    Action,
    Milestone,
    PolicyLink,
    Risk,
    Strategy,
    StrategyTransition,
)
from .edits import free_slug

Status = Strategy.Status


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
        slug=free_slug(strategy.partnership, f"{strategy.slug[:100]}-{year}-refresh"),
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
