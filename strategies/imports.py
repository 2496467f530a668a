"""An action plan from a table (csp_portal.imports), with the columns of the action plan's
own export: priority, delivery area, area, year, delivery, success measure, target, lead,
4P, due. Priorities, delivery areas and leads are matched by name. Priorities and delivery
areas the strategy does not have yet are listed, and created with the actions; leads the
portal does not know are listed for the user to tick those to add to the national list of
organisations, the others kept as the plan words them (services.imports saves it all).
Reading saves nothing."""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models.functions import Lower
from django.utils import dateformat
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from csp_portal.dates import PartialDate
from csp_portal.fiscal import financial_year_label
from csp_portal.imports import Choice, Line, Preview, Problems, key
from csp_portal.tabular import Table
from partnerships.models import Organisation

from .models import Action, DeliveryArea, Strategy

COLUMNS = [
    "Priority",
    "Delivery area",
    "Area",
    "Year",
    "Delivery",
    "Success measure",
    "Target",
    "Lead",
    "4P",
    "Due",
]
HINTS = {
    "Priority": _("As the strategy names it; a new one is created if you say so."),
    "Delivery area": _("Optional. Under the row's priority, or at strategy level."),
    "Area": _("Optional: the plan's own heading, e.g. ‘Residential burglary’."),
    "Year": _("The financial year, e.g. 2021/22 or 2021. Rows without one take the year below."),
    "Delivery": _("Required: what will be done."),
    "Lead": _(
        "A subgroup or member by name or short name, or an organisation by its full "
        "name. Others are listed: tick those to add as organisations, the rest are kept as written."
    ),
    "4P": _("Optional: Prevent, Protect, Pursue or Prepare."),
    "Due": _("Optional: 31/03/2022, March 2022 or 2022, as the plan gives it."),
}
TEXTS = {
    "Delivery": "delivery",
    "Area": "area",
    "Success measure": "success_measure",
    "Target": "target",
}
# Other words a plan's own table uses for a column.
ALIASES = {
    "action": "delivery",
    "actions": "delivery",
    "what we will do": "delivery",
    "outcome": "success measure",
    "success measures": "success measure",
    "measure": "success measure",
    "targets": "target",
    "lead / monitor": "lead",
    "lead/monitor": "lead",
    "owner": "lead",
    "4p category": "4p",
    "due date": "due",
    "financial year": "year",
    "focus area": "delivery area",
    "area of focus": "delivery area",
}


@dataclass
class Row:
    """A row to save: the action, its priority and delivery area as the table names them
    (found, or created, when it is saved), and the name of the organisation to add to the
    national list as its lead, if the user ticked it."""

    action: Action
    priority: str
    delivery_area: str
    new_lead: str = ""


def parse_year(text: str) -> int:
    """'2021', '2021/22', '2021-22' or '2021/2022' (a financial year), as a plan writes it.
    The ValueError says what is wrong: '2026/28' is no financial year."""
    match = re.fullmatch(r"(\d{4})(?:\s*[/-]\s*(\d{2}|\d{4}))?", text.strip())
    if not match or not 2000 <= int(match.group(1)) <= 2100:
        raise ValueError(
            gettext("‘%(text)s’ is not a year such as 2021 or 2021/22") % {"text": text}
        )
    year, then = int(match.group(1)), match.group(2)
    if then and int(then) != (year + 1) % 10 ** len(then):
        raise ValueError(
            gettext("‘%(text)s’ is not a financial year: one starting in %(year)s is %(label)s")
            % {"text": text, "year": year, "label": financial_year_label(year)}
        )
    return year


# The checks a row shares with the action form (strategies.forms.parts.ActionForm).


def plan_years(strategy: Strategy) -> range:
    """The financial years of the plan's period: a 2021 to 2024 plan runs from 2021/22 to
    2023/24 (Strategy.ends_on)."""
    start = strategy.period_start_year
    return range(start, max(start, strategy.period_end_year - 1) + 1)


def year_problem(strategy: Strategy, year: int) -> str:
    years = plan_years(strategy)
    if year in years:
        return ""
    first, last = financial_year_label(years[0]), financial_year_label(years[-1])
    if first == last:
        return gettext("%(year)s is outside the plan: it runs in %(first)s") % {
            "year": financial_year_label(year),
            "first": first,
        }
    return gettext("%(year)s is outside the plan: it runs from %(first)s to %(last)s") % {
        "year": financial_year_label(year),
        "first": first,
        "last": last,
    }


def due_problem(strategy: Strategy, due: PartialDate | None) -> str:
    """A due date wholly before the plan starts ('2020' is, 'March 2021' is, '2021' is not:
    the year goes on past 1 April)."""
    if due is None or due.end >= strategy.starts_on:
        return ""
    return gettext("%(due)s is before the plan starts, on %(starts)s") % {
        "due": due,
        "starts": dateformat.format(strategy.starts_on, "j F Y"),
    }


