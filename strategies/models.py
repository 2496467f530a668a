"""A partnership's strategy (its plan), and everything in it."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from csp_portal.permissions import partnership_ids_visible_to
from csp_portal.text import financial_year_label
from partnerships.models import Organisation, Partnership


class Strand(models.Model):
    """One of the statutory strands a strategy must cover (Crime and Disorder Act 1998 s.6)."""

    code = models.SlugField(max_length=40, unique=True)
    name = models.CharField(max_length=100)
    source = models.CharField(max_length=300, help_text="The legislation that asks for it.")
    in_force_from = models.DateField(null=True, blank=True)
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["order"]

    def __str__(self):
        return self.name


class Theme(models.Model):
    """A national community-safety theme, tagged on priorities and delivery areas."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    strands = models.ManyToManyField(Strand, related_name="themes")

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class StrategicAssessment(models.Model):
    """The annual assessment of crime, disorder, substance misuse and reoffending."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="strategic_assessments"
    )
    title = models.CharField(max_length=200)
    completed_on = models.DateField()
    data_period = models.CharField(
        max_length=200, blank=True, help_text="E.g. 'Five years to December 2020'."
    )
    summary = models.TextField(max_length=20000, blank=True, help_text="Markdown.")

    class Meta:
        ordering = ["partnership", "-completed_on"]

    def __str__(self):
        return f"{self.title} ({self.completed_on:%B %Y})"


class StrategyQuerySet(models.QuerySet):
    def published(self):
        """What the public may see: published strategies, and superseded ones clearly marked."""
        return self.filter(status__in=[Strategy.Status.PUBLISHED, Strategy.Status.SUPERSEDED])

    def visible_to(self, user):
        """What a signed-in user may read: every strategy of their partnerships."""
        ids = partnership_ids_visible_to(user)
        return self if ids is None else self.filter(partnership_id__in=ids)


class Strategy(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        CONSULTATION = "consultation", "Out for consultation"
        AWAITING_APPROVAL = "awaiting_approval", "Awaiting approval and scrutiny"
        APPROVED = "approved", "Approved"
        PUBLISHED = "published", "Published"
        SUPERSEDED = "superseded", "Superseded"

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="strategies"
    )
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=120)
    period_start_year = models.PositiveIntegerField()
    period_end_year = models.PositiveIntegerField()
    revision = models.PositiveIntegerField(default=1)
    supersedes = models.OneToOneField(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="superseded_by"
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    summary = models.TextField(max_length=20000, blank=True, help_text="Markdown.")
    vision = models.TextField(max_length=5000, blank=True, help_text="Markdown.")
    aims = models.TextField(max_length=10000, blank=True, help_text="Markdown.")
    priorities_ranked = models.BooleanField(
        default=True,
        help_text="Untick where the priorities are listed alphabetically, not in priority order.",
    )
    delivery_approach = models.TextField(
        max_length=20000, blank=True, help_text="How the partnership will deliver it. Markdown."
    )
    strategic_assessment = models.ForeignKey(
        StrategicAssessment,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="strategies",
    )
    published_on = models.DateField(null=True, blank=True)
    sent_to_pcc_on = models.DateField(null=True, blank=True, verbose_name="sent to the PCC on")
    pdf = models.FileField(
        upload_to="strategy-pdfs/",
        blank=True,
        editable=False,
        help_text="The document of record, rendered when the strategy is published.",
    )
    version = models.PositiveIntegerField(
        default=1, editable=False, help_text="Goes up with every edit; stale forms are refused."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = StrategyQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["pdf", "updated_at"])

    class Meta:
        ordering = ["partnership", "-period_start_year", "-revision"]
        verbose_name_plural = "strategies"
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "slug"], name="strategy_slug_per_partnership"
            ),
            models.CheckConstraint(
                condition=models.Q(period_end_year__gte=models.F("period_start_year")),
                name="strategy_period_ends_after_it_starts",
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.partnership})"

    def get_absolute_url(self):
        return reverse(
            "strategies:detail",
            kwargs={"partnership_slug": self.partnership.slug, "slug": self.slug},
        )

    @property
    def period_label(self) -> str:
        return f"{self.period_start_year} to {self.period_end_year}"

    @property
    def is_public(self) -> bool:
        return self.status in (self.Status.PUBLISHED, self.Status.SUPERSEDED)

    @property
    def is_frozen(self) -> bool:
        """Publishing freezes a version: it and its parts can no longer be edited."""
        return self.is_public


class StrategicPriority(models.Model):
    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="priorities")
    order = models.PositiveIntegerField(default=0)
    title = models.CharField(max_length=300)
    subtitle = models.CharField(
        max_length=300, blank=True, help_text="E.g. '(Tackling Serious Violence and County Lines)'."
    )
    description = models.TextField(max_length=10000, blank=True, help_text="Markdown.")
    themes = models.ManyToManyField(Theme, blank=True, related_name="priorities")
    copied_from = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="+"
    )
    history = HistoricalRecords(excluded_fields=["copied_from"])

    class Meta:
        ordering = ["strategy", "order", "pk"]
        verbose_name_plural = "strategic priorities"

    def __str__(self):
        return self.title


class DeliveryArea(models.Model):
    """An area of focus, objective or outcome. It sits under a priority where the document
    says which; otherwise at strategy level (Wokingham's five sit 'within' its three)."""

    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="delivery_areas")
    priority = models.ForeignKey(
        StrategicPriority,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="delivery_areas",
    )
    order = models.PositiveIntegerField(default=0)
    title = models.CharField(max_length=500)
    description = models.TextField(max_length=10000, blank=True, help_text="Markdown.")
    themes = models.ManyToManyField(Theme, blank=True, related_name="delivery_areas")
    copied_from = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="+"
    )
    history = HistoricalRecords(excluded_fields=["copied_from"])

    class Meta:
        ordering = ["strategy", "order", "pk"]

    def __str__(self):
        return self.title

    def clean(self):
        if self.priority_id and self.priority.strategy_id != self.strategy_id:
            raise ValidationError({"priority": "Choose a priority of the same strategy."})


