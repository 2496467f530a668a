"""Reads of partnerships."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from . import permissions
from .models import Membership, Partnership

# The roles in the order the pages list them, each with its heading for one and for more.
ROLE_ORDER = [
    (Membership.Role.RESPONSIBLE_AUTHORITY, _("Responsible authorities")),
    (Membership.Role.CO_OPERATING_BODY, _("Co-operating bodies")),
    (Membership.Role.OTHER_MEMBER, _("Other members")),
]


def partnership_for_editor(user, slug: str) -> Partnership:
    """The partnership if the user has a role in it (or is a superuser); Http404 otherwise."""
    partnership = get_object_or_404(Partnership, slug=slug)
    if not permissions.can_read_drafts(user, partnership.pk):
        raise Http404
    return partnership


def group_by_role(memberships) -> list[tuple[str, list[Membership]]]:
    """Memberships grouped by role under their heading ('Responsible authorities', or
    'Responsible authority' for one), responsible authorities first; empty roles left out."""
    memberships = list(memberships)
    groups = []
    for role, plural in ROLE_ORDER:
        members = [m for m in memberships if m.role == role]
        if members:
            groups.append((plural if len(members) > 1 else role.label, members))
    return groups
