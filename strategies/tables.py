import django_tables2 as tables

from .models import Action


class ActionTable(tables.Table):
    delivery = tables.Column(verbose_name="Delivery", linkify=False)
    priority = tables.Column(verbose_name="Priority", accessor="priority__title", default="")
    area = tables.Column(verbose_name="Area", default="")
    year = tables.Column(verbose_name="Year", accessor="year_label", order_by="year")
    lead = tables.Column(verbose_name="Lead", accessor="lead_label", orderable=False, default="")
    four_p = tables.Column(verbose_name="4P", default="")
    success_measure = tables.Column(verbose_name="Success measure", default="")
    target = tables.Column(verbose_name="Target", default="")
    edit = tables.TemplateColumn(
        template_name="strategies/editor/_action_links.html",
        verbose_name="",
        orderable=False,
        exclude_from_export=True,
    )

    caption = "Actions"

    class Meta:
        model = Action
        fields = [
            "delivery",
            "priority",
            "area",
            "year",
            "lead",
            "four_p",
            "success_measure",
            "target",
        ]
        template_name = "includes/_table.html"
        empty_text = "No actions match."
        attrs = {"class": "govuk-table portal-responsive-table"}
        row_attrs = {"id": lambda record: f"action-{record.pk}"}
        orderable = True
