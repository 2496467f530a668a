from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from csp_portal.fiscal import Quarter, financial_year_label
from csp_portal.forms import bounded
from strategies.models import Strategy

from .models import Indicator, IndicatorValue, Rag
from .selectors import reporting_quarters


class ProgressForm(forms.Form):
    quarter = forms.ChoiceField(label=_("Quarter"))
    rag = forms.ChoiceField(label=_("Status"), choices=Rag.choices, widget=forms.RadioSelect)
    commentary = forms.CharField(
        label=_("Commentary"),
        max_length=3000,
        widget=forms.Textarea,
        help_text=_("What was done this quarter, and what is next."),
    )
    evidence_url = forms.URLField(
        label=_("Link to evidence"), required=False, max_length=500, assume_scheme="https"
    )

    def __init__(self, *args, quarters, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["quarter"].choices = [(q.slug, q.label) for q in reversed(quarters)]
        self.fields["quarter"].error_messages["required"] = _("Choose the quarter")
        self.fields["rag"].error_messages["required"] = _("Choose the status")
        self.fields["commentary"].error_messages["required"] = _("Enter the commentary")

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
        # Which way is better, chosen by the user: no "---------", nothing ticked.
        self.fields["direction"].choices = Indicator.Direction.choices
        self.fields["direction"].error_messages["required"] = (
            "Choose whether lower or higher is better"
        )
        self.fields["priority"].queryset = strategy.priorities.all()
        self.fields["priority"].empty_label = _("Not under one priority")
        self.fields["name"].error_messages["required"] = _("Enter the name of the indicator")
        self.fields["unit"].error_messages["required"] = _("Enter the unit, for example ‘offences’")


def period_slug(year: int, quarter: int | None) -> str:
    """'2021-Q3' for a quarter, '2021' for a whole financial year."""
    return Quarter(year, quarter).slug if quarter else str(year)


class FigureField(forms.DecimalField):
    """A figure as people type it: 3,460 as well as 3460."""

    widget = forms.TextInput(attrs={"inputmode": "decimal", "spellcheck": "false"})

    def to_python(self, value):
        if isinstance(value, str):
            value = value.replace(",", "").strip()
        return super().to_python(value)


class FigureForm(forms.ModelForm):
    """One figure of an indicator: the quarter (or the financial year, for an indicator
    reported yearly), the figure and a note."""

    period = forms.ChoiceField()
    value = FigureField(label=_("Figure"), max_digits=12, decimal_places=2)
    field_order = ["period", "value", "note"]

    class Meta:
        model = IndicatorValue
        fields = ["value", "note"]
        labels = {"note": _("Note")}
        help_texts = {"note": _("For example, where the figure comes from or why it changed.")}

    def __init__(self, *args, indicator: Indicator, **kwargs):
        super().__init__(*args, **kwargs)
        self.indicator = indicator
        yearly = indicator.frequency == Indicator.Frequency.ANNUAL
        period = self.fields["period"]
        period.label = gettext("Financial year") if yearly else gettext("Quarter")
        prompt = gettext("Choose the financial year") if yearly else gettext("Choose the quarter")
        period.choices = [("", prompt), *self._periods(yearly)]
        period.error_messages["required"] = prompt
        value = self.fields["value"]
        value.help_text = gettext("In %(unit)s, for example 52 or 62.5.") % {"unit": indicator.unit}
        value.error_messages.update(
            required=gettext("Enter the figure"),
            invalid=gettext("Enter the figure as a number, for example 52 or 62.5"),
            max_digits=gettext("Enter a figure below 10,000,000,000"),
            max_whole_digits=gettext("Enter a figure below 10,000,000,000"),
            max_decimal_places=gettext("Enter the figure with no more than 2 decimal places"),
        )
        self.fields["note"].error_messages["max_length"] = gettext(
            "Keep the note to 300 characters or fewer"
        )
        if self.instance.pk:
            self.initial["period"] = period_slug(self.instance.year, self.instance.quarter)

    def _periods(self, yearly: bool) -> list[tuple[str, str]]:
        """The plan's quarters (or years) so far, newest first, and the figure's own period
        if it is not one of them (one imported for a year before the plan)."""
        quarters = reporting_quarters(self.indicator.strategy)
        if yearly:
            years = sorted({q.year for q in quarters}, reverse=True)
            choices = [(str(year), financial_year_label(year)) for year in years]
        else:
            choices = [(q.slug, q.label) for q in reversed(quarters)]
        if self.instance.pk:
            own = period_slug(self.instance.year, self.instance.quarter)
            if own not in dict(choices):
                choices.append((own, self.instance.period_label))
        return choices

    @property
    def chosen_period(self) -> tuple[int, int | None]:
        """(year, quarter or None) of the period chosen."""
        slug = self.cleaned_data["period"]
        if "-Q" in slug:
            quarter = Quarter.parse(slug)
            return quarter.year, quarter.number
        return int(slug), None


class IndicatorImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "Columns: indicator, year, quarter, value, note. The year is the financial "
            "year (2021 or 2021/22); leave the quarter empty for a whole year. At most 1 MB."
        ),
    )

    def clean_file(self):
        file = self.cleaned_data["file"]
        if file.size > 1024 * 1024:
            raise forms.ValidationError(gettext("The file is bigger than 1 MB"))
        return file
