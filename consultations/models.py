"""Consultation of residents, businesses and groups on a draft strategy: the questions, the
responses, what people said and what the partnership did about it."""

import secrets

from django.db import models
from django.db.models import Count
from django.utils import timezone
from simple_history.models import HistoricalRecords

from csp_portal.dates import PartialDate, Precision, precision_field
from strategies.models import StrategicPriority, Strategy, Theme

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
        ONLINE_SURVEY = "online_survey", "Online survey"
        PAPER_SURVEY = "paper_survey", "Paper survey"
        COUNCIL_SURVEY = "council_survey", "The council's own survey tool"
        EVENT = "event", "Public event"
        MIXED = "mixed", "Survey and events"
        STAKEHOLDERS = "stakeholders", "Stakeholder engagement"

    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="consultations")
    title = models.CharField(max_length=200)
    run_by_portal = models.BooleanField(
        default=True,
        help_text="Residents answer its questions on the portal. A consultation held "
        "elsewhere is recorded with the figures the partnership reports.",
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
        help_text="Who was asked, e.g. 'residents, businesses and voluntary groups'.",
    )
    introduction = models.TextField(max_length=10000, blank=True, help_text="Markdown.")
    summary = models.TextField(
        max_length=20000, blank=True, help_text="What people said, for the public page. Markdown."
    )
    response_count = models.PositiveIntegerField(
        "responses reported",
        null=True,
        blank=True,
        help_text="Responses received outside the portal (paper, events), or all of them for "
        "a consultation held elsewhere, as the partnership reports them.",
    )
    reach = models.PositiveIntegerField(
        null=True, blank=True, help_text="People reached, or visits to the consultation page."
    )
    reach_description = models.CharField(
        max_length=200, blank=True, help_text="What the reach counts, e.g. 'page visits'."
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
            return "The consultation has opened, so its questions can no longer change."
        if self.responses.exists():
            return "Responses have been entered, so its questions can no longer change."
        return ""

    def questions_frozen(self, now=None) -> bool:
        return bool(self.questions_frozen_because(now))

    @property
    def results_are_public(self) -> bool:
        return self.results_published and self.has_closed()


class Question(models.Model):
    """One question of a consultation. Its kind fixes the answers it takes."""

    class Kind(models.TextChoices):
        AGREEMENT = "agreement", "Agreement with a draft priority"
        PRIORITY_COMMENT = "priority_comment", "Comment on a draft priority"
        CONCERNS = "concerns", "Other community safety issues"
        SAFETY_DARK = "safety_dark", "How safe after dark"
        SAFETY_DAY = "safety_day", "How safe during the day"
        RESPONDENT_TYPE = "respondent_type", "Who is answering"
        AREA = "area", "Area (ward or postcode district)"
        AGE_BAND = "age_band", "Age (equality monitoring)"
        SEX = "sex", "Sex (equality monitoring)"
        DISABILITY = "disability", "Disability (equality monitoring)"
        ETHNICITY = "ethnicity", "Ethnicity (equality monitoring)"
        TEXT = "text", "Another question, answered in words"

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
        help_text="The draft priority asked about (agreement and comment questions).",
    )
    text = models.CharField(max_length=500)
    hint = models.CharField(max_length=500, blank=True)
    required = models.BooleanField(default=False)

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


class ResponseQuerySet(models.QuerySet):
    def counted(self):
        """The responses the results count: those with at least one answer. An empty form
        is refused, but one stored before that rule is still no response."""
        return self.filter(models.Exists(Answer.objects.filter(response=models.OuterRef("pk"))))

    def by_channel(self) -> dict[str, int]:
        """{channel: responses counted} for every channel, in one query."""
        counts = dict(self.counted().order_by().values_list("channel").annotate(n=Count("id")))
        return {channel: counts.get(channel, 0) for channel in Response.Channel.values}


