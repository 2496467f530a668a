import django_filters
from django.utils.translation import gettext_lazy as _

from csp_portal.filters import BoundedModelChoiceFilter
from csp_portal.fiscal import financial_year_label
from partnerships.models import Organisation
from subgroups.models import Subgroup

from .models import Action, StrategicPriority
from .selectors import lead_organisations


class ActionFilter(django_filters.FilterSet):
    priority = BoundedModelChoiceFilter(
        queryset=StrategicPriority.objects.none(), empty_label=_("Any")
    )
    lead_subgroup = BoundedModelChoiceFilter(
        queryset=Subgroup.objects.none(), label=_("Lead subgroup"), empty_label=_("Any")
    )
    lead_organisation = BoundedModelChoiceFilter(
        queryset=Organisation.objects.none(), label=_("Lead organisation"), empty_label=_("Any")
    )
    year = django_filters.ChoiceFilter(choices=[], label=_("Year"), empty_label=_("Any"))
    four_p = django_filters.ChoiceFilter(
        choices=Action.FourP.choices, label=_("4P"), empty_label=_("Any")
    )
    completeness = django_filters.ChoiceFilter(
        choices=[
            ("incomplete", "Incomplete: no lead, target or success measure"),
            ("complete", "Complete"),
        ],
        label=_("Lead, target and measure"),
        empty_label=_("Any"),
        method="filter_completeness",
    )

    class Meta:
        model = Action
        fields = ["priority", "lead_subgroup", "lead_organisation", "year", "four_p"]

    def filter_completeness(self, queryset, name, value):
        incomplete = queryset.incomplete()
        return incomplete if value == "incomplete" else queryset.exclude(pk__in=incomplete)

    def __init__(self, *args, strategy, **kwargs):
        super().__init__(
            *args,
            queryset=strategy.actions.select_related(
                "priority", "delivery_area", "lead_organisation", "lead_subgroup"
            ),
            **kwargs,
        )
        self.filters["priority"].queryset = strategy.priorities.all()
        self.filters["lead_subgroup"].queryset = Subgroup.objects.filter(
            partnership=strategy.partnership_id
        )
        self.filters["lead_organisation"].queryset = lead_organisations(strategy.partnership_id)
        years = sorted(set(strategy.actions.values_list("year", flat=True)))
        self.filters["year"].extra["choices"] = [(y, financial_year_label(y)) for y in years]
