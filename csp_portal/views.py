from django.shortcuts import render
from django.views.generic import TemplateView

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
