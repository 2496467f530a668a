from django.views.generic import TemplateView

from .search import MAX_QUERY_LENGTH, PER_KIND, search_capped


class SearchView(TemplateView):
    template_name = "search/results.html"

    def get_context_data(self, **kwargs):
        query = self.request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
        results, capped = search_capped(query)
        return super().get_context_data(
            query=query, results=results, capped=capped, per_kind=PER_KIND, **kwargs
        )


class AccessibilityView(TemplateView):
    template_name = "accessibility.html"


def permission_denied(request, exception=None):
    """403, recorded in the audit log."""
    from django.shortcuts import render

    from .audit import record
    from .models import AuditEvent

    record(
        AuditEvent.Kind.PERMISSION_DENIED,
        request=request,
        detail=f"{request.method} {request.path}"[:500],
    )
    return render(request, "403.html", status=403)
