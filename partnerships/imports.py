"""The partnership's members from a table (csp_portal.imports): organisation, short name,
kind, role, representative, from, until. Organisations are found in the national list by
name or short name; those it does not have are listed, and added to it with the import. A
listed organisation's short name or kind the list lacks is filled in from the table; an
organisation already a member is left as it is."""

from dataclasses import dataclass, field

from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from csp_portal.imports import Line, Preview, Problems, key
from csp_portal.tabular import Table

from .models import Membership, Organisation, Partnership

COLUMNS = ["Organisation", "Short name", "Kind", "Role", "Representative", "From", "Until"]
HINTS = {
    "Organisation": _("Required: its full name, e.g. ‘Thames Valley Police’."),
    "Short name": _("Optional: an abbreviation the papers use, e.g. TVP."),
    "Kind": _("For a new organisation: police, local authority, health, probation ..."),
    "Role": _("Required: Responsible authority, Co-operating body or Other member."),
    "Representative": _("Optional: the named senior representative, or their role."),
    "From": _("Optional: when it joined, e.g. April 2021."),
    "Until": _("Optional: when it left."),
}
ALIASES = {
    "member": "organisation",
    "name": "organisation",
    "body": "organisation",
    "abbreviation": "short name",
    "acronym": "short name",
    "type": "kind",
    "statutory role": "role",
    "place in the partnership": "role",
    "named representative": "representative",
    "member from": "from",
    "joined": "from",
    "member until": "until",
    "left": "until",
}
ROLE_WORDS = {
    "responsible authority": Membership.Role.RESPONSIBLE_AUTHORITY,
    "ra": Membership.Role.RESPONSIBLE_AUTHORITY,
    "co-operating": Membership.Role.CO_OPERATING_BODY,
    "cooperating body": Membership.Role.CO_OPERATING_BODY,
    "duty to co-operate": Membership.Role.CO_OPERATING_BODY,
    "other": Membership.Role.OTHER_MEMBER,
    "invited": Membership.Role.OTHER_MEMBER,
    "invited member": Membership.Role.OTHER_MEMBER,
}
KIND_WORDS = {
    "council": Organisation.Kind.LOCAL_AUTHORITY,
    "fire": Organisation.Kind.FIRE_AND_RESCUE,
    "nhs": Organisation.Kind.HEALTH,
    "voluntary sector": Organisation.Kind.VOLUNTARY,
}


@dataclass
class MemberRow:
    membership: Membership
    fills: dict = field(default_factory=dict)  # blanks of a listed organisation the table fills


def organisations_named(names: list[str]) -> dict[str, Organisation]:
    """The national list's organisations the names give, by name or short name."""
    lowered = {name.lower() for name in names if name}
    found = Organisation.objects.annotate(lname=Lower("name"), lshort=Lower("short_name")).filter(
        Q(lname__in=lowered) | Q(lshort__in=lowered)
    )
    named = {}
    for organisation in found:
        if organisation.short_name:
            named.setdefault(key(organisation.short_name), organisation)
        named[key(organisation.name)] = organisation
    return named


def parse_members(partnership: Partnership, table: Table) -> Preview:
    """Every row as the membership it will be, or its errors; a fixed number of queries."""
    preview = Preview(columns=COLUMNS)
    named = organisations_named(
        [row.get("organisation", "") for _n, row in table.rows]
        + [row.get("short name", "") for _n, row in table.rows]
    )
    members = set(partnership.memberships.values_list("organisation_id", flat=True))
    seen, new = {}, []
    for number, row in table.rows:
        problem = Problems(number)
        name = problem.length("Organisation", row.get("organisation", ""), 200)
        short = problem.length("Short name", row.get("short name", ""), 40)
        problem.named_once("Organisation", name, seen, "enter the organisation's name")
        organisation = named.get(key(name)) or (named.get(key(short)) if short else None)
        kind = problem.choice(
            "Kind", row.get("kind", ""), Organisation.Kind.choices, KIND_WORDS, default=""
        )
        membership = Membership(partnership=partnership, organisation=organisation)
        membership.role = problem.choice(
            "Role", row.get("role", ""), Membership.Role.choices, ROLE_WORDS
        )
        if name and not membership.role and not row.get("role"):
            problem(
                "Role", "give its role: Responsible authority, Co-operating body or Other member"
            )
        membership.representative = problem.length(
            "Representative", row.get("representative", ""), 200
        )
        membership.joined = problem.date("From", row.get("from", ""))
        membership.left = problem.date("Until", row.get("until", ""))
        if membership.joined and membership.left and membership.left.end < membership.joined.start:
            problem("Until", "it must be after ‘From’")
        if problem.messages:
            preview.errors.extend(problem.messages)
            continue
        fills = {}
        if organisation is None:
            membership.organisation = Organisation(
                name=name, short_name=short, kind=kind or Organisation.Kind.OTHER
            )
            new.append(name)
        else:  # the national list's record is kept; only what it lacks is filled in
            if short and not organisation.short_name:
                fills["short_name"] = short
            if kind and organisation.kind == Organisation.Kind.OTHER:
                fills["kind"] = kind
            for field_name, value in fills.items():
                setattr(organisation, field_name, value)
        already = organisation is not None and organisation.pk in members
        preview.lines.append(
            Line(
                number,
                [
                    str(membership.organisation),
                    membership.organisation.short_name,
                    membership.organisation.get_kind_display(),
                    membership.get_role_display(),
                    membership.representative,
                    str(membership.joined or ""),
                    str(membership.left or ""),
                ],
                record=MemberRow(membership, fills),
                note="Already a member: left as it is" if already else "",
            )
        )
    if new:
        preview.to_create = [("Organisations to add to the national list", new)]
    return preview
