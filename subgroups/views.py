from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.views.generic import TemplateView

from strategies.models import DeliveryArea, StrategicPriority, Strategy

from .models import Subgroup


class SubgroupDetailView(TemplateView):
    template_name = "subgroups/subgroup_detail.html"

    def get_context_data(self, **kwargs):
        public = Strategy.objects.published()
        subgroup = get_object_or_404(
            Subgroup.objects.select_related("partnership", "run_by").prefetch_related(
                "members__organisation",
                # Only what the public may see: priorities of published strategies.
                Prefetch(
                    "priorities",
                    queryset=StrategicPriority.objects.filter(strategy__in=public).select_related(
                        "strategy__partnership"
                    ),
                ),
                Prefetch(
                    "delivery_areas",
                    queryset=DeliveryArea.objects.filter(strategy__in=public).select_related(
                        "strategy__partnership"
                    ),
                ),
            ),
            partnership__slug=self.kwargs["partnership_slug"],
            slug=self.kwargs["slug"],
        )
        return super().get_context_data(
            subgroup=subgroup,
            partnership=subgroup.partnership,
            partnership_crumbs=[
                (subgroup.partnership.display_name, subgroup.partnership.get_absolute_url())
            ],
            **kwargs,
        )
