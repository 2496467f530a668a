"""Writes to strategies: the workflow, the annual refresh, and edits that respect the freeze.

Every write goes through a function here, keyword-only and named <entity>_<verb>; views stay
thin and call exactly one of them. Role checks come from csp_portal.permissions.
"""

import logging

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone

from csp_portal import audit, ordering, pagecache, permissions
from csp_portal.models import AuditEvent
from csp_portal.pdf import PdfRenderError

from .models import (
    Action,
    DeliveryArea,
    Milestone,
    PolicyLink,
    Risk,
    StrategicPriority,
    Strategy,
    StrategyTransition,
)
from .pdfs import published_pdf
from .selectors import strategy_page_queryset

logger = logging.getLogger(__name__)

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


def _check_editable(strategy: Strategy, by) -> None:
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
    # A queryset update sends no signal: tell the public page cache directly.
    pagecache.content_changed()
    if not rows.update(version=F("version") + 1, updated_at=timezone.now()):
        raise StaleEdit("Someone else saved changes to this strategy while you were editing.")
    strategy.version = Strategy.objects.values_list("version", flat=True).get(pk=strategy.pk)
    return strategy.version


@transaction.atomic
def strategy_update(*, strategy: Strategy, data: dict, by, expected_version: int) -> Strategy:
    """Save the strategy's own fields, unless it is frozen or the form was stale."""
    _check_editable(strategy, by)
    strategy_touch(strategy=strategy, expected_version=expected_version)
    for field, value in data.items():
        setattr(strategy, field, value)
    strategy.full_clean()
    strategy.save()
    return strategy


@transaction.atomic
def strategy_transition(*, strategy: Strategy, to: str, by, comment: str = "") -> Strategy:
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


def _publish(strategy: Strategy, by) -> None:
    """The version it replaces becomes superseded; its PDF of record is rendered now."""
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
    # The document of record; after the commit, so a rendering failure never undoes a
    # publication (the public URL renders a missing file again).
    transaction.on_commit(lambda: _store_pdf(strategy.pk))


def _store_pdf(pk: int) -> None:
    try:
        published_pdf(strategy_page_queryset().get(pk=pk))
    except PdfRenderError:
        logger.exception("Could not store the PDF of strategy %s; it renders on first download", pk)


