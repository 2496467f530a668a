"""The public action plan: every action of a published plan, a page at a time, filtered by
priority, lead, year and the status of its latest public progress update. The strategy's
page shows the first actions under each priority and links here for the rest."""

import django_filters
import django_tables2 as tables
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from csp_portal.fiscal import Quarter
from monitoring.models import Rag
from monitoring.selectors import NO_UPDATE, RAG_ORDER, with_latest_progress
from strategies.filters import ActionFilter
from strategies.tables import ActionTable

# Under each priority on the strategy's page; the rest are on the action plan's page.
FIRST_ACTIONS = 10

STATUSES = [(rag, Rag(rag).label) for rag in RAG_ORDER] + [(NO_UPDATE, _("No update"))]


class PublicActionFilter(ActionFilter):
    """The workspace's filters, less the one for completeness (a drafting aid), and the
    status of each action's latest public update when the plan's progress is public."""

    completeness = None
    status = django_filters.ChoiceFilter(
        choices=STATUSES, label=_("Latest status"), empty_label=_("Any"), method="filter_status"
    )

    def __init__(self, *args, strategy, quarter, **kwargs):
        super().__init__(*args, strategy=strategy, **kwargs)
        self.queryset = with_latest_progress(self.queryset, quarter)
        if quarter is None:
            del self.filters["status"]

    def filter_status(self, queryset, name, value):
        if value == NO_UPDATE:
            return queryset.filter(latest_rag__isnull=True)
        return queryset.filter(latest_rag=value)


class PublicActionTable(ActionTable):
    """The action plan as residents read it: the workspace's columns without its links and
    flags, and each action's latest public progress when there is any."""

    # What the plan does not say, said: as on the strategy's page.
    success_measure = tables.Column(verbose_name=_("Success measure"), default=_("Not stated"))
    target = tables.Column(verbose_name=_("Target"), default=_("Not stated"))
    lead = tables.Column(
        verbose_name=_("Lead"), accessor="lead_label", orderable=False, default=_("Not stated")
    )
    status = tables.Column(
        verbose_name=_("Latest status"), accessor="latest_rag", orderable=False, empty_values=()
    )

    class Meta(ActionTable.Meta):
        exclude = ("edit",)
        sequence = ["where", "delivery", "success_measure", "target", "lead", "when", "status"]
        empty_text = _("No actions match these filters.")

    def __init__(self, *args, progress_public: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if not progress_public:
            self.columns.hide("status")

    def render_delivery(self, value, record):
        return value

    def render_status(self, record):
        quarter = Quarter(record.latest_year, record.latest_quarter) if record.latest_year else None
        return render_to_string(
            "reports/_action_status.html",
            {
                "rag": record.latest_rag,
                "quarter": quarter,
                "commentary": record.latest_commentary,
                "commentary_lang": record.latest_commentary_lang,
            },
        )