class Action(models.Model):
    """A row of the action plan."""

    class FourP(models.TextChoices):
        PREVENT = "prevent", "Prevent"
        PROTECT = "protect", "Protect"
        PURSUE = "pursue", "Pursue"
        PREPARE = "prepare", "Prepare"

    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="actions")
    priority = models.ForeignKey(
        StrategicPriority, on_delete=models.SET_NULL, null=True, blank=True, related_name="actions"
    )
    delivery_area = models.ForeignKey(
        DeliveryArea, on_delete=models.SET_NULL, null=True, blank=True, related_name="actions"
    )
    area = models.CharField(
        max_length=200,
        blank=True,
        help_text="The plan's own 'area' heading, e.g. 'Residential burglary'.",
    )
    year = models.PositiveIntegerField(help_text="The financial year it starts: 2021 for 2021/22.")
    order = models.PositiveIntegerField(default=0)
    delivery = models.TextField(max_length=2000, help_text="What will be done.")
    success_measure = models.TextField(max_length=2000, blank=True)
    target = models.CharField(max_length=500, blank=True)
    lead_organisation = models.ForeignKey(
        Organisation, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    lead_subgroup = models.ForeignKey(
        "subgroups.Subgroup",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="actions",
    )
    lead_description = models.CharField(
        max_length=300, blank=True, help_text="The lead or monitor as the plan words it."
    )
    four_p = models.CharField(
        max_length=10, choices=FourP.choices, blank=True, verbose_name="4P category"
    )
    due_on = models.DateField(null=True, blank=True)
    copied_from = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="+"
    )
    history = HistoricalRecords(excluded_fields=["copied_from"])

    class Meta:
        ordering = ["strategy", "year", "order", "pk"]

    def __str__(self):
        return self.delivery[:80]

    @property
    def year_label(self) -> str:
        return financial_year_label(self.year)

    @property
    def lead_label(self) -> str:
        names = [str(x) for x in (self.lead_subgroup, self.lead_organisation) if x]
        return ", ".join(names) or self.lead_description

    def clean(self):
        errors = {}
        if self.priority_id and self.priority.strategy_id != self.strategy_id:
            errors["priority"] = "Choose a priority of the same strategy."
        if self.delivery_area_id and self.delivery_area.strategy_id != self.strategy_id:
            errors["delivery_area"] = "Choose a delivery area of the same strategy."
        if errors:
            raise ValidationError(errors)


