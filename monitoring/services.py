"""Writes to monitoring: progress, the quarters made public, indicators and their figures.

Progress and figures are recorded against published plans too: the freeze is on the plan,
not on its delivery."""

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from csp_portal import audit, ordering
from csp_portal.fiscal import Quarter
from csp_portal.models import AuditEvent
from csp_portal.records import save_with
from partnerships import permissions
from partnerships.refusals import Refusal
from strategies.models import Action, Strategy

from .models import Indicator, IndicatorValue, ProgressUpdate, QuarterPublication
from .selectors import is_public_quarter, publish_refusal

_check_can_edit = Refusal(permissions.can_edit, _("You cannot edit this partnership's monitoring."))


@transaction.atomic
def progress_record(
    *, action: Action, quarter: Quarter, data: dict, by: User, today=None
) -> ProgressUpdate:
    """Record (or replace) an action's update for a quarter; late if the quarter had closed.
    A quarter whose progress is published is public: only an approver changes it."""
    _check_can_edit(action.strategy.partnership_id, by)
    public = is_public_quarter(action.strategy, quarter)
    if not permissions.can_change_public(by, action.strategy.partnership_id, public=public):
        raise PermissionDenied(
            gettext("Progress up to %(short_label)s is published: only an approver can change it.")
            % {"short_label": quarter.short_label}
        )
    today = today or timezone.localdate()
    if quarter.starts_on > today:
        raise ValidationError(
            gettext("%(short_label)s has not begun yet.") % {"short_label": quarter.short_label}
        )
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
def quarter_publish(
    *, strategy: Strategy, quarter: Quarter, by: User, today=None
) -> QuarterPublication:
    if not permissions.can_move_status(by, strategy.partnership_id):
        raise PermissionDenied(gettext("Only an approver of the partnership can publish progress."))
    if why := publish_refusal(strategy, quarter, today):
        raise ValidationError(why)
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
def indicator_save(*, strategy: Strategy, indicator: Indicator, data: dict, by: User) -> Indicator:
    """Add an indicator (`indicator` new and unsaved) or change one."""
    _check_can_edit(strategy.partnership_id, by)
    indicator.strategy = strategy
    ordering.place_last(indicator, strategy.indicators.all())
    return save_with(indicator, data)


@transaction.atomic
def indicator_value_save(
    *, indicator: Indicator, value: IndicatorValue, data: dict, by: User
) -> IndicatorValue:
    """Record a figure (`value` new and unsaved) or correct one: `data` gives its year,
    quarter (None for a whole year), value and note. One figure a period: a period that
    has one already is refused, so that a correction is made to that figure."""
    _check_can_edit(indicator.strategy.partnership_id, by)
    value.indicator = indicator
    year, quarter = data["year"], data.get("quarter")
    taken = indicator.values.filter(year=year, quarter=quarter).exclude(pk=value.pk)
    if taken.exists():
        label = IndicatorValue(year=year, quarter=quarter).period_label
        raise ValidationError(
            {
                "period": gettext(
                    "There is a figure for %(value)s already: change that one instead"
                )
                % {"value": label}
            }
        )
    return save_with(value, data)


@transaction.atomic
def indicator_value_delete(*, value: IndicatorValue, by: User) -> None:
    """Delete a wrong figure: it leaves the chart and the table (the history keeps it)."""
    _check_can_edit(value.indicator.strategy.partnership_id, by)
    value.delete()


@transaction.atomic
def indicator_values_import(*, strategy: Strategy, rows, by: User) -> int:
    """Save parsed rows (monitoring.imports.parse_indicator_csv): all of them or, on any
    failure, none. A figure for a period already recorded is replaced."""
    _check_can_edit(strategy.partnership_id, by)
    for indicator, year, quarter, value, note in rows:
        if indicator.strategy_id != strategy.pk:
            raise PermissionDenied(gettext("That indicator belongs to another strategy."))
        IndicatorValue.objects.update_or_create(
            indicator=indicator,
            year=year,
            quarter=quarter,
            defaults={"value": value, "note": note},
        )
    return len(rows)
