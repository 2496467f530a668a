from django import forms

from csp_portal.fiscal import Quarter
from csp_portal.forms import bounded
from strategies.models import Strategy

from .models import Indicator, Rag


class ProgressForm(forms.Form):
    quarter = forms.ChoiceField(label="Quarter")
    rag = forms.ChoiceField(label="Status", choices=Rag.choices, widget=forms.RadioSelect)
    commentary = forms.CharField(
        label="Commentary",
        max_length=3000,
        widget=forms.Textarea,
        help_text="What was done this quarter, and what is next.",
    )
    evidence_url = forms.URLField(
        label="Link to evidence", required=False, max_length=500, assume_scheme="https"
    )

    def __init__(self, *args, quarters, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["quarter"].choices = [(q.slug, q.label) for q in reversed(quarters)]
        self.fields["quarter"].error_messages["required"] = "Choose the quarter"
        self.fields["rag"].error_messages["required"] = "Choose the status"
        self.fields["commentary"].error_messages["required"] = "Enter the commentary"

    @property
    def chosen_quarter(self) -> Quarter:
        return Quarter.parse(self.cleaned_data["quarter"])


class IndicatorForm(forms.ModelForm):
    class Meta:
        model = Indicator
        fields = [
            "name",
            "priority",
            "unit",
            "direction",
            "frequency",
            "baseline",
            "baseline_period",
            "target",
            "source",
        ]
        widgets = {"direction": forms.RadioSelect, "frequency": forms.RadioSelect}
        field_classes = bounded("priority")

    def __init__(self, *args, strategy: Strategy, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["priority"].queryset = strategy.priorities.all()
        self.fields["priority"].empty_label = "Not under one priority"
        self.fields["name"].error_messages["required"] = "Enter the name of the indicator"
        self.fields["unit"].error_messages["required"] = "Enter the unit, for example ‘offences’"


class IndicatorImportForm(forms.Form):
    file = forms.FileField(
        label="CSV file",
        help_text="Columns: indicator, year, quarter, value, note. The year is the financial "
        "year (2021 or 2021/22); leave the quarter empty for a whole year. At most 1 MB.",
    )

    def clean_file(self):
        file = self.cleaned_data["file"]
        if file.size > 1024 * 1024:
            raise forms.ValidationError("The file is bigger than 1 MB")
        return file
