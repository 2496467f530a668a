from django.conf import settings
from django.contrib.auth import views as auth_views
from django.shortcuts import render
from django.views.generic import TemplateView

from . import ratelimit
from .audit import record
from .models import AuditEvent


class AccessibilityView(TemplateView):
    template_name = "accessibility.html"


def permission_denied(request, exception=None):
    """403, recorded in the audit log."""
    record(
        AuditEvent.Kind.PERMISSION_DENIED,
        request=request,
        detail=f"{request.method} {request.path}"[:500],
    )
    return render(request, "403.html", status=403)


class SignInView(auth_views.LoginView):
    """Django's sign-in, with the tries of a username from one address counted in one atomic
    step before the password is checked (csp_portal.ratelimit): at most AXES_FAILURE_LIMIT
    in a cool-off, however many arrive at once. django-axes, which counts failures after
    checking, let a burst of 11 wrong passwords and a right one through (its count was read
    before any of them was added); it still records every failure and locks as before. A
    sign-in that succeeds clears the count."""

    def post(self, request, *args, **kwargs):
        username = request.POST.get("username", "").strip().lower()[:150]
        key = f"sign-in:{username}:{ratelimit.client_ip(request)}"
        cooloff = int(settings.AXES_COOLOFF_TIME.total_seconds())
        rate = f"{settings.AXES_FAILURE_LIMIT}/{cooloff}"
        if not ratelimit.take(key, rate):
            return render(request, settings.AXES_LOCKOUT_TEMPLATE, status=429)
        response = super().post(request, *args, **kwargs)
        if request.user.is_authenticated:
            ratelimit.forget(key)
        return response
