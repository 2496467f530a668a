"""A consultation of residents, businesses and groups on a draft strategy, and its
questions."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from csp_portal.dates import PartialDate, Precision, precision_field
from strategies.models import StrategicPriority, Strategy

# A consultation takes responses only while its strategy is out for consultation, and only
# between its opening and closing times: the one rule, as a query (`open_at`) and on a
# fetched consultation (`is_open`).
OPEN_STATUS = Strategy.Status.CONSULTATION


class ConsultationQuerySet(models.QuerySet):
    def open_at(self, now):
        """Consultations taking responses at `now`."""
        return self.filter(
            run_by_portal=True, strategy__status=OPEN_STATUS, opens_at__lte=now, closes_at__gt=now
        )


class Consultation(models.Model):
    class Channel(models.TextChoices):
        ONLINE_SURVEY = "online_survey", _("Online survey")
        PAPER_SURVEY = "paper_survey", _("Paper survey")
        COUNCIL_SURVEY = "council_survey", _("The council's own survey tool")
        EVENT = "event", _("Public event")
        MIXED = "mixed", _("Survey and events")
        STAKEHOLDERS = "stakeholders", _("Stakeholder engagement")

    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="consultations")
    title = models.CharField(max_length=200)
    run_by_portal = models.BooleanField(
        default=True,
        help_text=_(
            "Residents answer its questions on the portal. A consultation held "
            "elsewhere is recorded with the figures the partnership reports."
        ),
    )
    opens_at = models.DateTimeField()
    opens_at_precision = precision_field()
    closes_at = models.DateTimeField()
    closes_at_precision = precision_field()
    channel = models.CharField(
        max_length=20, choices=Channel.choices, default=Channel.ONLINE_SURVEY
    )
    audience = models.CharField(
        max_length=300,
        blank=True,
        help_text=_("Who was asked, e.g. 'residents, businesses and voluntary groups'."),
    )
    introduction = models.TextField(max_length=10000, blank=True, help_text=_("Markdown."))
    summary = models.TextField(
        max_length=20000,
        blank=True,
        help_text=_("What people said, for the public page. Markdown."),
    )
    response_count = models.PositiveIntegerField(
        _("responses reported"),
        null=True,
        blank=True,
        help_text=_(
            "Responses received outside the portal (paper, events), or all of them for "
            "a consultation held elsewhere, as the partnership reports them."
        ),
    )
    reach = models.PositiveIntegerField(
        null=True, blank=True, help_text=_("People reached, or visits to the consultation page.")
    )
    reach_description = models.CharField(
        max_length=200, blank=True, help_text=_("What the reach counts, e.g. 'page visits'.")
    )
    results_published = models.BooleanField(default=False)
    history = HistoricalRecords(excluded_fields=["results_published"])

    objects = ConsultationQuerySet.as_manager()

    class Meta:
        ordering = ["strategy", "-opens_at"]
        constraints = [
            # The same month (or year) for both is fine for one held elsewhere.
            models.CheckConstraint(
                condition=models.Q(closes_at__gte=models.F("opens_at")),
                name="consultation_closes_when_or_after_it_opens",
            ),
        ]

    def __str__(self):
        return self.title

    def is_open(self, now=None) -> bool:
        """Taking responses: run by the portal, the strategy is out for consultation and now
        is within the dates."""
        now = now or timezone.now()
        return (
            self.run_by_portal
            and self.strategy.status == OPEN_STATUS
            and self.opens_at <= now < self.closes_at
        )

    def has_closed(self, now=None) -> bool:
        now = now or timezone.now()
        if self.closes_at_precision == Precision.DAY:
            return now >= self.closes_at
        return timezone.localdate(now) > self.closes.end

    @property
    def opens(self) -> PartialDate:
        return PartialDate(timezone.localdate(self.opens_at), self.opens_at_precision)

    @property
    def closes(self) -> PartialDate:
        return PartialDate(timezone.localdate(self.closes_at), self.closes_at_precision)

    def has_opened(self, now=None) -> bool:
        """Residents could answer it: run by the portal, its strategy sent out for consultation
        (and not back to draft), and the opening time come. An opening time that passes while
        the strategy is still a draft opens nothing."""
        now = now or timezone.now()
        return (
            self.run_by_portal
            and self.strategy.status != Strategy.Status.DRAFT
            and self.opens_at <= now
        )

    def questions_frozen_because(self, now=None) -> str:
        """Why its questions can no longer change ("" while they can): once it has opened,
        or once anyone has answered (a paper response), every answer must mean the same."""
        if self.has_opened(now):
            return gettext("The consultation has opened, so its questions can no longer change.")
        if self.responses.exists():
            return gettext("Responses have been entered, so its questions can no longer change.")
        return ""

    def questions_frozen(self, now=None) -> bool:
        return bool(self.questions_frozen_because(now))

    @property
    def results_are_public(self) -> bool:
        return self.results_published and self.has_closed()


class Question(models.Model):
    """One question of a consultation. Its kind fixes the answers it takes."""

    class Kind(models.TextChoices):
        AGREEMENT = "agreement", _("Agreement with a draft priority")
        PRIORITY_COMMENT = "priority_comment", _("Comment on a draft priority")
        CONCERNS = "concerns", _("Other community safety issues")
        SAFETY_DARK = "safety_dark", _("How safe after dark")
        SAFETY_DAY = "safety_day", _("How safe during the day")
        RESPONDENT_TYPE = "respondent_type", _("Who is answering")
        AREA = "area", _("Area (ward or postcode district)")
        AGE_BAND = "age_band", _("Age (equality monitoring)")
        SEX = "sex", _("Sex (equality monitoring)")
        DISABILITY = "disability", _("Disability (equality monitoring)")
        ETHNICITY = "ethnicity", _("Ethnicity (equality monitoring)")
        TEXT = "text", _("Another question, answered in words")
        SINGLE_CHOICE = "single_choice", _("Another question, with one answer from a list")
        MULTIPLE_CHOICE = "multiple_choice", _("Another question, with any answers from a list")
        AGREE_SCALE = "agree_scale", _("A statement to agree or disagree with")

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="questions"
    )
    order = models.PositiveIntegerField(default=0)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    priority = models.ForeignKey(
        StrategicPriority,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="questions",
        help_text=_("The draft priority asked about (agreement and comment questions)."),
    )
    text = models.CharField(max_length=500)
    hint = models.CharField(max_length=500, blank=True)
    options = models.TextField(
        _("answers to choose from"),
        max_length=5000,
        blank=True,
        help_text=_("For a question with answers from a list: one answer a line."),
    )
    required = models.BooleanField(default=False)

    # The answers of a list are stored by their place in it ("2", or "1;3" for several):
    # the list cannot change once anyone has answered (Consultation.questions_frozen).
    LISTED = ("single_choice", "multiple_choice")
    MAX_OPTIONS = 20
    MAX_OPTION_LENGTH = 200

    class Meta:
        ordering = ["consultation", "order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    kind__in=["agreement", "priority_comment"], priority__isnull=False
                )
                | (
                    ~models.Q(kind__in=["agreement", "priority_comment"])
                    & models.Q(priority__isnull=True)
                ),
                name="question_priority_only_for_priority_kinds",
            ),
        ]

    def __str__(self):
        return self.text

    @property
    def option_list(self) -> list[str]:
        return [line.strip() for line in self.options.splitlines() if line.strip()]

    def clean(self):
        options = self.option_list
        if self.kind not in self.LISTED and options:
            raise ValidationError(
                {
                    "options": gettext(
                        "Leave the answers to choose from empty, or choose a question "
                        "answered from a list"
                    )
                }
            )
        if self.kind in self.LISTED:
            if problem := self._options_problem(options):
                raise ValidationError({"options": problem})
            self.options = "\n".join(options)

    def _options_problem(self, options: list[str]) -> str:
        seen = set()
        for option in options:
            if len(option) > self.MAX_OPTION_LENGTH:
                return gettext(
                    "Keep each answer to %(most)s characters or fewer (‘%(option)s…’ is longer)"
                ) % {"most": self.MAX_OPTION_LENGTH, "option": option[:40]}
            if option.casefold() in seen:
                return gettext("Give each answer once: ‘%(option)s’ is there twice") % {
                    "option": option
                }
            seen.add(option.casefold())
        if len(options) < 2:
            return gettext("Enter at least two answers to choose from, one a line")
        if len(options) > self.MAX_OPTIONS:
            return gettext("Give no more than %(most)s answers to choose from") % {
                "most": self.MAX_OPTIONS
            }
        return ""
