"""How many rows each table of some apps holds: to show that nothing was written, or that
all came back."""

from django.apps import apps


def row_counts(app_labels: set[str], leaving_out: frozenset[str] = frozenset()) -> dict[str, int]:
    """The rows of each model of the apps, by the model's label, but those left out."""
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label in app_labels and model._meta.label not in leaving_out
    }
