from django.views.generic import TemplateView

from .search import MAX_QUERY_LENGTH, search


class SearchView(TemplateView):
    template_name = "search/results.html"

    def get_context_data(self, **kwargs):
        query = self.request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
        return super().get_context_data(
            query=query, results=search(query) if query else [], **kwargs
        )


class AccessibilityView(TemplateView):
    template_name = "accessibility.html"
