import django_tables2 as tables
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import Action


def _lines(lines: list[str]):
    """A cell of several facts: the first as it is, the others small, each on its line."""
    return format_html_join(
        "",
        '<span class="portal-block{}">{}</span>',
        ((" govuk-body-s" if i else "", line) for i, line in enumerate(lines)),
    )


# What an action lacks, as the table flags it (Action.missing).
LACKS = {
    "lead": _("no lead"),
    "target": _("no target"),
    "success measure": _("no success measure"),
}


class ActionTable(tables.Table):
    """The action plan in the workspace: on screen in six columns that fit the page (where
    it sits, what, its measure and target, who leads, when); as a CSV download in the
    columns the import reads (strategies.imports.COLUMNS), so a download imports back."""

    where = tables.Column(
        verbose_name=_("Priority and area"),
        accessor="priority__title",
        order_by=("priority__order", "delivery_area__order"),
        default="",
        exclude_from_export=True,
    )
    delivery = tables.Column(verbose_name=_("Delivery"), linkify=False)
    success_measure = tables.Column(verbose_name=_("Success measure"), default="")
    target = tables.Column(verbose_name=_("Target"), default="")
    lead = tables.Column(verbose_name=_("Lead"), accessor="lead_label", orderable=False, default="")
    when = tables.Column(
        verbose_name=_("When"),
        accessor="year",
        order_by=("year", "due_on"),
        exclude_from_export=True,
    )
    edit = tables.TemplateColumn(
        template_name="strategies/editor/_action_links.html",
        verbose_name="",
        orderable=False,
        exclude_from_export=True,
    )
    # In the download only.
    priority = tables.Column(verbose_name=_("Priority"), accessor="priority__title", visible=False)
    delivery_area = tables.Column(
        verbose_name=_("Delivery area"), accessor="delivery_area__title", visible=False
    )
    area = tables.Column(verbose_name=_("Area"), visible=False)
    year = tables.Column(verbose_name=_("Year"), accessor="year_label", visible=False)
    four_p = tables.Column(verbose_name=_("4P"), visible=False)
    due = tables.Column(verbose_name=_("Due"), visible=False)

    caption = _("Actions")

    class Meta:
        model = Action
        fields = []
        # The download's order: that of strategies.imports.COLUMNS.
        sequence = [
            "where",
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
            "when",
            "edit",
        ]
        template_name = "includes/_table.html"
        empty_text = _("No actions match.")
        attrs = {"class": "govuk-table portal-responsive-table"}
        row_attrs = {"id": lambda record: f"action-{record.pk}"}
        orderable = True

    def render_where(self, record):
        lines = [record.priority.title if record.priority else gettext("Under no priority")]
        lines += [x for x in (getattr(record.delivery_area, "title", ""), record.area) if x]
        return _lines(lines)

    def render_delivery(self, value, record):
        """Flagged where the plan gives no lead, target or success measure."""
        if not record.missing:
            return value
        missing = ", ".join(str(LACKS.get(what, f"no {what}")) for what in record.missing)
        return format_html(
            '{}<br><strong class="govuk-tag govuk-tag--yellow">{}</strong> '
            '<span class="govuk-body-s">{}</span>',
            value,
            gettext("Incomplete"),
            missing,
        )

    def render_when(self, record):
        lines = [record.year_label]
        lines += [gettext("Due %(date)s") % {"date": record.due}] if record.due else []
        lines += [record.get_four_p_display()] if record.four_p else []
        return _lines(lines)

    def value_delivery(self, value):
        return value

    def value_priority(self, value):
        return value or ""

    def value_delivery_area(self, value):
        return value or ""

    def value_due(self, record):
        return str(record.due or "")
