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


# Never sent back into a page, even hidden: what a password box held.
NOT_KEPT = ("password", "csrfmiddlewaretoken")


def _from_this_site(request) -> bool:
    """Whether the form was sent from one of the portal's own pages (the browser says where
    from): only then is it offered again, so that a form another site sends in someone's
    name never comes back to them with a good token."""
    here = f"{request.scheme}://{request.get_host()}"
    origin = request.META.get("HTTP_ORIGIN")
    if origin:
        return origin == here
    referer = request.META.get("HTTP_REFERER", "")
    return referer == here or referer.startswith(here + "/")


def csrf_failure(request, reason=""):
    """A form refused for its security token (the page was open too long, the person signed
    out in another tab, the browser keeps no cookies): said in plain words, and what they
    typed kept, in the same form with a fresh token, for them to check and send again."""
    kept = []
    if request.method == "POST" and _from_this_site(request):
        kept = [
            (name, value)
            for name, values in request.POST.lists()
            if not any(word in name.lower() for word in NOT_KEPT)
            for value in values
        ]
    # Words typed, for the person to read (not the choices' codes or the page's own fields).
    typed = [value for _name, value in kept if " " in value.strip()]
    return render(
        request,
        "csrf_failure.html",
        {
            "kept": kept,
            "typed": typed,
            "files_lost": bool(request.FILES),
            "action": request.get_full_path(),
        },
        status=403,
    )