@transaction.atomic
def strategy_start_refresh(*, strategy: Strategy, by, title: str | None = None) -> Strategy:
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
    year = timezone.localdate().year
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
        copy = StrategicPriority.objects.create(
            strategy=draft,
            order=priority.order,
            title=priority.title,
            subtitle=priority.subtitle,
            description=priority.description,
            copied_from=priority,
        )
        copy.themes.set(priority.themes.all())
        copy.subgroups.set(priority.subgroups.all())
        priorities[priority.pk] = copy
    for area in strategy.delivery_areas.prefetch_related("themes", "subgroups"):
        copy = DeliveryArea.objects.create(
            strategy=draft,
            priority=priorities.get(area.priority_id),
            order=area.order,
            title=area.title,
            description=area.description,
            copied_from=area,
        )
        copy.themes.set(area.themes.all())
        copy.subgroups.set(area.subgroups.all())
        areas[area.pk] = copy
    Action.objects.bulk_create(
        Action(
            strategy=draft,
            priority=priorities.get(a.priority_id),
            delivery_area=areas.get(a.delivery_area_id),
            area=a.area,
            year=a.year,
            order=a.order,
            delivery=a.delivery,
            success_measure=a.success_measure,
            target=a.target,
            lead_organisation_id=a.lead_organisation_id,
            lead_subgroup_id=a.lead_subgroup_id,
            lead_description=a.lead_description,
            four_p=a.four_p,
            due_on=a.due_on,
            copied_from=a,
        )
        for a in strategy.actions.all()
    )
    Risk.objects.bulk_create(
        Risk(
            strategy=draft,
            order=r.order,
            title=r.title,
            description=r.description,
            mitigation=r.mitigation,
            rating=r.rating,
        )
        for r in strategy.risks.all()
    )
    PolicyLink.objects.bulk_create(
        PolicyLink(
            strategy=draft, kind=p.kind, title=p.title, note=p.note, url=p.url, order=p.order
        )
        for p in strategy.policy_links.all()
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
def strategy_part_save(*, strategy: Strategy, form, by):
    """Add or change a part of a draft strategy (priority, delivery area, action, milestone,
    risk) from a valid form."""
    _check_editable(strategy, by)
    part = form.save(commit=False)
    part.strategy = strategy
    if hasattr(part, "order"):
        ordering.place_last(part, type(part).objects.filter(strategy=strategy))
    part.full_clean()
    part.save()
    form.save_m2m()
    strategy_touch(strategy=strategy)
    return part


@transaction.atomic
def strategy_part_delete(*, strategy: Strategy, part, by) -> None:
    """Delete a part; django-simple-history keeps it, so it can be restored."""
    _check_editable(strategy, by)
    part.delete()
    strategy_touch(strategy=strategy)


@transaction.atomic
def priority_move(*, priority: StrategicPriority, up: bool, by) -> None:
    """Swap a priority with the one above or below it."""
    strategy = priority.strategy
    _check_editable(strategy, by)
    if ordering.move(priority, strategy.priorities.all(), up=up):
        strategy_touch(strategy=strategy)


@transaction.atomic
def history_restore(*, strategy: Strategy, record, by):
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


# Monitoring: progress, indicators, the committee's recommendations. Progress and figures
# are recorded against published plans too: the freeze is on the plan, not on its delivery.


def _check_can_edit(strategy: Strategy, by) -> None:
    if not permissions.can_edit(by, strategy.partnership_id):
        raise PermissionDenied("You cannot edit this partnership's monitoring.")


@transaction.atomic
def progress_record(*, action: Action, quarter, data: dict, by, today=None):
    """Record (or replace) an action's update for a quarter; late if the quarter had closed."""
    from .models import ProgressUpdate

    _check_can_edit(action.strategy, by)
    today = today or timezone.localdate()
    if quarter.starts_on > today:
        raise ValidationError(f"{quarter.short_label} has not begun yet.")
    update, _created = ProgressUpdate.objects.update_or_create(
        action=action,
        year=quarter.year,
        quarter=quarter.number,
        defaults={
            **data,
            "late": quarter.has_closed(today),
            "by": by,
            "updated_at": timezone.now(),
        },
    )
    return update


@transaction.atomic
def quarter_publish(*, strategy: Strategy, quarter, by, today=None):
    from .models import QuarterPublication

    if not permissions.can_move_status(by, strategy.partnership_id):
        raise PermissionDenied("Only an approver of the partnership can publish progress.")
    if quarter.starts_on > (today or timezone.localdate()):
        raise ValidationError(f"{quarter.short_label} has not begun yet.")
    publication, created = QuarterPublication.objects.get_or_create(
        strategy=strategy, year=quarter.year, quarter=quarter.number, defaults={"by": by}
    )
    if created:
        audit.record(
            AuditEvent.Kind.PUBLISHED,
            user=by,
            partnership=strategy.partnership,
            detail=f"Progress up to {quarter.short_label} of ‘{strategy.title}’",
        )
    return publication


@transaction.atomic
def indicator_save(*, strategy: Strategy, form, by):
    _check_can_edit(strategy, by)
    indicator = form.save(commit=False)
    indicator.strategy = strategy
    ordering.place_last(indicator, strategy.indicators.all())
    indicator.full_clean()
    indicator.save()
    return indicator


@transaction.atomic
def indicator_values_import(*, strategy: Strategy, rows, by) -> int:
    """Save parsed rows (monitoring.parse_indicator_csv): all of them or, on any failure,
    none. A figure for a period already recorded is replaced."""
    from .models import IndicatorValue

    _check_can_edit(strategy, by)
    for indicator, year, quarter, value, note in rows:
        if indicator.strategy_id != strategy.pk:
            raise PermissionDenied("That indicator belongs to another strategy.")
        IndicatorValue.objects.update_or_create(
            indicator=indicator,
            year=year,
            quarter=quarter,
            defaults={"value": value, "note": note},
        )
    return len(rows)


@transaction.atomic
def recommendation_update(*, recommendation, form, by):
    _check_can_edit_partnership(recommendation.review.partnership_id, by)
    item = form.save(commit=False)
    item.updated_on = timezone.localdate()
    item.save()
    return item


def _check_can_edit_partnership(partnership_id: int, by) -> None:
    if not permissions.can_edit(by, partnership_id):
        raise PermissionDenied("You cannot edit this partnership's records.")


@transaction.atomic
def document_upload(*, strategy: Strategy, form, by):
    """Store an uploaded document under a name the portal chooses, with the extension of
    the type its content was recognised as."""
    from django.utils.text import slugify

    _check_can_edit(strategy, by)
    document = form.save(commit=False)
    document.strategy = strategy
    document.partnership_id = strategy.partnership_id
    upload = form.cleaned_data["file"]
    upload.name = f"{slugify(document.title)[:80] or 'document'}.{form.document_type.extension}"
    document.file = upload
    document.full_clean()
    document.save()
    return document
