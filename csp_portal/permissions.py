"""Who may do what, in one place: views, templates and tests all ask these functions.

A user's role is per partnership: viewer < editor < approver. Superusers may do everything.
Objects of a partnership the user has no role in are simply not found (404); a user who can
see an object but not act on it is refused (403).
"""

from partnerships.models import Partnership, PartnershipRole

Role = PartnershipRole.Role
RANK = {Role.VIEWER: 1, Role.EDITOR: 2, Role.APPROVER: 3}


def role_for(user, partnership: Partnership | int) -> str | None:
    """The user's role in the partnership, or None. Cached on the user for the request."""
    if not (user.is_authenticated and user.is_active):
        return None
    return _roles(user).get(partnership if isinstance(partnership, int) else partnership.pk)


def _roles(user) -> dict[int, str]:
    """{partnership id: role}, read once per user object (request.user lives one request)."""
    cache = getattr(user, "_partnership_roles", None)
    if cache is None:
        cache = dict(
            PartnershipRole.objects.filter(user=user).values_list("partnership_id", "role")
        )
        user._partnership_roles = cache
    return cache


def _at_least(user, partnership, role: str) -> bool:
    if user.is_authenticated and user.is_active and user.is_superuser:
        return True
    held = role_for(user, partnership)
    return held is not None and RANK[held] >= RANK[role]


def can_read_drafts(user, partnership) -> bool:
    """Read unpublished strategies and staff reports (viewers, editors, approvers)."""
    return _at_least(user, partnership, Role.VIEWER)


def can_edit(user, partnership) -> bool:
    """Edit drafts: the strategy, priorities, delivery areas, actions, milestones, risks."""
    return _at_least(user, partnership, Role.EDITOR)


def can_move_status(user, partnership) -> bool:
    """Send to consultation, for approval, approve, publish, start a refresh."""
    return _at_least(user, partnership, Role.APPROVER)


def can_manage_roles(user, partnership) -> bool:
    """Invite people and give them roles in the partnership."""
    return _at_least(user, partnership, Role.APPROVER)


def partnership_ids_visible_to(user) -> set[int] | None:
    """The partnerships whose drafts the user may read; None means all (superuser)."""
    if not (user.is_authenticated and user.is_active):
        return set()
    if user.is_superuser:
        return None
    return set(_roles(user))
