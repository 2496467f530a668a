"""Forms of a strategy's parts (priorities, delivery areas, actions, milestones, risks,
policy links), and of what goes with it (documents, assessments, what a subgroup delivers,
an action plan from a table)."""

import functools

from django import forms
from django.utils import dateformat
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from csp_portal.fiscal import financial_year_label
from csp_portal.forms import (
    BoundedModelMultipleChoiceField,
    PartialDateField,
    PartialDatesMixin,
    bounded,
    https,
    say_what_to_do,
)
from csp_portal.imports import ImportForm
from subgroups.models import Subgroup

from ..documents import document_type
from ..imports import due_problem, plan_years, year_problem
from ..models import (
    Action,
    DeliveryArea,
    Document,
    Milestone,
    PolicyLink,
    Risk,
    StrategicAssessment,
    StrategicPriority,
    Strategy,
    Theme,
)
from ..selectors import lead_organisations


class PartForm(forms.ModelForm):
    """A part of a strategy (priority, delivery area, action, milestone, risk)."""

    def __init__(self, *args, strategy: Strategy, **kwargs):
        super().__init__(*args, **kwargs)
        self.strategy = strategy


class ThemesField(BoundedModelMultipleChoiceField):
    """National themes, each saying which statutory strands it counts for: the strands the
    statutory checklist finds covered are those of the themes ticked here."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, queryset=None, **kwargs):
        super().__init__(Theme.objects.prefetch_related("strands"), **kwargs)

    @functools.cached_property
    def option_hints(self) -> dict[str, str]:
        return {
            str(theme.pk): (
                gettext("Counts for the statutory strands %(strands)s")
                if theme.strands.all()[1:]
                else gettext("Counts for the statutory strand %(strands)s")
            )
            % {
                "strands": gettext(" and ").join(
                    strand.name.lower() for strand in theme.strands.all()
                )
            }
            if theme.strands.all()
            else gettext("Counts for no statutory strand")
            for theme in self.queryset
        }


THEMES_HELP = _(
    "The checklist counts the four statutory strands (crime and disorder, substance misuse, "
    "reoffending, serious violence) as covered by the themes ticked here."
)


class PriorityForm(PartForm):
    class Meta:
        model = StrategicPriority
        fields = ["title", "subtitle", "description", "themes"]
        field_classes = {"themes": ThemesField}
        help_texts = {"themes": THEMES_HELP}


class DeliveryAreaForm(PartForm):
    class Meta:
        model = DeliveryArea
        fields = ["title", "priority", "description", "themes"]
        field_classes = {**bounded("priority"), "themes": ThemesField}
        help_texts = {
            "priority": _("Leave empty where the plan does not say which priority it sits under.")
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["priority"].queryset = self.strategy.priorities.all()
        self.fields["priority"].required = False


class ActionForm(PartialDatesMixin, PartForm):
    due_on = PartialDateField(
        label=_("Due"), required=False, example="31 3 2022", called=_("the date it is due")
    )  # goes last

    class Meta:
        model = Action
        fields = [
            "delivery",
            "priority",
            "delivery_area",
            "area",
            "year",
            "success_measure",
            "target",
            "lead_subgroup",
            "lead_organisation",
            "lead_description",
            "four_p",
        ]
        labels = {"year": _("Financial year it starts"), "four_p": _("4P category")}
        field_classes = bounded("priority", "delivery_area", "lead_subgroup", "lead_organisation")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        strategy = self.strategy
        self.fields["priority"].queryset = strategy.priorities.all()
        self.fields["delivery_area"].queryset = strategy.delivery_areas.all()
        self.fields["lead_subgroup"].queryset = Subgroup.objects.filter(
            partnership=strategy.partnership_id
        )
        self.fields["lead_organisation"].queryset = lead_organisations(strategy.partnership_id)
        if self.instance.pk is None and self.initial.get("year") is None:
            # The year of the action added last, or the plan's first: a plan's rows are
            # mostly of one year, typed one after another.
            latest = strategy.actions.order_by("-pk").values_list("year", flat=True).first()
            self.initial["year"] = latest or strategy.period_start_year
        # A real prompt, not "---------": most plans give no 4P category.
        self.fields["four_p"].choices = [("", _("Not given")), *Action.FourP.choices]
        self.fields["area"].help_text = (
            "The plan's own heading, e.g. ‘Residential burglary’. Left empty, it is the "
            "delivery area's title."
        )

    def clean_year(self):
        year = self.cleaned_data["year"]
        if year_problem(self.strategy, year):
            first, last = plan_years(self.strategy)[0], plan_years(self.strategy)[-1]
            raise forms.ValidationError(
                gettext(
                    "The financial year it starts must be %(first)s: the plan runs in %(label)s"
                )
                % {"first": first, "label": financial_year_label(first)}
                if first == last
                else gettext(
                    "The financial year it starts must be between %(first)s and %(last)s: the "
                    "plan runs from %(first_label)s to %(last_label)s"
                )
                % {
                    "first": first,
                    "last": last,
                    "first_label": financial_year_label(first),
                    "last_label": financial_year_label(last),
                }
            )
        return year

    def clean_due_on(self):
        due = self.cleaned_data["due_on"]
        if due_problem(self.strategy, due):
            starts = self.strategy.starts_on
            raise forms.ValidationError(
                gettext(
                    "The due date must be the same as or after %(starts)s, when the plan starts"
                )
                % {"starts": dateformat.format(starts, "j F Y")}
            )
        return due

    def clean(self):
        """The delivery area must be under the priority chosen; chosen alone, it gives the
        action its priority, and its title where the area heading is left empty."""
        data = super().clean()
        priority, area = data.get("priority"), data.get("delivery_area")
        if area is not None and priority and area.priority_id not in (None, priority.pk):
            self.add_error(
                "delivery_area",
                gettext(
                    "‘%(title)s’ is under the priority ‘%(title2)s’: choose that priority, or a "
                    "delivery area under this one"
                )
                % {"title": area.title, "title2": area.priority.title},
            )
        elif area is not None:
            data["priority"] = priority or area.priority
            fits = len(area.title) <= Action._meta.get_field("area").max_length
            if "area" in data and not data["area"] and fits:
                data["area"] = area.title
        return data


class ActionImportForm(ImportForm):
    """An action plan from a table: the year for rows that give none, and the version of the
    strategy the preview was checked against."""

    year = forms.TypedChoiceField(
        label=_("Year of rows that give none"),
        coerce=int,
        empty_value=None,
        required=False,
        help_text=_(
            "A plan's table of one year often has no year column. Rows that give "
            "their year keep it."
        ),
    )
    version = forms.IntegerField(widget=forms.HiddenInput)
    # The leads the portal does not know that the user ticked on the preview, to add to the
    # national list of organisations (strategies.imports.NEW_LEADS).
    new_leads = forms.Field(required=False, widget=forms.MultipleHiddenInput)
    carried = ("year", "version")

    def __init__(self, *args, strategy: Strategy, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [("", _("None"))] + [
            (year, financial_year_label(year)) for year in plan_years(strategy)
        ]
        self.initial.setdefault("version", strategy.version)


class MilestoneForm(PartialDatesMixin, PartForm):
    planned_on = PartialDateField(label=_("Planned date"), required=False)
    actual_on = PartialDateField(label=_("Date it happened"), required=False)
    field_order = ["kind", "title", "body", "planned_on", "actual_on", "note"]

    class Meta:
        model = Milestone
        fields = ["kind", "title", "body", "note", "staff_note"]


class RiskForm(PartForm):
    class Meta:
        model = Risk
        fields = ["title", "description", "mitigation", "rating", "staff_note"]


class PolicyLinkForm(PartForm):
    class Meta:
        model = PolicyLink
        fields = ["kind", "title", "url", "note", "staff_note"]
        labels = {
            "kind": _("What it is"),
            "url": _("Link to it"),
            "note": _("How the strategy relates to it"),
        }
        widgets = {"kind": forms.RadioSelect}
        field_classes = https("url")


class DocumentForm(PartialDatesMixin, forms.ModelForm):
    """A document of the partnership or of a strategy: a file uploaded, or a link to it."""

    dated = PartialDateField(label=_("Date of the document"), required=False)
    review_on = PartialDateField(
        label=_("Review due"),
        required=False,
        called=_("the date the review is due"),
        example="1 2026",
        help_text=_("For a strategy: when it is due to be reviewed."),
    )
    field_order = ["title", "kind", "file", "url", "dated", "review_on", "description"]

    class Meta:
        model = Document
        fields = ["title", "kind", "file", "url", "description", "staff_note"]
        labels = {"url": _("Or a link to it"), "kind": _("What it is")}
        help_texts = {
            "file": _(
                "PDF, Word (.docx), Excel (.xlsx) or OpenDocument text (.odt), at most 20 MB."
            ),
            "url": _("Where it is published, e.g. on the council's website."),
        }
        field_classes = https("url")

    def __init__(self, *args, partnership=None, strategy=None, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.partnership_id is None:  # a new one, of the owner's partnership
            self.instance.partnership = partnership or strategy.partnership
        self.document_type = None
        self.fields["file"].required = False
        self.fields["title"].error_messages["required"] = _("Enter the title of the document")
        self.fields["kind"].error_messages["required"] = _("Choose what the document is")

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and hasattr(file, "content_type"):  # a new upload, not the stored one
            self.document_type = document_type(file)
            return file
        return None

    def clean(self):
        data = super().clean()
        stored = bool(self.instance.pk and self.instance.file)
        if not (data.get("file") or data.get("url") or stored) and not self.errors:
            self.add_error(
                "file", gettext("Choose the file to upload, or give a link to the document")
            )
        return data


class StrategicAssessmentForm(PartialDatesMixin, forms.ModelForm):
    completed_on = PartialDateField(
        label=_("Completed"),
        required=False,
        example="12 2020",
        called=_("the date it was completed"),
    )
    field_order = ["title", "completed_on", "data_period", "summary"]

    class Meta:
        model = StrategicAssessment
        fields = ["title", "data_period", "summary", "staff_note"]
        labels = {"data_period": _("Data it covers"), "summary": _("Summary of its findings")}

    def __init__(self, *args, partnership=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].error_messages["required"] = _("Enter the title of the assessment")


class SubgroupDeliveryForm(forms.Form):
    """What one subgroup delivers of this strategy."""

    priorities = BoundedModelMultipleChoiceField(
        queryset=StrategicPriority.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Priorities it delivers"),
    )
    delivery_areas = BoundedModelMultipleChoiceField(
        queryset=DeliveryArea.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Delivery areas it delivers"),
    )

    def __init__(self, *args, strategy: Strategy, subgroup: Subgroup, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["priorities"].queryset = strategy.priorities.all()
        self.fields["delivery_areas"].queryset = strategy.delivery_areas.all()
        self.initial.setdefault("priorities", list(subgroup.priorities.filter(strategy=strategy)))
        self.initial.setdefault(
            "delivery_areas", list(subgroup.delivery_areas.filter(strategy=strategy))
        )


say_what_to_do(
    PriorityForm,
    DeliveryAreaForm,
    ActionForm,
    MilestoneForm,
    RiskForm,
    PolicyLinkForm,
    empty_label=_("Not chosen"),
)
