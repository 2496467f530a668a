from django import forms
from django.utils.translation import gettext_lazy as _

from csp_portal.forms import PartialDateField, PartialDatesMixin, bounded, say_what_to_do
from partnerships.models import Partnership

from .models import ScrutinyRecommendation, ScrutinyReview


class RecommendationForm(forms.ModelForm):
    class Meta:
        model = ScrutinyRecommendation
        fields = ["text", "status", "response"]
        labels = {"text": _("Recommendation"), "response": _("What the partnership did")}
        widgets = {"status": forms.RadioSelect}

    def __init__(self, *args, review: ScrutinyReview, **kwargs):
        """`review`: the meeting it belongs to (the record already names it)."""
        super().__init__(*args, **kwargs)


class ReviewForm(PartialDatesMixin, forms.ModelForm):
    """A meeting of the crime and disorder committee about the partnership."""

    meeting_on = PartialDateField(
        label=_("Date of the meeting"), least="month", example="22 3 2021"
    )
    dates_after = "committee"

    class Meta:
        model = ScrutinyReview
        fields = [
            "committee",
            "strategy",
            "purpose",
            "outcome",
            "recommendations",
            "report_author",
            "staff_note",
        ]
        labels = {
            "strategy": _("The strategy it considered"),
            "purpose": _("What the committee was asked to do"),
            "recommendations": _("What it said"),
            "report_author": _("Who wrote the report to it"),
        }
        help_texts = {
            "recommendations": _(
                "Its resolution or minute; its recommendations one by one are added after."
            )
        }
        widgets = {"outcome": forms.RadioSelect}
        field_classes = bounded("strategy")

    def __init__(self, *args, partnership: Partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["strategy"].queryset = partnership.strategies.all()
        self.fields["strategy"].empty_label = _("The partnership's work in general")
        self.fields["committee"].error_messages["required"] = _("Enter the name of the committee")
        self.fields["meeting_on"].error_messages["required"] = _("Enter the date of the meeting")


say_what_to_do(RecommendationForm)
