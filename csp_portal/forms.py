"""Form helpers: choice fields that refuse an out-of-range id as an invalid choice (Django's
own let the database raise, a server error for what is only bad input; found by the
property-based tests); dates as the papers give them; the data a service is given."""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.db import DataError
from django.utils import timezone, translation
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .bilingual import welsh_data
from .dates import PartialDate, Precision, partial

BIGGEST_ID = 2**63 - 1


def _in_range(value) -> bool:
    try:
        return abs(int(str(value).strip())) <= BIGGEST_ID
    except ValueError:
        return True  # not a number at all: Django's own check says so


class BoundedModelChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        if value not in self.empty_values and not _in_range(value):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        try:
            return super().to_python(value)
        except (OverflowError, DataError):
            raise ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            ) from None


class BoundedModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        for pk in value or ():
            if not _in_range(pk):
                raise ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": pk},
                )
        return super()._check_values(value)


def bounded(*names, multiple=()) -> dict:
    """Meta.field_classes for a ModelForm's foreign keys and many-to-many fields."""
    classes = dict.fromkeys(names, BoundedModelChoiceField)
    classes.update(dict.fromkeys(multiple, BoundedModelMultipleChoiceField))
    return classes


def placed_after(fields: list[str], after: str, *names: str) -> list[str]:
    """A form's field_order: its model fields as its Meta lists them, with fields of the
    form's own (`names`: dates typed as the papers give them) after the field `after`."""
    at = fields.index(after) + 1
    return [*fields[:at], *names, *fields[at:]]


class HttpsURLField(forms.URLField):
    """An address typed without its scheme ('www.council.gov.uk/safety') is taken as
    https://, as Django 6 will by default."""

    def __init__(self, **kwargs):
        super().__init__(**{"assume_scheme": "https", **kwargs})


def https(*names) -> dict:
    """Meta.field_classes for a ModelForm's URL fields."""
    return dict.fromkeys(names, HttpsURLField)


def model_data(form: forms.ModelForm) -> dict:
    """The cleaned values of a valid ModelForm's model fields: what a service is given. A
    PartialDateField named as a date field of the model gives the date and its precision."""
    data = {
        name: form.cleaned_data[name] for name in form._meta.fields if name in form.cleaned_data
    }
    model_fields = {field.name for field in form._meta.model._meta.concrete_fields}
    for name, field in form.fields.items():
        if isinstance(field, PartialDateField) and name in model_fields:
            value = form.cleaned_data.get(name)
            data[name] = value.start if value else None
            data[f"{name}_precision"] = value.precision if value else Precision.DAY
    return {**data, **welsh_data(form)}


class GovukDateInput(forms.MultiWidget):
    """The GOV.UK date input: day, month and year, each a box of its own (rendered by
    includes/_field.html as a fieldset)."""

    template_name = "django/forms/widgets/multiwidget.html"

    def __init__(self, attrs=None):
        super().__init__([forms.TextInput, forms.TextInput, forms.TextInput], attrs)

    def subwidgets(self, name, value, attrs=None):
        """The three boxes, for the template to lay out (Django's MultiWidget gives itself
        as its one subwidget)."""
        yield from self.get_context(name, value, attrs)["widget"]["subwidgets"]

    def decompress(self, value: PartialDate | None):
        if value is None:
            return [None, None, None]
        day = value.start.day if value.precision == Precision.DAY else None
        month = value.start.month if value.precision != Precision.YEAR else None
        return [day, month, value.start.year]


