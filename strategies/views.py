from django.views.generic import TemplateView

from .pages import strategy_page_context
from .selectors import public_strategy_page


class StrategyDetailView(TemplateView):
    template_name = "strategies/strategy_detail.html"

    def get_context_data(self, **kwargs):
        strategy = public_strategy_page(
            partnership_slug=self.kwargs["partnership_slug"], slug=self.kwargs["slug"]
        )
        return super().get_context_data(**strategy_page_context(strategy), **kwargs)