class Names:
    """The strategy's priorities and delivery areas, and the possible leads (the
    partnership's subgroups and members, and organisations of the national list the
    table's `leads` name in full), by name: a fixed number of queries whatever the size of
    the table."""

    def __init__(self, strategy: Strategy, leads: Iterable[str] = ()):
        self.priorities = {key(p.title): p for p in strategy.priorities.all()}
        self.areas: dict[tuple[str, str], DeliveryArea] = {}
        self.areas_by_title: dict[str, list[DeliveryArea]] = {}
        for area in strategy.delivery_areas.select_related("priority"):
            within = key(area.priority.title) if area.priority else ""
            self.areas[(within, key(area.title))] = area
            self.areas_by_title.setdefault(key(area.title), []).append(area)
        self.leads: dict[str, object] = {}
        members = Organisation.objects.filter(memberships__partnership=strategy.partnership_id)
        for organisation in members:
            self.leads[key(organisation.name)] = organisation
            if organisation.short_name:
                self.leads.setdefault(key(organisation.short_name), organisation)
        for subgroup in strategy.partnership.subgroups.all():
            self.leads[key(subgroup.name)] = subgroup
            if subgroup.acronym:
                self.leads[key(subgroup.acronym)] = subgroup
            self.leads[key(str(subgroup))] = subgroup
        named = {key(part) for text in leads for part in [text, *text.split(",")]}
        if unmatched := named - set(self.leads) - {""}:
            national = Organisation.objects.annotate(lowered=Lower("name"))
            for organisation in national.filter(lowered__in=unmatched):
                self.leads.setdefault(key(organisation.name), organisation)

    def area(self, priority: str, title: str) -> DeliveryArea | None | str:
        """The delivery area, None if there is none of that name, or why it is ambiguous."""
        if priority:
            return self.areas.get((key(priority), key(title)))
        found = self.areas_by_title.get(key(title), [])
        if len(found) > 1:
            return "the strategy has more than one delivery area of that name: give its priority"
        return found[0] if found else None

    def lead(self, text: str) -> list:
        """The subgroup and/or organisation the text names ('PSTG', or 'PSTG, Thames Valley
        Police' as the export writes both), or [] if it names neither."""
        if not text:
            return []
        if found := self.leads.get(key(text)):
            return [found]
        parts = [self.leads.get(key(part)) for part in text.split(",")]
        kinds = {type(part) for part in parts}
        return parts if None not in parts and len(parts) == len(kinds) == 2 else []


NEW_LEADS = "new_leads"  # the field of the form the ticked leads come back in
ORGANISATION_NAME_LENGTH = Organisation._meta.get_field("name").max_length


def parse_action_plan(
    strategy: Strategy,
    table: Table,
    *,
    default_year: int | None,
    new_leads: Iterable[str] = (),
) -> Preview:
    """Every row of the table (its columns checked: csp_portal.imports.check_header) as the
    action it will be, or its errors. Leads the portal does not know are offered to add to
    the national list of organisations; those named in `new_leads` (ticked) will be."""
    preview = Preview(columns=COLUMNS)
    names = Names(strategy, leads=[row.get("lead", "") for _number, row in table.rows])
    ticked = {key(name) for name in new_leads}
    unknown_leads: dict[str, str] = {}
    new_priorities, new_areas, area_labels = [], [], []
    for number, row in table.rows:
        problem = Problems(number)
        action = Action(strategy=strategy)
        problem.texts(action, row, TEXTS)
        if not action.delivery:
            problem("Delivery", "enter what will be done")
        year = row.get("year", "")
        try:
            action.year = parse_year(year) if year else default_year
        except ValueError as error:
            problem("Year", str(error))
        else:
            if action.year is None:
                problem("Year", "give the year, or choose below the year of rows without one")
            elif why := year_problem(strategy, action.year):
                problem("Year", why)
        action.four_p = problem.choice("4P", row.get("4p", ""), Action.FourP.choices)
        action.due = problem.date("Due", row.get("due", ""))
        if why := due_problem(strategy, action.due):
            problem("Due", why)
        lead, new_lead = row.get("lead", ""), ""
        leads = names.lead(lead)
        for found in leads:
            if isinstance(found, Organisation):
                action.lead_organisation = found
            else:
                action.lead_subgroup = found
        if lead and not leads:
            action.lead_description = problem.length("Lead", lead, 300)
            if len(lead) <= ORGANISATION_NAME_LENGTH:
                offered = unknown_leads.setdefault(key(lead), lead)  # as first written
                new_lead = offered if key(lead) in ticked else ""
        priority, area = row.get("priority", ""), row.get("delivery area", "")
        if priority and key(priority) not in names.priorities:
            if key(priority) not in map(key, new_priorities):
                new_priorities.append(priority)
        if area:
            found = names.area(priority, area)
            if isinstance(found, str):
                problem("Delivery area", found)
            elif found is None and (key(priority), key(area)) not in new_areas:
                new_areas.append((key(priority), key(area)))
                area_labels.append(f"{area} (under {priority})" if priority else area)
        if problem.messages:
            preview.errors.extend(problem.messages)
            continue
        preview.lines.append(
            Line(
                number,
                [
                    priority,
                    area,
                    action.area,
                    financial_year_label(action.year),
                    action.delivery,
                    action.success_measure,
                    action.target,
                    action.lead_label,
                    action.get_four_p_display(),
                    str(action.due or ""),
                ],
                record=Row(action, priority, area, new_lead),
                flags=[f"no {what}" for what in action.missing],
            )
        )
    preview.to_create = [
        (heading, found)
        for heading, found in [
            ("Priorities the strategy does not have yet", new_priorities),
            ("Delivery areas the strategy does not have yet", area_labels),
        ]
        if found
    ]
    if unknown_leads:
        preview.to_choose = [
            Choice(
                NEW_LEADS,
                "Leads the portal does not know",
                "Tick those to add to the national list of organisations, as the lead of "
                "their actions. The others are kept as the plan words them.",
                list(unknown_leads.values()),
                [name for name in unknown_leads.values() if key(name) in ticked],
            )
        ]
    return preview
