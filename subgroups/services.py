"""Writes to subgroups: the partnership's delivery groups and their members."""

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import transaction

from csp_portal import ordering
from csp_portal.records import save_with
from csp_portal.text import unique_slug
from partnerships import permissions
from partnerships.models import Partnership

from .models import Subgroup, SubgroupMember


def _check_editor(partnership: Partnership, by: User) -> None:
    if not permissions.can_edit(by, partnership.pk):
        raise PermissionDenied("You cannot edit this partnership's subgroups.")


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
