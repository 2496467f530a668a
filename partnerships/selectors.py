"""Reads of partnerships."""

from django.http import Http404
from django.shortcuts import get_object_or_404

from . import permissions
from .models import Membership, Partnership

ROLE_ORDER = [
    Membership.Role.RESPONSIBLE_AUTHORITY,
    Membership.Role.CO_OPERATING_BODY,
    Membership.Role.OTHER_MEMBER,
]


def partnership_for_editor(user, slug: str) -> Partnership:
    """The partnership if the user has a role in it (or is a superuser); Http404 otherwise."""
    partnership = get_object_or_404(Partnership, slug=slug)
    if not permissions.can_read_drafts(user, partnership.pk):
        raise Http404
    return partnership


def group_by_role(memberships) -> list[tuple[str, list[Membership]]]:
    """Memberships grouped by role, responsible authorities first; empty roles left out."""
    memberships = list(memberships)
    groups = []
    for role in ROLE_ORDER:
        members = [m for m in memberships if m.role == role]
        if members:
            groups.append((role.label, members))
    return groups