# What a date and time lacks (of its day, month and year, in that order).
MUST_INCLUDE = {
    ("day",): _("%(what)s must include a day"),
    ("month",): _("%(what)s must include a month"),
    ("year",): _("%(what)s must include a year"),
    ("day", "month"): _("%(what)s must include a day and a month"),
    ("day", "year"): _("%(what)s must include a day and a year"),
    ("month", "year"): _("%(what)s must include a month and a year"),
    ("day", "month", "year"): _("%(what)s must include a day and a month and a year"),
}


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class PartialDateField(forms.MultiValueField):
    """A date as the paper gives it: the day, or the day and the month, may be left empty
    (down to `least` precision). Gives a PartialDate; anything it cannot read is an error
    by the field, with what was typed kept."""

    widget = GovukDateInput

    def __init__(
        self,
        *,
        least: str = Precision.YEAR,
        example: str = "27 5 2021",
        called: str = "",
        **kwargs,
    ):
        """`called`: what the error messages call the date ('the date it is due'), where
        its label alone ('Due') does not read as one."""
        self.least = least
        self.example = example
        self.called = called
        parts = [forms.CharField(max_length=4, required=False) for _ in range(3)]
        super().__init__(parts, require_all_fields=False, **kwargs)

    def _words(self) -> str:
        if self.called:
            return str(self.called)
        label = str(self.label or gettext("date"))
        return gettext("the %(label)s") % {"label": label[:1].lower() + label[1:]}

    def compress(self, data_list):
        if not data_list or not any((value or "").strip() for value in data_list):
            return None
        day, month, year = ((value or "").strip() for value in data_list)
        what = self._words()
        if not year:
            raise ValidationError(
                gettext("%(what)s must include a year") % {"what": capitalised(what)}
            )
        if day and not month:
            raise ValidationError(
                gettext("%(what)s must include a month") % {"what": capitalised(what)}
            )
        if self.least == Precision.DAY and not day:
            raise ValidationError(
                gettext("%(what)s must include a day") % {"what": capitalised(what)}
            )
        if self.least == Precision.MONTH and not month:
            raise ValidationError(
                gettext("%(what)s must include a month") % {"what": capitalised(what)}
            )
        try:
            numbers = [int(part) if part else None for part in (year, month, day)]
            if not 1900 <= numbers[0] <= 2100:
                raise ValueError
            return PartialDate.of(*numbers)
        except ValueError:
            if self.least == Precision.DAY:
                why = gettext("Enter %(what)s as a real date, for example %(example)s")
            else:
                why = gettext(
                    "Enter %(what)s as a real date, for example %(example)s, or just the month "
                    "and year"
                )
            raise ValidationError(why % {"what": what, "example": self.example}) from None


class PartialDatesMixin:
    """For a ModelForm whose dates are PartialDateFields named as the model's date fields
    (left out of Meta.fields): fills them in from the instance, and shows them after the
    model field `dates_after` where it is given. model_data() gives the service each date
    and its precision."""

    dates_after = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.dates_after:
            dates = [n for n, field in self.fields.items() if isinstance(field, PartialDateField)]
            self.order_fields(placed_after(list(self._meta.fields), self.dates_after, *dates))
        for name, field in self.fields.items():
            if isinstance(field, PartialDateField) and self.instance is not None:
                day = getattr(self.instance, name, None)
                if day is not None and name not in self.initial:
                    self.initial[name] = partial(day, getattr(self.instance, f"{name}_precision"))

    def clean(self):
        """The dates on the instance too, so that the model's own checks (a membership ends
        after it starts) run on what was typed."""
        data = super().clean()
        for name, field in self.fields.items():
            if isinstance(field, PartialDateField) and name not in self.errors:
                value = data.get(name)
                setattr(self.instance, name, value.start if value else None)
                setattr(self.instance, f"{name}_precision", value.precision if value else "day")
        return data


def _words_for(name: str, field) -> str:
    """What a message calls the field: 'the title', 'how it was held'."""
    label = str(field.label or name.replace("_", " "))
    label = label[:1].lower() + label[1:]
    first = label.split()[0] if label.split() else ""
    own = {"how", "its", "what", "who", "which", "the", "a", "an", "their", "when", "where"}
    return label if first in own else f"the {label}"


def _words_in_language(name: str, field) -> str:
    """What a message calls the field in the page's language: in English 'the title'; in
    Welsh the field's Welsh label, as a Welsh message names it ('Rhowch enw')."""
    if translation.get_language() == "cy" and field.label:
        label = str(field.label)
        return label[:1].lower() + label[1:]
    return _words_for(name, field)


_lazy_words = lazy(_words_in_language, str)


def say_what_to_do(*form_classes, empty_label: str | None = None) -> None:
    """Error messages that say what to do, in the GOV.UK style ('Enter the title', 'Choose
    how it was held'), for every field of the forms; `empty_label` for their choices of
    one record ('Not chosen' reads better than a row of dashes)."""
    for form_class in form_classes:
        for name, field in form_class.base_fields.items():
            words = _lazy_words(name, field)
            choose = isinstance(field, forms.ChoiceField | forms.ModelChoiceField)
            field.error_messages["required"] = format_lazy(
                _("Choose {}") if choose else _("Enter {}"), words
            )
            if isinstance(field, forms.IntegerField):
                field.error_messages["invalid"] = format_lazy(
                    _("Enter {} as a whole number"), words
                )
            single = isinstance(field, forms.ModelChoiceField) and not isinstance(
                field, forms.ModelMultipleChoiceField
            )
            if empty_label and single:
                field.empty_label = empty_label


