"""Saving an action plan read from a table (strategies.imports)."""

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.db.models.functions import Lower
from django.utils.translation import gettext
from simple_history.utils import bulk_create_with_history

from csp_portal import pagecache
from csp_portal.imports import Preview, key
from partnerships.models import Organisation

from ..imports import Names, Row
from ..models import Action, DeliveryArea, StrategicPriority, Strategy
from .edits import check_editable, strategy_touch


@transaction.atomic
def action_plan_import(
    *, strategy: Strategy, preview: Preview, expected_version: int, by: User
) -> None:
    """Save the checked rows after the strategy's actions, creating the priorities and
    delivery areas they name that it does not have, and adding to the national list of
    organisations the leads the user ticked (strategies.imports.Row.new_lead). Refused if
    the strategy changed since the preview (so the same import sent twice saves once)."""
    check_editable(strategy, by)
    if preview.errors:
        raise ValidationError(gettext("The table has errors: nothing was imported."))
    strategy_touch(strategy=strategy, expected_version=expected_version)
    names = Names(strategy)
    rows = [line.record for line in preview.to_save]
    new_priorities = {}
    for row in rows:
        if row.priority and key(row.priority) not in names.priorities:
            new_priorities.setdefault(key(row.priority), row.priority)
    order = strategy.priorities.aggregate(n=Max("order"))["n"] or 0
    created = bulk_create_with_history(
        [
            StrategicPriority(strategy=strategy, title=title, order=order + i)
            for i, title in enumerate(new_priorities.values(), start=1)
        ],
        StrategicPriority,
        default_user=by,
    )
    names.priorities |= {key(priority.title): priority for priority in created}
    new_areas = {}
    for row in rows:
        if row.delivery_area and names.area(row.priority, row.delivery_area) is None:
            within = key(row.priority) if row.priority else ""
            new_areas.setdefault((within, key(row.delivery_area)), row)
    order = strategy.delivery_areas.aggregate(n=Max("order"))["n"] or 0
    created = bulk_create_with_history(
        [
            DeliveryArea(
                strategy=strategy,
                priority=names.priorities.get(key(row.priority)),
                title=row.delivery_area,
                order=order + i,
            )
            for i, row in enumerate(new_areas.values(), start=1)
        ],
        DeliveryArea,
        default_user=by,
    )
    for (within, title), area in zip(new_areas, created, strict=True):
        names.areas[(within, title)] = area
        names.areas_by_title.setdefault(title, []).append(area)
    order = strategy.actions.aggregate(n=Max("order"))["n"] or 0
    for number, row in enumerate(rows, start=order + 1):
        action = row.action
        action.order = number
        action.priority = names.priorities.get(key(row.priority)) if row.priority else None
        if row.delivery_area:
            action.delivery_area = names.area(row.priority, row.delivery_area)
            action.priority = action.priority or action.delivery_area.priority
    _add_lead_organisations(rows, by)
    bulk_create_with_history([row.action for row in rows], Action, default_user=by)
    pagecache.partnership_changed(strategy.partnership.slug)  # a bulk write sends no signal


def _add_lead_organisations(rows: list[Row], by: User) -> None:
    """The organisations the user chose to add as leads: each found in the national list
    by its name, or added to it; the rows' actions led by them."""
    names = {key(row.new_lead): row.new_lead for row in rows if row.new_lead}  # as offered
    if not names:
        return
    national = Organisation.objects.annotate(lowered=Lower("name"))
    found = {key(o.name): o for o in national.filter(lowered__in=list(names))}
    added = bulk_create_with_history(
        [Organisation(name=name) for known, name in names.items() if known not in found],
        Organisation,
        default_user=by,
    )
    found |= {key(organisation.name): organisation for organisation in added}
    for row in rows:
        if row.new_lead:
            row.action.lead_organisation = found[key(row.new_lead)]
            row.action.lead_description = ""
