"""Who may do what, in one place: views, templates, services and tests all ask these.

A user's role is per partnership: viewer < editor < approver. Superusers may do everything.
Objects of a partnership the user has no role in are simply not found (404); a user who can
see an object but not act on it is refused (403).

`READ`, `EDIT` and `APPROVE` are what an editor page says it needs (the access toolkit in
csp_portal.editor asks `need.allows(user, partnership)`); the `can_*` functions say the same
in words for services and templates.
"""

from dataclasses import dataclass

from .models import Partnership, PartnershipRole

Role = PartnershipRole.Role
# The group (made by migration 0005) of those who add partnerships to the portal and invite
# their first approver. They see every partnership and its people, not its drafts.
PORTAL_ADMINISTRATORS = "Portal administrators"
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


@dataclass(frozen=True)
class Need:
    """The least role a page or an action asks for in the partnership concerned."""

    role: str

    def allows(self, user, partnership: Partnership | int) -> bool:
        if user.is_authenticated and user.is_active and user.is_superuser:
            return True
        held = role_for(user, partnership)
        return held is not None and RANK[held] >= RANK[self.role]


READ = Need(Role.VIEWER)
EDIT = Need(Role.EDITOR)
APPROVE = Need(Role.APPROVER)


def can_read_drafts(user, partnership) -> bool:
    """Read unpublished strategies and staff reports (viewers, editors, approvers)."""
    return READ.allows(user, partnership)


def can_edit(user, partnership) -> bool:
    """Edit drafts: the strategy, priorities, delivery areas, actions, milestones, risks."""
    return EDIT.allows(user, partnership)


def can_change_public(user, partnership, *, public: bool) -> bool:
    """Change a record of a plan that residents already read (a published plan's documents,
    a published quarter's progress): what is public changes only through an approver, since
    a change is public at once. Editors record the rest."""
    return (APPROVE if public else EDIT).allows(user, partnership)


def can_move_status(user, partnership) -> bool:
    """Send to consultation, for approval, approve, publish, start a refresh."""
    return APPROVE.allows(user, partnership)


def can_manage_roles(user, partnership) -> bool:
    """Invite people and give them roles in the partnership."""
    return APPROVE.allows(user, partnership)


@dataclass(frozen=True)
class PortalNeed:
    """What a page of the whole portal asks for: being signed in, or being a portal
    administrator. Such a page is of no one partnership."""

    administrator: bool

    def allows(self, user, partnership=None) -> bool:
        if self.administrator:
            return is_portal_administrator(user)
        return user.is_authenticated and user.is_active


SIGNED_IN = PortalNeed(administrator=False)
PORTAL_ADMINISTRATOR = PortalNeed(administrator=True)


def is_portal_administrator(user) -> bool:
    """A member of the portal administrators' group (or a superuser). Cached on the user."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_portal_administrator", None)
    if cached is None:
        cached = user._portal_administrator = user.groups.filter(
            name=PORTAL_ADMINISTRATORS
        ).exists()
    return cached


def partnership_ids_visible_to(user) -> set[int] | None:
    """The partnerships whose drafts the user may read; None means all (superuser)."""
    if not (user.is_authenticated and user.is_active):
        return set()
    if user.is_superuser:
        return None
    return set(_roles(user))
