"""Saving an action plan read from a table (strategies.imports)."""

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from simple_history.utils import bulk_create_with_history

from csp_portal import pagecache
from csp_portal.imports import Preview, key

from ..imports import Names
from ..models import Action, DeliveryArea, StrategicPriority, Strategy
from .edits import check_editable, strategy_touch


@transaction.atomic
def action_plan_import(
    *, strategy: Strategy, preview: Preview, expected_version: int, by: User
) -> None:
    """Save the checked rows after the strategy's actions, creating the priorities and
    delivery areas they name that it does not have. Refused if the strategy changed since
    the preview (so the same import sent twice saves once)."""
    check_editable(strategy, by)
    if preview.errors:
        raise ValidationError("The table has errors: nothing was imported.")
    strategy_touch(strategy=strategy, expected_version=expected_version)
    names = Names(strategy)
    rows = [line.record for line in preview.to_save]
    order = strategy.priorities.aggregate(n=Max("order"))["n"] or 0
    for row in rows:
        if row.priority and key(row.priority) not in names.priorities:
            order += 1
            names.priorities[key(row.priority)] = StrategicPriority.objects.create(
                strategy=strategy, title=row.priority, order=order
            )
    order = strategy.delivery_areas.aggregate(n=Max("order"))["n"] or 0
    for row in rows:
        if row.delivery_area and names.area(row.priority, row.delivery_area) is None:
            order += 1
            area = DeliveryArea.objects.create(
                strategy=strategy,
                priority=names.priorities.get(key(row.priority)),
                title=row.delivery_area,
                order=order,
            )
            within = key(row.priority) if row.priority else ""
            names.areas[(within, key(area.title))] = area
            names.areas_by_title.setdefault(key(area.title), []).append(area)
    order = strategy.actions.aggregate(n=Max("order"))["n"] or 0
    for number, row in enumerate(rows, start=order + 1):
        action = row.action
        action.order = number
        action.priority = names.priorities.get(key(row.priority)) if row.priority else None
        if row.delivery_area:
            action.delivery_area = names.area(row.priority, row.delivery_area)
            action.priority = action.priority or action.delivery_area.priority
    bulk_create_with_history([row.action for row in rows], Action, default_user=by)
    pagecache.content_changed()  # a bulk write sends no signal
