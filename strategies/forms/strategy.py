"""Forms of the strategy itself and of its workflow: its details, a new strategy, a step
from draft to published, the record of a plan published before the portal."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from csp_portal.dates import PartialDate
from csp_portal.forms import (
    BoundedModelChoiceField,
    PartialDateField,
    PartialDatesMixin,
    bounded,
    say_what_to_do,
)

from ..models import (
    StrategicAssessment,
    Strategy,
)


def check_period(form, data: dict) -> dict:
    start, end = data.get("period_start_year"), data.get("period_end_year")
    if start and end and end < start:
        form.add_error(
            "period_end_year", gettext("The last year must be the same as or after the first year.")
        )
    return data


class StrategyForm(PartialDatesMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput)
    sent_to_pcc_on = PartialDateField(
        label=_("Sent to the police and crime commissioner"),
        required=False,
        called=_("the date it was sent"),
    )
    dates_after = "strategic_assessment"

    class Meta:
        model = Strategy
        fields = [
            "title",
            "period_start_year",
            "period_end_year",
            "vision",
            "summary",
            "aims",
            "priorities_ranked",
            "strategy_level_areas_heading",
            "delivery_approach",
            "strategic_assessment",
            "staff_note",
        ]
        labels = {
            "period_start_year": _("First year"),
            "period_end_year": _("Last year"),
            "priorities_ranked": _("The priorities are in priority order"),
            "strategy_level_areas_heading": _("Heading of the delivery areas under no priority"),
            "strategic_assessment": _("The strategic assessment it rests on"),
        }
        help_texts = {
            "priorities_ranked": _(
                "Untick where they are listed alphabetically, as some plans do."
            ),
            "strategic_assessment": _("Add assessments on the partnership's page."),
        }
        field_classes = bounded("strategic_assessment")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        assessment = self.fields["strategic_assessment"]
        assessment.queryset = StrategicAssessment.objects.filter(
            partnership=self.instance.partnership_id
        )
        assessment.empty_label = _("Not recorded")

    def clean(self):
        return check_period(self, super().clean())


class NewStrategyForm(forms.ModelForm):
    published_elsewhere = forms.TypedChoiceField(
        label=_("What are you adding?"),
        choices=[
            (False, _("A new draft, to write, consult on and publish here")),
            (True, _("The record of a plan published before the portal")),
        ],
        coerce=lambda value: value in (True, "True"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what you are adding")},
    )

    class Meta:
        model = Strategy
        fields = ["published_elsewhere", "title", "period_start_year", "period_end_year", "summary"]
        labels = {"period_start_year": _("First year"), "period_end_year": _("Last year")}
        help_texts = {"period_start_year": _("E.g. 2021 for a plan for 2021 to 2024.")}

    def __init__(self, *args, partnership=None, **kwargs):
        super().__init__(*args, **kwargs)

    def clean(self):
        return check_period(self, super().clean())


class TransitionForm(forms.Form):
    """A step of the workflow, with what the step asks: why it goes back to draft, what an
    approval rests on, the day of publication."""

    to = forms.ChoiceField(choices=Strategy.Status.choices, widget=forms.HiddenInput)
    comment = forms.CharField(
        label=_("Comment"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("It is kept on the strategy's status timeline."),
    )

    def __init__(self, *args, strategy: Strategy, to: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial["to"] = to
        Status = Strategy.Status
        if to == Status.DRAFT:
            comment = self.fields["comment"]
            comment.label, comment.required = _("Why it goes back to draft"), True
            comment.error_messages["required"] = _("Say why it goes back to draft")
        if to == Status.APPROVED:
            meetings = strategy.partnership.board_meetings.order_by("-held_on")
            self.fields["decision_meeting"] = BoundedModelChoiceField(
                queryset=meetings,
                required=False,
                label=_("The meeting of the board that approved it"),
                empty_label=_("None of these"),
            )
            self.fields["decision_reference"] = forms.CharField(
                label=_("Or the decision's reference"),
                max_length=300,
                required=False,
                help_text=_("E.g. a minute number, or a delegated decision's reference."),
            )
            self.order_fields(["decision_meeting", "decision_reference", "comment"])
        if to == Status.PUBLISHED:
            self.fields["published_on"] = PartialDateField(
                label=_("Published on"),
                called=_("the date it was published"),
                least="day",
                required=False,
                example=f"{timezone.localdate():%-d %-m %Y}",
                help_text=_("Today, unless it was published on an earlier day."),
            )
            self.initial["published_on"] = PartialDate.of(*timezone.localdate().timetuple()[:3])
            self.order_fields(["published_on", "comment"])

    def clean(self):
        data = super().clean()
        if "decision_meeting" in self.fields and not (
            data.get("decision_meeting") or (data.get("decision_reference") or "").strip()
        ):
            self.add_error(
                "decision_meeting",
                gettext("Choose the meeting that approved it, or give the decision's reference"),
            )
        return data


class RecordPublicationForm(forms.Form):
    published_on = PartialDateField(
        label=_("When it was published"),
        called=_("the date it was published"),
        example="1 7 2021",
        help_text=_("As the council's papers give it."),
    )
    comment = forms.CharField(
        label=_("Where it was published, or any note"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


say_what_to_do(StrategyForm, empty_label=_("Not chosen"))


class RefreshForm(forms.Form):
    """The annual refresh: the new revision's title, period and address, as proposed, and
    what else to copy into it."""

    title = forms.CharField(max_length=200, label=_("Title of the new revision"))
    period_start_year = forms.IntegerField(label=_("First year"), min_value=2000, max_value=2100)
    period_end_year = forms.IntegerField(label=_("Last year"), min_value=2000, max_value=2100)
    slug = forms.SlugField(
        max_length=120,
        label=_("Its address on the portal"),
        help_text=_("Lower-case letters, numbers and hyphens."),
    )
    copy = forms.MultipleChoiceField(
        label=_("Copy into it as well"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Its priorities, delivery areas and actions are copied, and its timeline's "
            "steps carried forward to be dated. Nothing else is copied unless you tick it."
        ),
    )

    def __init__(self, *args, strategy: Strategy, proposal, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("title", "period_start_year", "period_end_year", "slug"):
            self.initial.setdefault(name, getattr(proposal, name))
        counts = [
            ("risks", strategy.risks.count(), "risk", "risks"),
            (
                "policy_links",
                strategy.policy_links.count(),
                "link to a policy",
                "links to policies",
            ),
            ("documents", strategy.documents.count(), "document", "documents"),
        ]
        self.fields["copy"].choices = [
            (name, f"Its {n} {one if n == 1 else more}") for name, n, one, more in counts if n
        ]

    def clean(self):
        return check_period(self, super().clean())
