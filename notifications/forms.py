"""The preferences page's form: for each of the person's partnerships, which kinds of
reminder, and whether one e-mail each or a weekly digest."""

from django import forms

from .models import Delivery, Kind


class PreferencesForm(forms.Form):
    def __init__(self, *args, partnerships, current, **kwargs):
        super().__init__(*args, **kwargs)
        self.partnerships = list(partnerships)
        for partnership in self.partnerships:
            kinds, delivery = current[partnership.pk]
            self.fields[f"kinds_{partnership.pk}"] = forms.MultipleChoiceField(
                label=f"E-mail me about, for {partnership.display_name}",
                choices=Kind.choices,
                widget=forms.CheckboxSelectMultiple,
                required=False,
                initial=sorted(kinds),
                help_text="Select all that apply. The workspace lists them all either way.",
            )
            self.fields[f"delivery_{partnership.pk}"] = forms.ChoiceField(
                label=f"How to send them, for {partnership.display_name}",
                choices=Delivery.choices,
                widget=forms.RadioSelect,
                initial=delivery,
                error_messages={"required": "Choose how to send them"},
            )

    def groups(self):
        """(partnership, its kinds field, its delivery field), for the page."""
        return [(p, self[f"kinds_{p.pk}"], self[f"delivery_{p.pk}"]) for p in self.partnerships]

    def choices(self) -> dict[int, tuple[set[str], str]]:
        return {
            p.pk: (set(self.cleaned_data[f"kinds_{p.pk}"]), self.cleaned_data[f"delivery_{p.pk}"])
            for p in self.partnerships
        }