class Milestone(models.Model):
    """A step of the approval and review timeline, planned and (once it happens) actual."""

    class Kind(models.TextChoices):
        ASSESSMENT = "assessment", "Strategic assessment"
        WORKSHOP = "workshop", "Development workshop"
        CONSULTATION = "consultation", "Consultation"
        DRAFT_CIRCULATED = "draft_circulated", "Draft circulated"
        BOARD_SIGN_OFF = "board_sign_off", "Partnership sign-off"
        CONSIDERATION = "consideration", "Considered by another board"
        SCRUTINY = "scrutiny", "Scrutiny"
        EXECUTIVE = "executive", "Executive or cabinet decision"
        COUNCIL = "council", "Full council decision"
        IMPLEMENTATION = "implementation", "Comes into effect"
        PUBLICATION = "publication", "Publication"
        REVIEW = "review", "Review"
        OTHER = "other", "Other"

    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="milestones")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    title = models.CharField(max_length=300)
    body = models.CharField(
        max_length=200, blank=True, help_text="Who takes the step, e.g. 'CSP board', 'Executive'."
    )
    planned_on = models.DateField(null=True, blank=True)
    actual_on = models.DateField(null=True, blank=True)
    note = models.TextField(max_length=2000, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["strategy", models.F("planned_on").asc(nulls_last=True), "pk"]

    def __str__(self):
        return self.title

    @property
    def date(self):
        return self.actual_on or self.planned_on

    @property
    def slippage(self) -> str:
        """'On the day', '3 days late' or '2 days early'; blank until it has happened."""
        if not (self.planned_on and self.actual_on):
            return ""
        days = (self.actual_on - self.planned_on).days
        if days == 0:
            return "On the day"
        word = "late" if days > 0 else "early"
        return f"{abs(days)} day{'s' if abs(days) != 1 else ''} {word}"


class ScrutinyReview(models.Model):
    """A meeting of the council's crime and disorder committee about the partnership."""

    class Outcome(models.TextChoices):
        PENDING = "pending", "Awaiting the meeting"
        ENDORSED = "endorsed", "Endorsed"
        NOTED = "noted", "Noted"
        RECOMMENDATIONS = "recommendations", "Recommendations made"
        REFERRED_BACK = "referred_back", "Referred back with concerns"
        NOT_RECORDED = "not_recorded", "Outcome not recorded"

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="scrutiny_reviews"
    )
    strategy = models.ForeignKey(
        Strategy, on_delete=models.SET_NULL, null=True, blank=True, related_name="scrutiny_reviews"
    )
    committee = models.CharField(max_length=200)
    meeting_on = models.DateField()
    purpose = models.TextField(
        max_length=5000, blank=True, help_text="What the committee was asked to do."
    )
    outcome = models.CharField(max_length=20, choices=Outcome.choices, default=Outcome.PENDING)
    recommendations = models.TextField(max_length=10000, blank=True, help_text="Markdown.")
    report_author = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["partnership", "-meeting_on"]

    def __str__(self):
        return f"{self.committee}, {self.meeting_on:%d %B %Y}"


