"""What a strategy is made of: priorities, delivery areas, the action plan, milestones,
risks, the policies it links to and the documents that go with it."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from csp_portal.dates import PartialDateAttribute, Precision, precision_field
from csp_portal.fiscal import financial_year_label
from csp_portal.links import optional_link
from csp_portal.notes import staff_note_field
from partnerships.models import Organisation, Partnership
from subgroups.models import Subgroup

from .strategy import Strategy
from .themes import Theme


def delivering_subgroups(related_name: str) -> models.ManyToManyField:
    """The subgroups that deliver a priority or a delivery area. The table was the subgroup's
    side of the relation before subgroups stood below strategies; the rows are the same."""
    return models.ManyToManyField(
        Subgroup,
        blank=True,
        related_name=related_name,
        db_table=f"subgroups_subgroup_{related_name}",
        help_text=_("The subgroups that deliver it."),
    )


class StrategyPart(models.Model):
    """A titled part of a strategy, listed in the order the plan gives it."""

    class Meta:
        abstract = True
        ordering = ["strategy", "order", "pk"]

    def __str__(self):
        return self.title


class StrategicPriority(StrategyPart):
    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="priorities")
    order = models.PositiveIntegerField(default=0)
    title = models.CharField(max_length=300)
    subtitle = models.CharField(
        max_length=300,
        blank=True,
        help_text=_("E.g. '(Tackling Serious Violence and County Lines)'."),
    )
    description = models.TextField(max_length=10000, blank=True, help_text=_("Markdown."))
    themes = models.ManyToManyField(Theme, blank=True, related_name="priorities")
    subgroups = delivering_subgroups("priorities")
    copied_from = optional_link("self", editable=False)
    history = HistoricalRecords(excluded_fields=["copied_from"])

    class Meta(StrategyPart.Meta):
        verbose_name_plural = "strategic priorities"


class DeliveryArea(StrategyPart):
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
    description = models.TextField(max_length=10000, blank=True, help_text=_("Markdown."))
    themes = models.ManyToManyField(Theme, blank=True, related_name="delivery_areas")
    subgroups = delivering_subgroups("delivery_areas")
    copied_from = optional_link("self", editable=False)
    history = HistoricalRecords(excluded_fields=["copied_from"])

    def clean(self):
        if self.priority_id and self.priority.strategy_id != self.strategy_id:
            raise ValidationError({"priority": gettext("Choose a priority of the same strategy.")})


class ActionQuerySet(models.QuerySet):
    def incomplete(self):
        """Actions the plan gives no lead, target or success measure for (accepted, and
        flagged so that someone fills them in)."""
        no_lead = Q(lead_organisation=None, lead_subgroup=None, lead_description="")
        return self.filter(no_lead | Q(target="") | Q(success_measure=""))


class Action(models.Model):
    """A row of the action plan."""

    class FourP(models.TextChoices):
        PREVENT = "prevent", _("Prevent")
        PROTECT = "protect", _("Protect")
        PURSUE = "pursue", _("Pursue")
        PREPARE = "prepare", _("Prepare")

    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="actions")
    priority = optional_link(StrategicPriority, "actions")
    delivery_area = optional_link(DeliveryArea, "actions")
    area = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("The plan's own 'area' heading, e.g. 'Residential burglary'."),
    )
    year = models.PositiveIntegerField(
        help_text=_("The financial year it starts: 2021 for 2021/22.")
    )
    order = models.PositiveIntegerField(default=0)
    delivery = models.TextField(max_length=2000, help_text=_("What will be done."))
    success_measure = models.TextField(max_length=2000, blank=True)
    target = models.CharField(max_length=500, blank=True)
    lead_organisation = optional_link(Organisation)
    lead_subgroup = optional_link(Subgroup, "actions")
    lead_description = models.CharField(
        max_length=300, blank=True, help_text=_("The lead or monitor as the plan words it.")
    )
    four_p = models.CharField(
        max_length=10, choices=FourP.choices, blank=True, verbose_name=_("4P category")
    )
    due_on = models.DateField(_("due"), null=True, blank=True)
    due_on_precision = precision_field()
    copied_from = optional_link("self", editable=False)
    history = HistoricalRecords(excluded_fields=["copied_from"])

    due = PartialDateAttribute("due_on")

    objects = ActionQuerySet.as_manager()

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

    @property
    def missing(self) -> list[str]:
        """What the row lacks of lead, target and success measure (ActionQuerySet.incomplete)."""
        lead = self.lead_organisation_id or self.lead_subgroup_id or self.lead_description
        return [
            name
            for name, value in [
                ("lead", lead),
                ("target", self.target),
                ("success measure", self.success_measure),
            ]
            if not value
        ]

    def clean(self):
        errors = {}
        if self.priority_id and self.priority.strategy_id != self.strategy_id:
            errors["priority"] = gettext("Choose a priority of the same strategy.")
        if self.delivery_area_id and self.delivery_area.strategy_id != self.strategy_id:
            errors["delivery_area"] = gettext("Choose a delivery area of the same strategy.")
        if errors:
            raise ValidationError(errors)


class Milestone(models.Model):
    """A step of the approval and review timeline, planned and (once it happens) actual."""

    class Kind(models.TextChoices):
        ASSESSMENT = "assessment", _("Strategic assessment")
        WORKSHOP = "workshop", _("Development workshop")
        CONSULTATION = "consultation", _("Consultation")
        DRAFT_CIRCULATED = "draft_circulated", _("Draft circulated")
        BOARD_SIGN_OFF = "board_sign_off", _("Partnership sign-off")
        CONSIDERATION = "consideration", _("Considered by another board")
        SCRUTINY = "scrutiny", _("Scrutiny")
        EXECUTIVE = "executive", _("Executive or cabinet decision")
        COUNCIL = "council", _("Full council decision")
        IMPLEMENTATION = "implementation", _("Comes into effect")
        PUBLICATION = "publication", _("Publication")
        REVIEW = "review", _("Review")
        OTHER = "other", _("Other")

    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="milestones")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    title = models.CharField(max_length=300)
    body = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("Who takes the step, e.g. 'CSP board', 'Executive'."),
    )
    planned_on = models.DateField(null=True, blank=True)
    planned_on_precision = precision_field()
    actual_on = models.DateField(null=True, blank=True)
    actual_on_precision = precision_field()
    note = models.TextField(max_length=2000, blank=True)
    staff_note = staff_note_field()
    history = HistoricalRecords()

    planned = PartialDateAttribute("planned_on")
    actual = PartialDateAttribute("actual_on")

    class Meta:
        # By the date the step happened, or is planned where it has not: a month or a year
        # stands at its start.
        ordering = [
            "strategy",
            Coalesce("actual_on", "planned_on").asc(nulls_last=True),
            "pk",
        ]

    def __str__(self):
        return self.title

    @property
    def when(self):
        """When it happened, or is planned to: a PartialDate, or None."""
        return self.actual or self.planned

    @property
    def slippage(self) -> str:
        """'On the day', '3 days late', '1 month early'; blank until it has happened, or where
        the papers give too little to say."""
        planned, actual = self.planned, self.actual
        if not (planned and actual) or Precision.YEAR in (planned.precision, actual.precision):
            return ""
        if Precision.MONTH in (planned.precision, actual.precision):
            start, end = planned.start, actual.start
            months = (end.year - start.year) * 12 + end.month - start.month
            if months == 0:
                return gettext("In the month planned")
            if months > 0:
                return ngettext("%(n)s month late", "%(n)s months late", months) % {"n": months}
            return ngettext("%(n)s month early", "%(n)s months early", -months) % {"n": -months}
        days = (actual.start - planned.start).days
        if days == 0:
            return gettext("On the day")
        if days > 0:
            return ngettext("%(n)s day late", "%(n)s days late", days) % {"n": days}
        return ngettext("%(n)s day early", "%(n)s days early", -days) % {"n": -days}


class Risk(StrategyPart):
    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="risks")
    order = models.PositiveIntegerField(default=0)
    title = models.CharField(max_length=300)
    description = models.TextField(max_length=5000, blank=True)
    mitigation = models.TextField(max_length=5000, blank=True)
    rating = models.CharField(
        max_length=10, blank=True, help_text=_("The council's own rating, e.g. 'E2' or 'D3'.")
    )
    staff_note = staff_note_field()
    history = HistoricalRecords()


class PolicyLink(StrategyPart):
    """Legislation, or another plan or strategy, that the strategy links to."""

    class Kind(models.TextChoices):
        LEGISLATION = "legislation", _("Legislation")
        NATIONAL = "national", _("National strategy")
        REGIONAL = "regional", _("County or regional plan")
        LOCAL = "local", _("Local plan or strategy")
        PCC_PLAN = "pcc_plan", _("Police and crime plan")

    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="policy_links")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    title = models.CharField(max_length=300)
    note = models.TextField(max_length=2000, blank=True)
    url = models.URLField(blank=True)
    order = models.PositiveIntegerField(default=0)
    staff_note = staff_note_field()
    history = HistoricalRecords()


class DocumentQuerySet(models.QuerySet):
    def public(self):
        """What anyone may download: the partnership's own papers and those of its published
        (or superseded) strategies, of partnerships whose public pages are not suspended."""
        return self.filter(partnership__suspended_at__isnull=True).filter(
            Q(strategy=None) | Q(strategy__in=Strategy.objects.published())
        )


class Document(models.Model):
    """A paper that goes with a partnership or a strategy: EIA, assessment summary, minutes."""

    class Kind(models.TextChoices):
        EQUALITY_IMPACT = "eia", _("Equality impact assessment")
        STRATEGIC_ASSESSMENT = "strategic_assessment", _("Strategic assessment")
        CONSULTATION = "consultation", _("Consultation report")
        ACTION_PLAN = "action_plan", _("Action plan")
        COMMITTEE_REPORT = "committee_report", _("Committee report")
        MINUTES = "minutes", _("Minutes")
        STRATEGY = "strategy", _("Strategy or protocol")
        DHR = "dhr", _("Domestic homicide review")
        SERIOUS_VIOLENCE_ASSESSMENT = "sv_assessment", _("Serious violence needs assessment")
        SERIOUS_VIOLENCE_STRATEGY = "sv_strategy", _("Serious violence strategy")
        SAFE_ACCOMMODATION_ASSESSMENT = (
            "da_assessment",
            "Domestic abuse safe accommodation needs assessment",
        )
        SAFE_ACCOMMODATION_STRATEGY = "da_strategy", _("Domestic abuse safe accommodation strategy")
        DOMESTIC_ABUSE_RETURN = "da_return", _("Domestic Abuse Act annual return to government")
        OTHER = "other", _("Other")

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="documents")
    strategy = models.ForeignKey(
        Strategy, on_delete=models.CASCADE, null=True, blank=True, related_name="documents"
    )
    title = models.CharField(max_length=300)
    kind = models.CharField(max_length=30, choices=Kind.choices)
    file = models.FileField(upload_to="documents/%Y/", blank=True)
    url = models.URLField(blank=True)
    dated = models.DateField(null=True, blank=True)
    dated_precision = precision_field()
    review_on = models.DateField(
        _("review due"),
        null=True,
        blank=True,
        help_text=_("When a strategy is due to be reviewed."),
    )
    review_on_precision = precision_field()
    description = models.TextField(max_length=5000, blank=True)
    staff_note = staff_note_field()
    history = HistoricalRecords()

    date = PartialDateAttribute("dated")
    review = PartialDateAttribute("review_on")

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["partnership", models.F("dated").desc(nulls_last=True), "title"]

    def __str__(self):
        return self.title

    def clean(self):
        if self.strategy_id and self.strategy.partnership_id != self.partnership_id:
            raise ValidationError(
                {"strategy": gettext("Choose a strategy of the same partnership.")}
            )
