"""The preferences page's form: for each of the person's partnerships, which kinds of
reminder, and whether one e-mail each or a weekly digest; and, for a person with a role in a
partnership that publishes in Welsh and English, the language of their e-mails."""

from django import forms
from django.utils.translation import gettext as _

from .models import Delivery, Kind, Language


class PreferencesForm(forms.Form):
    def __init__(self, *args, partnerships, current, language=None, **kwargs):
        """`language`: the person's language, where they are offered the choice; None
        where they are not."""
        super().__init__(*args, **kwargs)
        self.partnerships = list(partnerships)
        for partnership in self.partnerships:
            kinds, delivery = current[partnership.pk]
            self.fields[f"kinds_{partnership.pk}"] = forms.MultipleChoiceField(
                label=_("E-mail me about, for %(partnership)s")
                % {"partnership": partnership.display_name},
                choices=Kind.choices,
                widget=forms.CheckboxSelectMultiple,
                required=False,
                initial=sorted(kinds),
                help_text=" ".join(
                    (
                        _("Select all that apply."),
                        _("The workspace lists them all either way."),
                    )
                ),
            )
            self.fields[f"delivery_{partnership.pk}"] = forms.ChoiceField(
                label=_("How to send them, for %(partnership)s")
                % {"partnership": partnership.display_name},
                choices=Delivery.choices,
                widget=forms.RadioSelect,
                initial=delivery,
                error_messages={"required": _("Choose how to send them")},
            )

        if language is not None:
            self.fields["language"] = forms.ChoiceField(
                label=_("Language of your e-mails"),
                choices=Language.choices,
                widget=forms.RadioSelect,
                initial=language,
                help_text=_("Reminders and the weekly e-mail are written in it."),
                error_messages={"required": _("Choose the language of your e-mails")},
            )

    def language_field(self):
        """The language's field, where the person is offered the choice."""
        return self["language"] if "language" in self.fields else None

    def groups(self):
        """(partnership, its kinds field, its delivery field), for the page."""
        return [(p, self[f"kinds_{p.pk}"], self[f"delivery_{p.pk}"]) for p in self.partnerships]

    def choices(self) -> dict[int, tuple[set[str], str]]:
        return {
            p.pk: (set(self.cleaned_data[f"kinds_{p.pk}"]), self.cleaned_data[f"delivery_{p.pk}"])
            for p in self.partnerships
        }