class Risk(models.Model):
    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="risks")
    order = models.PositiveIntegerField(default=0)
    title = models.CharField(max_length=300)
    description = models.TextField(max_length=5000, blank=True)
    mitigation = models.TextField(max_length=5000, blank=True)
    rating = models.CharField(
        max_length=10, blank=True, help_text="The council's own rating, e.g. 'E2' or 'D3'."
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["strategy", "order", "pk"]

    def __str__(self):
        return self.title


class PolicyLink(models.Model):
    """Legislation, or another plan or strategy, that the strategy links to."""

    class Kind(models.TextChoices):
        LEGISLATION = "legislation", "Legislation"
        NATIONAL = "national", "National strategy"
        REGIONAL = "regional", "County or regional plan"
        LOCAL = "local", "Local plan or strategy"
        PCC_PLAN = "pcc_plan", "Police and crime plan"

    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="policy_links")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    title = models.CharField(max_length=300)
    note = models.TextField(max_length=2000, blank=True)
    url = models.URLField(blank=True)
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["strategy", "order", "pk"]

    def __str__(self):
        return self.title


class Document(models.Model):
    """A paper that goes with a partnership or a strategy: EIA, assessment summary, minutes."""

    class Kind(models.TextChoices):
        EQUALITY_IMPACT = "eia", "Equality impact assessment"
        STRATEGIC_ASSESSMENT = "strategic_assessment", "Strategic assessment"
        CONSULTATION = "consultation", "Consultation report"
        ACTION_PLAN = "action_plan", "Action plan"
        COMMITTEE_REPORT = "committee_report", "Committee report"
        MINUTES = "minutes", "Minutes"
        STRATEGY = "strategy", "Strategy or protocol"
        DHR = "dhr", "Domestic homicide review"
        SERIOUS_VIOLENCE_ASSESSMENT = "sv_assessment", "Serious violence needs assessment"
        SERIOUS_VIOLENCE_STRATEGY = "sv_strategy", "Serious violence strategy"
        OTHER = "other", "Other"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="documents")
    strategy = models.ForeignKey(
        Strategy, on_delete=models.CASCADE, null=True, blank=True, related_name="documents"
    )
    title = models.CharField(max_length=300)
    kind = models.CharField(max_length=30, choices=Kind.choices)
    file = models.FileField(upload_to="documents/%Y/", blank=True)
    url = models.URLField(blank=True)
    dated = models.DateField(null=True, blank=True)
    description = models.TextField(max_length=5000, blank=True)

    class Meta:
        ordering = ["partnership", models.F("dated").desc(nulls_last=True), "title"]

    def __str__(self):
        return self.title

    def clean(self):
        if self.strategy_id and self.strategy.partnership_id != self.partnership_id:
            raise ValidationError({"strategy": "Choose a strategy of the same partnership."})


