"""Writes to subgroups: the partnership's delivery groups and their members."""

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext_lazy as _
from simple_history.utils import bulk_create_with_history

from csp_portal import ordering, pagecache
from csp_portal.imports import Preview, key
from csp_portal.records import save_with
from csp_portal.text import unique_slug
from partnerships import permissions
from partnerships.models import Partnership
from partnerships.refusals import Refusal

from .models import Subgroup, SubgroupMember

_check_editor = Refusal(permissions.can_edit, _("You cannot edit this partnership's subgroups."))


@transaction.atomic
def subgroup_save(
    *, partnership: Partnership, subgroup: Subgroup, data: dict, by: User
) -> Subgroup:
    """Add a subgroup (`subgroup` new and unsaved: its address is made from its acronym or
    name) or change one (its address stays)."""
    _check_editor(partnership, by)
    subgroup.partnership = partnership
    if subgroup.pk is None:
        taken = partnership.subgroups.values_list("slug", flat=True)
        subgroup.slug = unique_slug(data.get("acronym") or data["name"], taken, fallback="subgroup")
        ordering.place_last(subgroup, partnership.subgroups.all())
    return save_with(subgroup, data)


@transaction.atomic
def subgroup_import(*, partnership: Partnership, preview: Preview, by: User) -> int:
    """Subgroups read from a table (subgroups.imports), with their members, after the
    partnership's own. One the partnership has by now (by name or acronym) is left as it
    is, so an import sent twice saves once. The number saved."""
    _check_editor(partnership, by)
    Partnership.objects.select_for_update().get(pk=partnership.pk)  # one import at a time
    names, taken = set(), set()
    for name, acronym, slug in partnership.subgroups.values_list("name", "acronym", "slug"):
        names |= {key(name), key(acronym)} - {""}
        taken.add(slug)
    order = partnership.subgroups.aggregate(n=Max("order"))["n"] or 0
    rows = []
    for line in preview.to_save:
        subgroup = line.record.subgroup
        if {key(subgroup.name), key(subgroup.acronym)} & names:
            continue
        names |= {key(subgroup.name), key(subgroup.acronym)} - {""}
        subgroup.slug = unique_slug(subgroup.acronym or subgroup.name, taken, fallback="subgroup")
        taken.add(subgroup.slug)
        order += 1
        subgroup.order = order
        rows.append(line.record)
    bulk_create_with_history([row.subgroup for row in rows], Subgroup, default_user=by)
    members = []
    for row in rows:
        for number, member in enumerate(row.members, start=1):
            member.subgroup, member.order = row.subgroup, number
            members.append(member)
    bulk_create_with_history(members, SubgroupMember, default_user=by)
    pagecache.partnership_changed(partnership.slug)  # a bulk write sends no signal
    return len(rows)


@transaction.atomic
def subgroup_delete(*, subgroup: Subgroup, by: User) -> None:
    _check_editor(subgroup.partnership, by)
    subgroup.delete()


@transaction.atomic
def member_save(
    *, subgroup: Subgroup, member: SubgroupMember, data: dict, by: User
) -> SubgroupMember:
    _check_editor(subgroup.partnership, by)
    member.subgroup = subgroup
    ordering.place_last(member, subgroup.members.all())
    return save_with(member, data)


@transaction.atomic
def member_delete(*, member: SubgroupMember, by: User) -> None:
    _check_editor(member.subgroup.partnership, by)
    member.delete()
