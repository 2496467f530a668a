import datetime
import re
import secrets

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from csp_portal.forms import DayAndTimeField, PartialDateField, bounded, placed_after
from strategies.models import Theme

from .models import Answer, Consultation, ConsultationChange, Question, ReportedResult
from .questions import CATEGORICAL, CUSTOM, FREE_TEXT, PER_PRIORITY, SEPARATOR, choices_for

Kind = Question.Kind

# A full UK postcode, or just its first part (the outward code).
FULL_POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?)\s*[0-9][A-Z]{2}$")
OUTWARD_CODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")


def normalise_area(value: str) -> str:
    """A ward name as typed, or a postcode cut to its first part: 'rg40 1ab' gives 'RG40'
    (a full postcode can point at a handful of homes)."""
    value = " ".join(value.split())
    upper = value.upper()
    if match := FULL_POSTCODE.match(upper):
        return match.group(1)
    if OUTWARD_CODE.match(upper):
        return upper
    return value


class ResponseForm(forms.Form):
    """The questions of one consultation, a field each (named q<id>), plus an optional e-mail
    for updates and a honeypot that people never see."""

    website = forms.CharField(required=False, max_length=200, label=_("Leave this empty"))
    # One-time: a second sending of this very form (a double click) stores nothing more.
    submission = forms.CharField(required=False, max_length=40, widget=forms.HiddenInput)
    email = forms.EmailField(
        required=False,
        max_length=254,
        label=_("E-mail address for news of the strategy"),
        help_text=_(
            "Kept apart from your answers, and used only to tell you when the strategy "
            "is published."
        ),
    )

    def __init__(self, *args, questions, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["submission"] = secrets.token_urlsafe(24)
        self.questions = list(questions)
        for question in self.questions:
            self.fields[f"q{question.pk}"] = self._field(question)
        # The honeypot and the e-mail come last.
        self.order_fields([f"q{q.pk}" for q in self.questions] + ["email", "website", "submission"])

    @staticmethod
    def _field(question: Question) -> forms.Field:
        common = {"label": question.text, "help_text": question.hint, "required": question.required}
        if question.kind == Kind.MULTIPLE_CHOICE:
            common["help_text"] = question.hint or _("Choose all that apply.")
            field = forms.MultipleChoiceField(
                choices=choices_for(question), widget=forms.CheckboxSelectMultiple, **common
            )
            field.error_messages["required"] = _("Choose at least one answer to ‘%(question)s’") % {
                "question": question.text
            }
            field.error_messages["invalid_choice"] = _("Choose from the answers given")
            return field
        if choices := choices_for(question):
            field = forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
            field.error_messages["required"] = _("Choose an answer to ‘%(question)s’") % {
                "question": question.text
            }
            field.error_messages["invalid_choice"] = _("Choose one of the answers given")
            return field
        if question.kind == Kind.AREA:
            field = forms.CharField(max_length=60, **common)
        else:
            field = forms.CharField(
                max_length=2000, widget=forms.Textarea(attrs={"rows": 4}), **common
            )
        field.error_messages["required"] = _("Enter an answer to ‘%(question)s’") % {
            "question": question.text
        }
        field.error_messages["max_length"] = _(
            "Keep the answer to %(limit_value)d characters or fewer (it has %(show_value)d)"
        )
        return field

    def clean(self):
        data = super().clean()
        for question in self.questions:
            name = f"q{question.pk}"
            if question.kind == Kind.AREA and data.get(name):
                data[name] = normalise_area(data[name])
        if not self.errors and self.questions and not self.answers():
            # A form sent with nothing in it is not a response: it would count as one.
            raise forms.ValidationError(_("Answer at least one question"), code="empty")
        return data

    @property
    def first_question_id(self) -> str:
        """Where the error summary sends someone who answered nothing: the first answer."""
        if not self.questions:
            return "main-content"
        field = self[f"q{self.questions[0].pk}"]
        return field.id_for_label or f"{field.auto_id}_0"

    @property
    def is_bot(self) -> bool:
        return bool(self.cleaned_data.get("website"))

    def answers(self) -> list[tuple[Question, str, str]]:
        """(question, choice, text) for every question answered."""
        result = []
        for question in self.questions:
            value = self.cleaned_data.get(f"q{question.pk}") or ""
            if isinstance(value, list):  # several answers of a list, kept in its order
                order = [c for c, _label in choices_for(question)]
                value = SEPARATOR.join(sorted(value, key=order.index))
            value = value.strip()
            if not value:
                continue
            if question.kind in CATEGORICAL:
                result.append((question, value, ""))
            else:
                result.append((question, "", value))
        return result

    def sections(self):
        """The fields grouped for the page: each draft priority with its questions, then
        community safety where people are, the partnership's own questions, and 'about you'
        (respondent type, area, equality monitoring)."""
        by_priority: dict[int, list] = {}
        priorities = []
        general, custom, about = [], [], []
        for question in self.questions:
            field = self[f"q{question.pk}"]
            if question.kind in PER_PRIORITY:
                if question.priority_id not in by_priority:
                    by_priority[question.priority_id] = []
                    priorities.append(question.priority)
                by_priority[question.priority_id].append(field)
            elif question.kind in CUSTOM:
                custom.append(field)
            elif question.kind in FREE_TEXT or question.kind in (Kind.SAFETY_DARK, Kind.SAFETY_DAY):
                general.append(field)
            else:
                about.append(field)
        return [(p, by_priority[p.pk]) for p in priorities], general, custom, about


class ConsultationForm(forms.ModelForm):
    opens_at = DayAndTimeField(
        label=_("Opens"),
        called=_("the date it opens"),
        time_called=_("the time it opens"),
        default_time=datetime.time(0, 0),
        help_text=_(
            "UK time. Residents can answer once the strategy is out for consultation "
            "and this time has come. Left empty, the time is midnight at the start of the day."
        ),
    )
    closes_at = DayAndTimeField(
        label=_("Closes"),
        called=_("the date it closes"),
        time_called=_("the time it closes"),
        default_time=datetime.time(23, 59),
        help_text=_("UK time. Left empty, the time is 11:59pm, at the end of the day."),
    )

    class Meta:
        model = Consultation
        fields = ["title", "opens_at", "closes_at", "channel", "audience", "introduction"]

    def clean(self):
        data = super().clean()
        opens, closes = data.get("opens_at"), data.get("closes_at")
        if opens and closes and closes <= opens:
            self.add_error("closes_at", gettext("The closing time must be after the opening time"))
        return data


class NewConsultationForm(ConsultationForm):
    equality = forms.BooleanField(
        required=False,
        initial=True,
        label=_("Ask the equality monitoring questions (age, sex, disability, ethnicity)"),
        help_text=_("Each has 'prefer not to say', and is reported only in totals."),
    )


class QuestionForm(forms.ModelForm):
    class Meta:
        model = Question
        fields = ["kind", "priority", "text", "hint", "options", "required"]
        labels = {
            "kind": _("Kind of question"),
            "text": _("Question"),
            "hint": _("Hint"),
            "required": _("An answer is required"),
        }
        help_texts = {
            "options": _(
                "Only for a question answered from a list: one answer a line, for "
                "example ‘By car’ on one line and ‘On foot’ on the next."
            ),
        }
        widgets = {"kind": forms.RadioSelect, "options": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, consultation: Consultation, **kwargs):
        super().__init__(*args, **kwargs)
        kind = self.fields["kind"]
        # The partnership's own kinds first, then the standard ones; none ticked until the
        # editor chooses.
        kind.choices = sorted((c for c in Kind.choices if c[0]), key=lambda c: c[0] not in CUSTOM)
        kind.error_messages["required"] = _("Choose the kind of question")
        self.fields["text"].error_messages["required"] = _("Enter the question")
        self.fields["priority"].queryset = consultation.strategy.priorities.all()
        self.fields["priority"].empty_label = _("Not about one priority")
        self.fields["priority"].help_text = "Only for agreement and comment questions."

    def clean(self):
        data = super().clean()
        if data.get("kind") in PER_PRIORITY and not data.get("priority"):
            self.add_error("priority", gettext("Choose the draft priority this question is about"))
        if data.get("kind") not in PER_PRIORITY and data.get("priority"):
            self.add_error(
                "priority", gettext("Only agreement and comment questions are about a priority")
            )
        return data


class ChangeForm(forms.ModelForm):
    class Meta:
        model = ConsultationChange
        fields = ["priority", "you_said", "we_did"]
        labels = {"you_said": _("You said"), "we_did": _("We did")}
        field_classes = bounded("priority")

    def __init__(self, *args, consultation: Consultation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["priority"].queryset = consultation.strategy.priorities.all()
        self.fields["priority"].empty_label = _("Not about one priority")


class ModerationForm(forms.ModelForm):
    class Meta:
        model = Answer
        fields = ["themes", "quotable"]
        widgets = {"themes": forms.CheckboxSelectMultiple}
        labels = {"quotable": _("Suitable to quote in public")}
        field_classes = bounded(multiple=["themes"])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].queryset = Theme.objects.all()


class HeldElsewhereForm(forms.ModelForm):
    """A consultation held outside the portal (a paper survey, events, the council's own
    survey tool), recorded with the figures the partnership reports."""

    opens_at = PartialDateField(
        label=_("Opened"), example="22 2 2021", called=_("the date it opened")
    )
    closes_at = PartialDateField(
        label=_("Closed"), example="31 3 2021", called=_("the date it closed")
    )

    class Meta:
        model = Consultation
        fields = [
            "title",
            "channel",
            "audience",
            "response_count",
            "reach",
            "reach_description",
            "introduction",
            "summary",
        ]
        labels = {
            "channel": _("How it was held"),
            "response_count": _("Responses"),
            "reach_description": _("What the reach counts"),
            "introduction": _("What people were asked"),
            "summary": _("What people said"),
        }
        help_texts = {
            "response_count": _(
                "As the partnership's papers report them; empty if they do not say."
            ),
            "reach": _("People reached, or visits to the consultation page, if the papers say."),
        }
        widgets = {"channel": forms.RadioSelect}

    field_order = placed_after(Meta.fields, "audience", "opens_at", "closes_at")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial.setdefault("opens_at", self.instance.opens)
            self.initial.setdefault("closes_at", self.instance.closes)
        self.fields["title"].error_messages["required"] = _("Enter the title of the consultation")
        self.fields["channel"].error_messages["required"] = _("Choose how it was held")

    def clean(self):
        data = super().clean()
        opens, closes = data.get("opens_at"), data.get("closes_at")
        if opens and closes and closes.end < opens.start:
            self.add_error("closes_at", gettext("The consultation must close after it opens"))
        return data


class ReportedResultForm(forms.ModelForm):
    class Meta:
        model = ReportedResult
        fields = [
            "priority",
            "statement",
            "respondents",
            "agree_percent",
            "strongly_agree",
            "agree",
            "neither",
            "disagree",
            "strongly_disagree",
            "dont_know",
            "note",
        ]
        labels = {
            "priority": _("The draft priority it is about"),
            "statement": _("What people were asked about, as the paper words it"),
            # xgettext:no-python-format
            "agree_percent": _("% who agree or strongly agree"),
            # xgettext:no-python-format
            "strongly_agree": _("% strongly agree"),
            # xgettext:no-python-format
            "agree": _("% agree"),
            # xgettext:no-python-format
            "neither": _("% neither agree nor disagree"),
            # xgettext:no-python-format
            "disagree": _("% disagree"),
            # xgettext:no-python-format
            "strongly_disagree": _("% strongly disagree"),
            # xgettext:no-python-format
            "dont_know": _("% don't know"),
        }
        help_texts = {
            "agree_percent": _("Exactly as the paper gives it, e.g. 62.5."),
            "strongly_agree": _("The full scale only where the paper gives it."),
        }
        field_classes = bounded("priority")

    def __init__(self, *args, consultation: Consultation, **kwargs):
        super().__init__(*args, **kwargs)
        self.consultation = consultation
        self.fields["priority"].queryset = consultation.strategy.priorities.all()
        self.fields["priority"].empty_label = _("Not one of the plan's priorities")
        self.fields["statement"].required = False
        for name in ReportedResult.SCALE + ["agree_percent"]:
            field = self.fields[name]
            field.min_value, field.max_value = 0, 100
            field.error_messages["invalid"] = _("Enter a percentage, such as 62.5")
            field.error_messages["max_digits"] = _("Enter a percentage of 100 or less")

    def clean(self):
        data = super().clean()
        if not data.get("statement") and data.get("priority"):
            data["statement"] = data["priority"].title
        if not data.get("statement") and not self.errors:
            self.add_error(
                "statement", gettext("Enter what people were asked about, or choose the priority")
            )
        for name in ReportedResult.SCALE + ["agree_percent"]:
            value = data.get(name)
            if value is not None and not 0 <= value <= 100:
                self.add_error(name, gettext("Enter a percentage from 0 to 100"))
        return data
