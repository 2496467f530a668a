"""Writes to partnerships: adding one to the portal, its profile and its records (members,
board, contacts, funding, governance), who holds which role, and inviting people who have no
account yet."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Max
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.utils import bulk_create_with_history

from csp_portal import audit, mail, ordering, pagecache
from csp_portal.imports import Preview
from csp_portal.models import AuditEvent
from csp_portal.records import save_with

from . import permissions
from .models import Membership, Organisation, Partnership, PartnershipRole
from .refusals import Refusal


def _check_portal_administrator(by: User) -> None:
    if not permissions.is_portal_administrator(by):
        raise PermissionDenied(gettext("Only a portal administrator can do that."))


_check_editor = Refusal(permissions.can_edit, _("You cannot edit this partnership's records."))


@transaction.atomic
def partnership_create(
    *, data: dict, councils: list[str], approver_email: str, by: User, site_url: str
) -> tuple[Partnership, PartnershipRole]:
    """A portal administrator adds a partnership (the councils it covers by name: new ones
    join the national list) and invites its first approver."""
    _check_portal_administrator(by)
    partnership = save_with(Partnership(), {**data, "local_authorities": _councils(councils)})
    held, _invited = _give_role(
        partnership=partnership,
        email=approver_email,
        role=PartnershipRole.Role.APPROVER,
        by=by,
        site_url=site_url,
    )
    audit.record(
        AuditEvent.Kind.PARTNERSHIP_ADDED,
        user=by,
        partnership=partnership,
        detail=f"{partnership.name}; first approver {held.user.email}",
    )
    return partnership, held


@transaction.atomic
def approver_invite(
    *, partnership: Partnership, email: str, by: User, site_url: str
) -> tuple[PartnershipRole, bool]:
    """A portal administrator gives a partnership an approver (its first, or a new one
    when the last has gone)."""
    _check_portal_administrator(by)
    return _give_role(
        partnership=partnership,
        email=email,
        role=PartnershipRole.Role.APPROVER,
        by=by,
        site_url=site_url,
    )


def _councils(names: list[str]) -> list[Organisation]:
    return [
        Organisation.objects.get_or_create(
            name=name, defaults={"kind": Organisation.Kind.LOCAL_AUTHORITY}
        )[0]
        for name in names
    ]


@transaction.atomic
def partnership_update(
    *, partnership: Partnership, data: dict, councils: list[str], by: User
) -> Partnership:
    """An approver changes the partnership's profile (its address, the slug, stays)."""
    if not permissions.can_manage_roles(by, partnership.pk):
        raise PermissionDenied(
            gettext("Only an approver of the partnership can change its profile.")
        )
    return save_with(partnership, {**data, "local_authorities": _councils(councils)})


@transaction.atomic
def partnership_suspend(*, partnership: Partnership, suspended: bool, by: User) -> Partnership:
    """Take the partnership's public pages down (or put them back); its workspace stays."""
    _check_portal_administrator(by)
    if suspended == partnership.is_suspended:
        return partnership
    partnership.suspended_at = timezone.now() if suspended else None
    partnership.save(update_fields=["suspended_at"])
    audit.record(
        AuditEvent.Kind.SUSPENDED if suspended else AuditEvent.Kind.RESTORED,
        user=by,
        partnership=partnership,
    )
    return partnership


@transaction.atomic
def record_save(
    *, partnership: Partnership, record: models.Model, data: dict, by: User
) -> models.Model:
    """Add (an unsaved `record`) or change one of the partnership's records: a member, a
    contact, funding, a governance link, a board post or meeting. A new one goes last."""
    _check_editor(partnership, by)
    if record.pk is None and hasattr(record, "order"):
        siblings = type(record).objects.filter(partnership=partnership)
        ordering.place_last(record, siblings)
    return save_with(record, data)


@transaction.atomic
def record_delete(*, partnership: Partnership, record: models.Model, by: User) -> None:
    _check_editor(partnership, by)
    record.delete()


@transaction.atomic
def membership_save(
    *,
    partnership: Partnership,
    membership: Membership,
    data: dict,
    new_organisation: dict | None,
    by: User,
) -> Membership:
    """A member from the national list of organisations, or a new one added to the list."""
    _check_editor(partnership, by)
    if new_organisation:
        data = {**data, "organisation": save_with(Organisation(), new_organisation)}
    return record_save(partnership=partnership, record=membership, data=data, by=by)