DASHES = "---------"  # Django's blank choice
FORMATTING = _(
    "You can start a line with - for a list, put **two stars** round words for bold, and "
    "write a link as [its words](https://www.example.gov.uk)"
)


def in_plain_words(form: forms.BaseForm) -> forms.BaseForm:
    """The form's choices with a real prompt ('Choose the kind', or 'Not chosen' where the
    choice may be left), never Django's row of dashes; and its hints saying what formatting
    works, with an example, not 'Markdown.'."""
    for name, field in form.fields.items():
        if "Markdown." in str(field.help_text):
            field.help_text = str(field.help_text).replace("Markdown.", str(FORMATTING)).strip()
        prompt = (
            format_lazy(_("Choose {}"), _lazy_words(name, field))
            if field.required
            else _("Not chosen")
        )
        if isinstance(field, forms.ModelChoiceField) and field.empty_label == DASHES:
            field.empty_label = prompt
        elif isinstance(field, forms.ChoiceField) and not isinstance(field, forms.ModelChoiceField):
            field.choices = [
                ("", prompt) if value == "" and label == DASHES else (value, label)
                for value, label in field.choices
            ]
    return form


class GovukDateTimeInput(GovukDateInput):
    """The GOV.UK date input and, after it, a box for the time of day."""

    def __init__(self, attrs=None):
        forms.MultiWidget.__init__(self, [forms.TextInput] * 4, attrs)

    def decompress(self, value: datetime.datetime | None):
        if value is None:
            return [None, None, None, None]
        local = timezone.localtime(value)
        return [local.day, local.month, local.year, time_words(local.time())]


def time_words(moment: datetime.time) -> str:
    """A time as GOV.UK writes it: 9:00am, 5:30pm."""
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02}{'am' if moment.hour < 12 else 'pm'}"


TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$")
NAMED_TIMES = {"midday": datetime.time(12), "noon": datetime.time(12)}


def read_time(typed: str) -> datetime.time:
    """The time of day as people type it: 9am, 9:30am, 9.30pm, 17:30, midday. ValueError
    for anything else."""
    words = typed.strip().lower().replace(" ", "")
    if words in NAMED_TIMES:
        return NAMED_TIMES[words]
    found = TIME.match(words)
    if not found:
        raise ValueError(typed)
    hour, minute, half = int(found[1]), int(found[2] or 0), found[3]
    if half:
        if not 1 <= hour <= 12:
            raise ValueError(typed)
        hour = hour % 12 + (12 if half == "pm" else 0)
    return datetime.time(hour, minute)  # ValueError past 23:59


class DayAndTimeField(forms.MultiValueField):
    """A moment in UK time: the day in the GOV.UK date input, and the time of day typed
    ('9:00am', '17:30'); the time left empty is `default_time`. Gives an aware datetime;
    anything it cannot read is an error by the field, with what was typed kept."""

    widget = GovukDateTimeInput
    least = Precision.DAY

    def __init__(self, *, called: str, time_called: str, default_time: datetime.time, **kw):
        self.called, self.time_called, self.default_time = called, time_called, default_time
        self.example = kw.pop("example", "27 5 2021")
        parts = [forms.CharField(required=False) for _ in range(4)]
        super().__init__(parts, require_all_fields=False, **kw)

    def compress(self, data_list):
        if not data_list or not any((value or "").strip() for value in data_list):
            return None
        day, month, year, typed = ((value or "").strip() for value in data_list)
        missing = [part for part, value in (("day", day), ("month", month), ("year", year))
                   if not value]  # fmt: skip
        if missing:
            raise ValidationError(
                str(MUST_INCLUDE[tuple(missing)]) % {"what": capitalised(str(self.called))}
            )
        try:
            if not 1900 <= int(year) <= 2100:
                raise ValueError
            day = datetime.date(int(year), int(month), int(day))
        except ValueError:
            raise ValidationError(
                gettext("Enter %(called)s as a real date, for example %(example)s")
                % {"called": self.called, "example": self.example}
            ) from None
        try:
            moment = read_time(typed) if typed else self.default_time
        except ValueError:
            raise ValidationError(
                gettext("Enter %(time_called)s as a time of day, for example 9:00am or 17:30")
                % {"time_called": self.time_called}
            ) from None
        return timezone.make_aware(datetime.datetime.combine(day, moment))
