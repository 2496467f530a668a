"""Who a reminder goes to: a partnership's people by their role, and an action's lead.

An action's lead is an organisation (or a subgroup, or words); the person to remind is the
partnership's contact at the lead organisation, where one with an e-mail address is
recorded. Where none is, the strategy's editors are reminded in their place, and told so."""

from collections import defaultdict
from typing import NamedTuple

from partnerships.models import Contact, PartnershipRole

Role = PartnershipRole.Role
EDITORS = (Role.EDITOR,)
APPROVERS = (Role.APPROVER,)
STAFF = (Role.EDITOR, Role.APPROVER)


class Recipient(NamedTuple):
    email: str  # lower case: the person, for their preferences and the sent-log; or ""
    name: str
    user_id: int | None = None  # None for a contact, who has no account


def people_by_role(partnership_ids, roles) -> dict[int, list[Recipient]]:
    """{partnership id: its active users with one of `roles`}. One with no e-mail address
    is e-mailed nothing, but the workspace lists what falls due for them all the same."""
    rows = (
        PartnershipRole.objects.filter(role__in=roles, user__is_active=True)
        .order_by("user__email")
        .values_list(
            "partnership_id", "user_id", "user__email", "user__first_name", "user__username"
        )
    )
    if partnership_ids is not None:
        rows = rows.filter(partnership_id__in=partnership_ids)
    found = defaultdict(list)
    for partnership_id, user_id, email, first_name, username in rows:
        found[partnership_id].append(Recipient(email.lower(), first_name or username, user_id))
    return found


def lead_contacts(partnership_ids) -> dict[tuple[int, int], list[Recipient]]:
    """{(partnership id, organisation id): the partnership's contacts at that organisation
    with an e-mail address}."""
    rows = Contact.objects.filter(organisation__isnull=False).exclude(email="")
    if partnership_ids is not None:
        rows = rows.filter(partnership_id__in=partnership_ids)
    found = defaultdict(list)
    for contact in rows:
        key = (contact.partnership_id, contact.organisation_id)
        found[key].append(Recipient(contact.email.lower(), contact.name))
    return found


def editors_in_place(editors: list[Recipient], approvers: list[Recipient]) -> list[Recipient]:
    """Who is reminded of an action whose lead has no e-mail address: the editors, or the
    approvers where the partnership has no editor with one."""
    return editors or approvers
