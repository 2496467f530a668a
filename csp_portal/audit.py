"""Writing the audit log. Never a password, never a request body: who, what, when, where."""

import logging

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import AuditEvent

logger = logging.getLogger("csp_portal.audit")
Kind = AuditEvent.Kind


def record(kind: str, *, request=None, user=None, username="", partnership=None, detail=""):
    if user is None and request is not None and request.user.is_authenticated:
        user = request.user
    event = AuditEvent.objects.create(
        kind=kind,
        user=user if user is not None and user.is_authenticated else None,
        username=(
            username or (user.get_username() if user is not None and user.is_authenticated else "")
        )[:150],
        ip_address=request.META.get("REMOTE_ADDR") if request is not None else None,
        partnership=partnership,
        detail=detail[:500],
    )
    logger.info("%s %s %s", event.kind, event.username, event.detail)
    return event


@receiver(user_logged_in)
def _logged_in(sender, request, user, **kwargs):
    record(Kind.LOGIN, request=request, user=user)


@receiver(user_logged_out)
def _logged_out(sender, request, user, **kwargs):
    if user is not None:
        record(Kind.LOGOUT, request=request, user=user)


@receiver(user_login_failed)
def _login_failed(sender, credentials, request=None, **kwargs):
    # credentials has the password removed by Django (cleanse_setting); keep the name only.
    record(Kind.LOGIN_FAILED, request=request, username=str(credentials.get("username", "")))


def _role_changed(sender, instance, created=None, **kwargs):
    from partnerships.models import PartnershipRole

    if not isinstance(instance, PartnershipRole):
        return
    removed = created is None  # post_delete sends no 'created'
    record(
        Kind.ROLE_REMOVED if removed else Kind.ROLE_GIVEN,
        user=None,
        username=instance.user.get_username(),
        partnership=instance.partnership,
        detail=("removed" if removed else instance.get_role_display())
        + (f" by {instance.granted_by}" if instance.granted_by_id and not removed else ""),
    )


def connect_role_signals():
    from partnerships.models import PartnershipRole

    post_save.connect(_role_changed, sender=PartnershipRole, dispatch_uid="audit-role-saved")
    post_delete.connect(_role_changed, sender=PartnershipRole, dispatch_uid="audit-role-deleted")