class StrategyTransition(models.Model):
    """A step of the workflow: who moved the strategy from which status to which, and why."""

    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="transitions")
    from_status = models.CharField(max_length=20, choices=Strategy.Status.choices)
    to_status = models.CharField(max_length=20, choices=Strategy.Status.choices)
    by = models.ForeignKey(
        "auth.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)
    comment = models.TextField(max_length=2000, blank=True)

    class Meta:
        ordering = ["strategy", "at", "pk"]

    def __str__(self):
        return f"{self.strategy}: {self.from_status} → {self.to_status}"


class Rag(models.TextChoices):
    """Red, amber, green, and the two states either side of them."""

    NOT_STARTED = "not_started", "Not started"
    RED = "red", "Red"
    AMBER = "amber", "Amber"
    GREEN = "green", "Green"
    COMPLETE = "complete", "Complete"


class ProgressUpdate(models.Model):
    """An action's progress in one financial-year quarter. One per action and quarter: a
    second entry for the same quarter replaces the first (the history keeps it)."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="progress_updates")
    year = models.PositiveIntegerField(
        help_text="The financial year's first year: 2021 for 2021/22."
    )
    quarter = models.PositiveSmallIntegerField(choices=[(n, f"Q{n}") for n in range(1, 5)])
    rag = models.CharField("RAG status", max_length=12, choices=Rag.choices)
    commentary = models.TextField(max_length=3000)
    evidence_url = models.URLField("evidence link", blank=True, max_length=500)
    late = models.BooleanField(default=False, help_text="Entered after the quarter had closed.")
    by = models.ForeignKey(
        "auth.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        ordering = ["action", "-year", "-quarter"]
        constraints = [
            models.UniqueConstraint(
                fields=["action", "year", "quarter"], name="one_update_an_action_a_quarter"
            ),
        ]

    def __str__(self):
        return f"{self.action}: Q{self.quarter} {self.year} {self.rag}"

    @property
    def period(self):
        from .quarters import Quarter

        return Quarter(self.year, self.quarter)


class QuarterPublication(models.Model):
    """An approver has published a quarter's progress: the public page shows it."""

    strategy = models.ForeignKey(
        Strategy, on_delete=models.CASCADE, related_name="published_quarters"
    )
    year = models.PositiveIntegerField()
    quarter = models.PositiveSmallIntegerField()
    by = models.ForeignKey(
        "auth.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["strategy", "-year", "-quarter"]
        constraints = [
            models.UniqueConstraint(
                fields=["strategy", "year", "quarter"], name="publish_a_quarter_once"
            ),
        ]

    def __str__(self):
        return f"{self.strategy}: Q{self.quarter} {self.year}"


class Indicator(models.Model):
    class Direction(models.TextChoices):
        LOWER = "lower", "Lower is better"
        HIGHER = "higher", "Higher is better"

    class Frequency(models.TextChoices):
        QUARTERLY = "quarterly", "Quarterly"
        ANNUAL = "annual", "Yearly"

    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="indicators")
    priority = models.ForeignKey(
        StrategicPriority,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="indicators",
    )
    order = models.PositiveIntegerField(default=0)
    name = models.CharField(max_length=200)
    unit = models.CharField(max_length=40, help_text="E.g. 'offences', '%', 'per 1,000 people'.")
    direction = models.CharField(max_length=10, choices=Direction.choices)
    frequency = models.CharField(
        max_length=10, choices=Frequency.choices, default=Frequency.QUARTERLY
    )
    baseline = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    baseline_period = models.CharField(max_length=60, blank=True, help_text="E.g. '2020/21'.")
    target = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    source = models.CharField(max_length=300, blank=True, help_text="Where the figures come from.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["strategy", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["strategy", "name"], name="unique_indicator_name"),
        ]

    def __str__(self):
        return self.name


class IndicatorValue(models.Model):
    """A figure for a quarter (quarter 1 to 4) or a whole financial year (no quarter)."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values")
    year = models.PositiveIntegerField(help_text="The financial year's first year.")
    quarter = models.PositiveSmallIntegerField(null=True, blank=True)
    value = models.DecimalField(max_digits=12, decimal_places=2)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["indicator", "year", models.F("quarter").asc(nulls_last=True)]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "year", "quarter"],
                name="one_value_a_period",
                nulls_distinct=False,
            ),
            models.CheckConstraint(
                condition=models.Q(quarter__isnull=True) | models.Q(quarter__range=(1, 4)),
                name="indicator_quarter_1_to_4",
            ),
        ]

    def __str__(self):
        return f"{self.indicator}: {self.period_label} {self.value}"

    @property
    def period_label(self) -> str:
        year = f"{self.year}/{(self.year + 1) % 100:02d}"
        return f"Q{self.quarter} {year}" if self.quarter else year


class ScrutinyRecommendation(models.Model):
    """A recommendation of the crime and disorder committee, and what became of it."""

    class Status(models.TextChoices):
        OPEN = "open", "Not yet answered"
        ACCEPTED = "accepted", "Accepted"
        IN_PROGRESS = "in_progress", "In progress"
        DONE = "done", "Done"
        NOT_ACCEPTED = "not_accepted", "Not accepted"

    review = models.ForeignKey(
        ScrutinyReview, on_delete=models.CASCADE, related_name="recommendation_items"
    )
    order = models.PositiveIntegerField(default=0)
    text = models.TextField(max_length=3000)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    response = models.TextField(
        max_length=5000, blank=True, help_text="What the partnership did about it."
    )
    updated_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["review", "order", "pk"]

    def __str__(self):
        return self.text[:80]
