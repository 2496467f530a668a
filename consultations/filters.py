import django_filters
from django.utils.translation import gettext_lazy as _

from csp_portal.filters import BoundedModelChoiceFilter
from strategies.models import Theme

from .models import Answer, Question
from .questions import FREE_TEXT


class CommentFilter(django_filters.FilterSet):
    question = BoundedModelChoiceFilter(queryset=Question.objects.none(), empty_label=_("Any"))
    themes = BoundedModelChoiceFilter(
        queryset=Theme.objects.all(), label=_("Theme"), empty_label=_("Any")
    )
    quotable = django_filters.BooleanFilter(label=_("Quotable"))
    contains = django_filters.CharFilter(
        field_name="text", lookup_expr="icontains", label=_("Words")
    )

    class Meta:
        model = Answer
        fields = ["question", "themes", "quotable", "contains"]

    def __init__(self, *args, consultation, **kwargs):
        super().__init__(
            *args,
            queryset=Answer.objects.filter(response__consultation=consultation)
            .exclude(text="")
            .select_related("question", "response")
            .prefetch_related("themes")
            .order_by("-response__submitted_at", "pk"),
            **kwargs,
        )
        self.filters["question"].queryset = consultation.questions.filter(kind__in=FREE_TEXT)
