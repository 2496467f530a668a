"""Writing the audit log. Never a password, never a request body: who, what, when, where."""

import logging

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
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