@transaction.atomic
def membership_import(*, partnership: Partnership, preview: Preview, by: User) -> int:
    """Members read from a table (partnerships.imports), after the partnership's own, the
    organisations the national list lacks added to it. An organisation that is a member by
    now is left as it is, so an import sent twice saves once. The number saved."""
    _check_editor(partnership, by)
    Partnership.objects.select_for_update().get(pk=partnership.pk)  # one import at a time
    members = set(partnership.memberships.values_list("organisation_id", flat=True))
    order = partnership.memberships.aggregate(n=Max("order"))["n"] or 0
    saved = []
    for line in preview.to_save:
        membership = line.record.membership
        if line.record.fills:
            membership.organisation.save(update_fields=list(line.record.fills))
        if membership.organisation.pk is None:
            new = membership.organisation
            membership.organisation, _ = Organisation.objects.get_or_create(
                name=new.name, defaults={"short_name": new.short_name, "kind": new.kind}
            )
        if membership.organisation.pk in members:
            continue
        members.add(membership.organisation.pk)
        order += 1
        membership.order = order
        saved.append(membership)
    bulk_create_with_history(saved, Membership, default_user=by)
    pagecache.partnership_changed(partnership.slug)  # a bulk write sends no signal
    return len(saved)


@transaction.atomic
def organisation_update(
    *, partnership: Partnership, organisation: Organisation, data: dict, by: User
) -> Organisation:
    """Change an organisation this partnership names (it may be on others' lists too: the
    history keeps who changed what): its name, kind, or that it was abolished or replaced."""
    _check_editor(partnership, by)
    if data.get("replaced_by") == organisation:
        raise ValidationError({"replaced_by": gettext("An organisation cannot replace itself")})
    return save_with(organisation, data)


_check_manager = Refusal(
    permissions.can_manage_roles, _("Only an approver of the partnership can manage its people.")
)


@transaction.atomic
def role_assign(
    *, partnership: Partnership, email: str, role: str, by: User, site_url: str
) -> tuple[PartnershipRole, bool]:
    """Give the person with this e-mail address a role in the partnership. Someone with no
    account yet gets one, without a password, and an e-mail with a link to set it.

    Returns the role and whether an invitation was sent."""
    _check_manager(partnership, by)
    return _give_role(partnership=partnership, email=email, role=role, by=by, site_url=site_url)


def _give_role(
    *, partnership: Partnership, email: str, role: str, by: User, site_url: str
) -> tuple[PartnershipRole, bool]:
    email = email.strip().lower()
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).order_by("pk").first()
    if user is not None and user.pk == by.pk and not by.is_superuser:
        raise ValidationError(gettext("You cannot change your own role. Ask another approver."))
    invited = user is None
    if invited:
        if User.objects.filter(username__iexact=email).exists():
            raise ValidationError(gettext("An account already uses that address as its username."))
        user = User(username=email, email=email)
        user.set_unusable_password()
        user.save()
    held, _created = PartnershipRole.objects.update_or_create(
        user=user, partnership=partnership, defaults={"role": role, "granted_by": by}
    )
    if invited:
        transaction.on_commit(lambda: _send_invitation(held, by, site_url))
    return held, invited


def _send_invitation(held: PartnershipRole, by: User, site_url: str) -> None:
    """The invitation, in English; for a partnership that publishes in both languages, in
    Welsh first and then English (the person has chosen no language yet: the Welsh Language
    Standards ask correspondence to be bilingual then), each with its link in its language."""
    partnership = held.partnership
    languages = (
        ["cy", settings.LANGUAGE_CODE] if partnership.is_bilingual else [settings.LANGUAGE_CODE]
    )
    subjects, bodies = [], []
    for language in languages:
        with translation.override(language):
            subject, body = _invitation(held, by, site_url)
        subjects.append(subject)
        bodies.append(body.strip())
    mail.send(
        subject=" / ".join(subjects), body="\n\n----\n\n".join(bodies) + "\n", to=[held.user.email]
    )


def _invitation(held: PartnershipRole, by: User, site_url: str) -> tuple[str, str]:
    """The invitation's subject and text in the active language."""
    user, partnership = held.user, held.partnership
    link = site_url + reverse(
        "password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    context = {"user": user, "partnership": partnership, "by": by, "link": link, "held": held}
    subject = gettext("You have been invited to %(partnership)s on CSP Portal") % {
        "partnership": partnership.display_name
    }
    return subject, render_to_string("registration/invitation_email.txt", context)


@transaction.atomic
def role_remove(*, held: PartnershipRole, by: User) -> None:
    _check_manager(held.partnership, by)
    if held.user_id == by.pk and not by.is_superuser:
        raise ValidationError(gettext("You cannot remove your own role. Ask another approver."))
    held.delete()


def role_change_recorded(sender, instance: PartnershipRole, created=None, **kwargs) -> None:
    """Every role given or taken away goes in the audit log, the admin's changes too:
    connected to PartnershipRole's saves and deletes in apps.py."""
    removed = created is None  # post_delete sends no 'created'
    audit.record(
        AuditEvent.Kind.ROLE_REMOVED if removed else AuditEvent.Kind.ROLE_GIVEN,
        user=None,
        username=instance.user.get_username(),
        partnership=instance.partnership,
        detail=("removed" if removed else instance.get_role_display())
        + (f" by {instance.granted_by}" if instance.granted_by_id and not removed else ""),
    )
