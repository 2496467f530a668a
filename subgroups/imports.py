"""The partnership's subgroups from a table (csp_portal.imports): name, acronym, kind,
purpose, chair, deputy chair, frequency, length, public, and their members (as the paper
names them, separated by semicolons or on lines of their own; linked to an organisation of
the partnership where the name is one). A subgroup the partnership has already is left as
it is."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from csp_portal.imports import Line, Preview, Problems, key
from csp_portal.tabular import Table
from partnerships.models import Organisation, Partnership

from .models import Subgroup, SubgroupMember

COLUMNS = [
    "Name",
    "Acronym",
    "Kind",
    "Purpose",
    "Chair",
    "Deputy chair",
    "Frequency",
    "Length",
    "Public",
    "Members",
]
HINTS = {
    "Name": _("Required: e.g. ‘Violence Reduction Group’."),
    "Kind": _("Optional: Subgroup (if empty), Panel or case conference, Task and finish group ..."),
    "Acronym": _("Optional: e.g. VRG; action plans may name it so."),
    "Purpose": _("Optional: what it is for."),
    "Chair": _("Optional: as the paper names the chair, a role or a name."),
    "Deputy chair": _("Optional."),
    "Frequency": _("Optional: how often it meets, e.g. ‘Every 6 weeks’."),
    "Length": _("Optional: how long it meets for, e.g. ‘1.5 hours’."),
    "Public": _("Yes (if empty) or No, for a confidential panel kept off the public pages."),
    "Members": _("Optional: as the paper names them, separated by semicolons."),
}
TEXTS = {
    "Name": "name",
    "Acronym": "acronym",
    "Purpose": "overview",
    "Chair": "chair_role",
    "Deputy chair": "deputy_chair_role",
    "Frequency": "meeting_frequency",
    "Length": "meeting_length",
}
ALIASES = {
    "subgroup": "name",
    "group": "name",
    "short name": "acronym",
    "type": "kind",
    "overview": "purpose",
    "chaired by": "chair",
    "deputy": "deputy chair",
    "vice-chair": "deputy chair",
    "vice chair": "deputy chair",
    "meeting frequency": "frequency",
    "meets": "frequency",
    "how often it meets": "frequency",
    "meeting length": "length",
    "shown on the public pages": "public",
    "membership": "members",
}


@dataclass
class Row:
    subgroup: Subgroup
    members: list[SubgroupMember]


YES_NO = [("yes", "Yes"), ("no", "No")]
YES_NO_WORDS = {"y": "yes", "true": "yes", "public": "yes", "n": "no", "false": "no"}


def member_names(text: str) -> list[str]:
    names = text.replace("\n", ";").split(";")
    return [" ".join(name.split()) for name in names if name.strip()]


def parse_subgroups(partnership: Partnership, table: Table) -> Preview:
    """Every row as the subgroup it will be, or its errors; a fixed number of queries."""
    preview = Preview(columns=COLUMNS)
    existing = {}
    for subgroup in partnership.subgroups.all():
        existing[key(subgroup.name)] = subgroup
        if subgroup.acronym:
            existing.setdefault(key(subgroup.acronym), subgroup)
    organisations = {}
    for organisation in Organisation.objects.filter(memberships__partnership=partnership):
        organisations[key(organisation.name)] = organisation
        if organisation.short_name:
            organisations.setdefault(key(organisation.short_name), organisation)
    seen = {}
    for number, row in table.rows:
        problem = Problems(number)
        subgroup = Subgroup(partnership=partnership)
        problem.texts(subgroup, row, TEXTS)
        problem.named_once("Name", subgroup.name, seen, "enter the subgroup's name")
        subgroup.kind = problem.choice(
            "Kind", row.get("kind", ""), Subgroup.Kind.choices, default=Subgroup.Kind.SUBGROUP
        )
        public = problem.choice("Public", row.get("public", ""), YES_NO, YES_NO_WORDS, "yes")
        subgroup.is_public = public == "yes"
        members = []
        for name in member_names(row.get("members", "")):
            members.append(
                SubgroupMember(
                    name=problem.length("Members", name, 200),
                    organisation=organisations.get(key(name)),
                )
            )
        if problem.messages:
            preview.errors.extend(problem.messages)
            continue
        already = existing.get(key(subgroup.name)) or (
            existing.get(key(subgroup.acronym)) if subgroup.acronym else None
        )
        preview.lines.append(
            Line(
                number,
                [
                    subgroup.name,
                    subgroup.acronym,
                    subgroup.get_kind_display(),
                    subgroup.overview,
                    subgroup.chair_role,
                    subgroup.deputy_chair_role,
                    subgroup.meeting_frequency,
                    subgroup.meeting_length,
                    "Yes" if subgroup.is_public else "No",
                    "; ".join(member.name for member in members),
                ],
                record=Row(subgroup, members),
                note=f"Already a subgroup ({already}): left as it is" if already else "",
            )
        )
    return preview
