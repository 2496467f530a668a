"""Choice fields that refuse an out-of-range id as an invalid choice. Django's own let the
database raise (OverflowError on SQLite, DataError on PostgreSQL), which is a server error
for what is only bad input; found by the property-based tests."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import DataError

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


def model_data(form: forms.ModelForm) -> dict:
    """The cleaned values of a valid ModelForm's model fields: what a service is given."""
    return {
        name: form.cleaned_data[name] for name in form._meta.fields if name in form.cleaned_data
    }