class Response(models.Model):
    """One person's answers. No name or e-mail is kept with it."""

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="responses"
    )

    class Channel(models.TextChoices):
        ONLINE = "online", "Online"
        PAPER = "paper", "Paper, entered by staff"

    reference = models.CharField(max_length=12, unique=True, editable=False)
    submitted_at = models.DateTimeField(default=timezone.now, db_index=True)
    channel = models.CharField(max_length=10, choices=Channel.choices, default=Channel.ONLINE)
    entered_by = models.ForeignKey(
        "auth.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Copies of two answers, so the results break agreement down by who answered and where
    # with one join to this narrow table rather than two to the answers.
    respondent_type = models.CharField(max_length=60, blank=True, editable=False)
    area = models.CharField(max_length=60, blank=True, editable=False)

    objects = ResponseQuerySet.as_manager()

    class Meta:
        ordering = ["consultation", "submitted_at", "pk"]

    def __str__(self):
        return self.reference


# Crockford's base32 without I, L, O and U: easy to read out over the phone.
REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_reference() -> str:
    """E.g. 'K7QD-3M9X'."""
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"{code[:4]}-{code[4:]}"


class AnswerQuerySet(models.QuerySet):
    def choice_counts(self) -> dict[int, dict[str, int]]:
        """{question id: {choice: answers}} over the answers given as a choice, in one
        aggregate query (on PostgreSQL an index-only scan of answer_question_choice)."""
        counts: dict[int, dict[str, int]] = {}
        for question_id, choice, n in (
            self.exclude(choice="")
            .order_by()
            .values_list("question_id", "choice")
            .annotate(n=Count("id"))
        ):
            counts.setdefault(question_id, {})[choice] = n
        return counts


class Answer(models.Model):
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    choice = models.CharField(
        max_length=60, blank=True, help_text="The answer to a scale, or the area as given."
    )
    text = models.TextField(max_length=2000, blank=True)
    # Moderation of free-text answers by staff.
    themes = models.ManyToManyField(Theme, blank=True, related_name="+")
    quotable = models.BooleanField(
        default=False, help_text="Suitable to quote in public. Only these are ever shown."
    )

    objects = AnswerQuerySet.as_manager()

    class Meta:
        ordering = ["response", "question__order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["response", "question"], name="one_answer_a_question")
        ]
        indexes = [
            # The results count answers by question and choice, and join a response's
            # answers to each other: on PostgreSQL both read this index alone.
            models.Index(
                fields=["question", "choice"], include=["response"], name="answer_question_choice"
            ),
            models.Index(
                fields=["question"], condition=models.Q(quotable=True), name="answer_quotable"
            ),
        ]

    def __str__(self):
        return self.choice or self.text[:80]


class UpdateRequest(models.Model):
    """An e-mail address left for news of the strategy. Kept apart from the responses (no
    link to them), and never shown in results or exports."""

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="update_requests"
    )
    email = models.EmailField(max_length=254)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["consultation", "email"], name="one_request_an_email")
        ]

    def __str__(self):
        return self.email


class ConsultationChange(models.Model):
    """'You said, we did': what the partnership changed because of the responses."""

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="changes")
    priority = models.ForeignKey(
        StrategicPriority, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    you_said = models.TextField(max_length=5000)
    we_did = models.TextField(max_length=5000)
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["consultation", "order", "pk"]

    def __str__(self):
        return self.you_said[:80]


class ReportedResult(models.Model):
    """Agreement with a draft priority as the partnership reports it, for a consultation held
    outside the portal (or alongside it): shown exactly as entered, marked as reported, and
    never mixed with the portal's own counts."""

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="reported_results"
    )
    priority = models.ForeignKey(
        StrategicPriority, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    statement = models.CharField(
        max_length=500, help_text="What people were asked about, as the paper words it."
    )
    respondents = models.PositiveIntegerField(
        "people who answered", null=True, blank=True, help_text="Not recorded if left empty."
    )
    agree_percent = models.DecimalField(
        "% agreeing", max_digits=5, decimal_places=2, null=True, blank=True
    )
    strongly_agree = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    agree = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    neither = models.DecimalField(
        "neither agree nor disagree", max_digits=5, decimal_places=2, null=True, blank=True
    )
    disagree = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    strongly_disagree = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    dont_know = models.DecimalField(
        "don't know", max_digits=5, decimal_places=2, null=True, blank=True
    )
    note = models.CharField(max_length=500, blank=True)
    order = models.PositiveIntegerField(default=0)
    history = HistoricalRecords()

    SCALE = ["strongly_agree", "agree", "neither", "disagree", "strongly_disagree", "dont_know"]

    class Meta:
        ordering = ["consultation", "order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(agree_percent__isnull=True)
                | models.Q(agree_percent__gte=0, agree_percent__lte=100),
                name="reported_agreement_is_a_percentage",
            ),
        ]

    def __str__(self):
        return self.statement

    @property
    def scale(self) -> list[tuple[str, object]]:
        """(answer, % as reported) for the scale points the paper gives."""
        return [
            (self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in self.SCALE
            if getattr(self, name) is not None
        ]
