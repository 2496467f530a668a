"""Editor forms. Every text field is length-limited by its model; errors show in the GOV.UK
pattern (a summary at the top, a message by the field)."""

from django import forms

from csp_portal.forms import PartialDateField, PartialDatesMixin, bounded
from partnerships.models import Organisation
from subgroups.models import Subgroup

from .documents import document_type
from .models import (
    Action,
    DeliveryArea,
    Document,
    Milestone,
    PolicyLink,
    Risk,
    StrategicPriority,
    Strategy,
)


class StrategyForm(PartialDatesMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput)
    sent_to_pcc_on = PartialDateField(
        label="Sent to the police and crime commissioner", required=False
    )
    field_order = [
        "title",
        "period_start_year",
        "period_end_year",
        "vision",
        "summary",
        "aims",
        "priorities_ranked",
        "strategy_level_areas_heading",
        "delivery_approach",
        "sent_to_pcc_on",
    ]

    class Meta:
        model = Strategy
        fields = [
            "title",
            "period_start_year",
            "period_end_year",
            "vision",
            "summary",
            "aims",
            "priorities_ranked",
            "strategy_level_areas_heading",
            "delivery_approach",
        ]
        labels = {
            "period_start_year": "First year",
            "period_end_year": "Last year",
            "priorities_ranked": "The priorities are in priority order",
            "strategy_level_areas_heading": "Heading of the delivery areas under no priority",
        }
        help_texts = {
            "priorities_ranked": "Untick where they are listed alphabetically, as some plans do.",
        }

    def clean(self):
        data = super().clean()
        start, end = data.get("period_start_year"), data.get("period_end_year")
        if start and end and end < start:
            self.add_error(
                "period_end_year", "The last year must be the same as or after the first year."
            )
        return data


class PartForm(forms.ModelForm):
    """A part of a strategy (priority, delivery area, action, milestone, risk)."""

    def __init__(self, *args, strategy: Strategy, **kwargs):
        super().__init__(*args, **kwargs)
        self.strategy = strategy


class PriorityForm(PartForm):
    class Meta:
        model = StrategicPriority
        fields = ["title", "subtitle", "description", "themes"]
        widgets = {"themes": forms.CheckboxSelectMultiple}
        field_classes = bounded(multiple=["themes"])


class DeliveryAreaForm(PartForm):
    class Meta:
        model = DeliveryArea
        fields = ["title", "priority", "description", "themes"]
        widgets = {"themes": forms.CheckboxSelectMultiple}
        field_classes = bounded("priority", multiple=["themes"])
        help_texts = {
            "priority": "Leave empty where the plan does not say which priority it sits under."
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["priority"].queryset = self.strategy.priorities.all()
        self.fields["priority"].required = False


class ActionForm(PartForm):
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
            "due_on",
        ]
        labels = {"year": "Financial year it starts", "four_p": "4P category"}
        field_classes = bounded("priority", "delivery_area", "lead_subgroup", "lead_organisation")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        strategy = self.strategy
        self.fields["priority"].queryset = strategy.priorities.all()
        self.fields["delivery_area"].queryset = strategy.delivery_areas.all()
        self.fields["lead_subgroup"].queryset = Subgroup.objects.filter(
            partnership=strategy.partnership_id
        )
        self.fields["lead_organisation"].queryset = Organisation.objects.filter(
            memberships__partnership=strategy.partnership_id
        )


class MilestoneForm(PartialDatesMixin, PartForm):
    planned_on = PartialDateField(label="Planned date", required=False)
    actual_on = PartialDateField(label="Date it happened", required=False)
    field_order = ["kind", "title", "body", "planned_on", "actual_on", "note"]

    class Meta:
        model = Milestone
        fields = ["kind", "title", "body", "note"]


class RiskForm(PartForm):
    class Meta:
        model = Risk
        fields = ["title", "description", "mitigation", "rating"]


class PolicyLinkForm(PartForm):
    class Meta:
        model = PolicyLink
        fields = ["kind", "title", "url", "note"]
        labels = {
            "kind": "What it is",
            "url": "Link to it",
            "note": "How the strategy relates to it",
        }
        widgets = {"kind": forms.RadioSelect}


class TransitionForm(forms.Form):
    to = forms.ChoiceField(choices=Strategy.Status.choices)
    comment = forms.CharField(max_length=2000, required=False, widget=forms.Textarea)


# Error messages that say what to do (GOV.UK style); empty choices that read as words.
for form_class in (
    StrategyForm,
    PriorityForm,
    DeliveryAreaForm,
    ActionForm,
    MilestoneForm,
    RiskForm,
    PolicyLinkForm,
):
    for field in form_class.base_fields.values():
        label = str(field.label or "")
        label = label[:1].lower() + label[1:]
        if isinstance(field, forms.ModelChoiceField) and not isinstance(
            field, forms.ModelMultipleChoiceField
        ):
            field.empty_label = "Not chosen"
        if isinstance(field, forms.ChoiceField | forms.ModelChoiceField):
            field.error_messages["required"] = f"Choose the {label}"
        else:
            field.error_messages["required"] = f"Enter the {label}"
        if isinstance(field, forms.IntegerField):
            field.error_messages["invalid"] = f"Enter the {label} as a whole number"


class DocumentForm(PartialDatesMixin, forms.ModelForm):
    dated = PartialDateField(label="Date of the document", required=False)
    field_order = ["title", "kind", "file", "dated", "description"]

    class Meta:
        model = Document
        fields = ["title", "kind", "file", "description"]
        help_texts = {
            "file": "PDF, Word (.docx), Excel (.xlsx) or OpenDocument text (.odt), at most 20 MB."
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].required = True
        self.fields["file"].error_messages["required"] = "Choose the file to upload"
        self.fields["title"].error_messages["required"] = "Enter the title of the document"

    def clean_file(self):
        file = self.cleaned_data["file"]
        self.document_type = document_type(file)
        return file
