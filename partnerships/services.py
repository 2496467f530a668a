"""Writes to partnerships: who holds which role, and inviting people who have no account yet."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from csp_portal import audit
from csp_portal.models import AuditEvent

from . import permissions
from .models import Partnership, PartnershipRole


def _check_manager(partnership: Partnership, by: User) -> None:
    if not permissions.can_manage_roles(by, partnership.pk):
        raise PermissionDenied("Only an approver of the partnership can manage its people.")


@transaction.atomic
def role_assign(
    *, partnership: Partnership, email: str, role: str, by: User, site_url: str
) -> tuple[PartnershipRole, bool]:
    """Give the person with this e-mail address a role in the partnership. Someone with no
    account yet gets one, without a password, and an e-mail with a link to set it.

    Returns the role and whether an invitation was sent."""
    _check_manager(partnership, by)
    email = email.strip().lower()
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).order_by("pk").first()
    if user is not None and user.pk == by.pk and not by.is_superuser:
        raise ValidationError("You cannot change your own role. Ask another approver.")
    invited = user is None
    if invited:
        if User.objects.filter(username__iexact=email).exists():
            raise ValidationError("An account already uses that address as its username.")
        user = User(username=email, email=email)
        user.set_unusable_password()
        user.save()
    held, _created = PartnershipRole.objects.update_or_create(
        user=user, partnership=partnership, defaults={"role": role, "granted_by": by}
    )
    if invited:
        transaction.on_commit(lambda: _send_invitation(user, partnership, by, site_url))
    return held, invited


def _send_invitation(user: User, partnership: Partnership, by: User, site_url: str) -> None:
    link = site_url + reverse(
        "password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    context = {"user": user, "partnership": partnership, "by": by, "link": link}
    send_mail(
        subject=f"You have been invited to {partnership.display_name} on CSP Portal",
        message=render_to_string("registration/invitation_email.txt", context),
        from_email=None,
        recipient_list=[user.email],
    )


@transaction.atomic
def role_remove(*, held: PartnershipRole, by: User) -> None:
    _check_manager(held.partnership, by)
    if held.user_id == by.pk and not by.is_superuser:
        raise ValidationError("You cannot remove your own role. Ask another approver.")
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
