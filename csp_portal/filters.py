import django_filters

from .forms import BoundedModelChoiceField


class BoundedModelChoiceFilter(django_filters.ModelChoiceFilter):
    """A choice filter that takes an out-of-range id as an invalid choice, not a 500."""

    field_class = BoundedModelChoiceField
