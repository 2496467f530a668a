import django_tables2 as tables
from django.utils.html import format_html

from .models import Action


class ActionTable(tables.Table):
    """The action plan on screen and as a CSV download, in the columns the import reads
    (strategies.imports.COLUMNS): a download imports back as it is."""

    priority = tables.Column(verbose_name="Priority", accessor="priority__title", default="")
    delivery_area = tables.Column(
        verbose_name="Delivery area", accessor="delivery_area__title", default=""
    )
    area = tables.Column(verbose_name="Area", default="")
    year = tables.Column(verbose_name="Year", accessor="year_label", order_by="year")
    delivery = tables.Column(verbose_name="Delivery", linkify=False)
    success_measure = tables.Column(verbose_name="Success measure", default="")
    target = tables.Column(verbose_name="Target", default="")
    lead = tables.Column(verbose_name="Lead", accessor="lead_label", orderable=False, default="")
    four_p = tables.Column(verbose_name="4P", default="")
    due = tables.Column(verbose_name="Due", accessor="due", order_by="due_on", default="")
    edit = tables.TemplateColumn(
        template_name="strategies/editor/_action_links.html",
        verbose_name="",
        orderable=False,
        exclude_from_export=True,
    )

    caption = "Actions"

    class Meta:
        model = Action
        fields = []
        sequence = [
            "priority",
            "delivery_area",
            "area",
            "year",
            "delivery",
            "success_measure",
            "target",
            "lead",
            "four_p",
            "due",
            "edit",
        ]
        template_name = "includes/_table.html"
        empty_text = "No actions match."
        attrs = {"class": "govuk-table portal-responsive-table"}
        row_attrs = {"id": lambda record: f"action-{record.pk}"}
        orderable = True

    def render_delivery(self, value, record):
        """Flagged where the plan gives no lead, target or success measure."""
        if not record.missing:
            return value
        missing = ", ".join(f"no {what}" for what in record.missing)
        return format_html(
            '{}<br><strong class="govuk-tag govuk-tag--yellow">Incomplete</strong> '
            '<span class="govuk-body-s">{}</span>',
            value,
            missing,
        )

    def value_delivery(self, value):
        return value

    def value_due(self, value):
        return str(value)
