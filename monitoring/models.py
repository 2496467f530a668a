"""Monitoring a plan's delivery: each action's progress every quarter, the quarters an
approver has made public, and the performance indicators with their figures.

The tables were created by the strategies app (hence their names) and moved here with their
rows and history (migration 0001)."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from csp_portal.fiscal import Quarter, financial_year_label
from csp_portal.links import optional_link
from strategies.models import Action, StrategicPriority, Strategy


class Rag(models.TextChoices):
    """Red, amber, green, and the two states either side of them."""

    NOT_STARTED = "not_started", _("Not started")
    RED = "red", _("Red")
    AMBER = "amber", _("Amber")
    GREEN = "green", _("Green")
    COMPLETE = "complete", _("Complete")


class ProgressUpdate(models.Model):
    """An action's progress in one financial-year quarter. One per action and quarter: a
    second entry for the same quarter replaces the first (the history keeps it)."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="progress_updates")
    year = models.PositiveIntegerField(
        help_text=_("The financial year's first year: 2021 for 2021/22.")
    )
    quarter = models.PositiveSmallIntegerField(choices=[(n, f"Q{n}") for n in range(1, 5)])
    rag = models.CharField(_("RAG status"), max_length=12, choices=Rag.choices)
    commentary = models.TextField(max_length=3000)
    evidence_url = models.URLField(_("evidence link"), blank=True, max_length=500)
    late = models.BooleanField(default=False, help_text=_("Entered after the quarter had closed."))
    by = optional_link("auth.User")
    updated_at = models.DateTimeField(default=timezone.now)
    history = HistoricalRecords(table_name="strategies_historicalprogressupdate")

    class Meta:
        db_table = "strategies_progressupdate"
        ordering = ["action", "-year", "-quarter"]
        constraints = [
            models.UniqueConstraint(
                fields=["action", "year", "quarter"], name="one_update_an_action_a_quarter"
            ),
        ]

    def __str__(self):
        return f"{self.action}: Q{self.quarter} {self.year} {self.rag}"

    @property
    def period(self) -> Quarter:
        return Quarter(self.year, self.quarter)


class QuarterPublication(models.Model):
    """An approver has published a quarter's progress: the public page shows it."""

    strategy = models.ForeignKey(
        Strategy, on_delete=models.CASCADE, related_name="published_quarters"
    )
    year = models.PositiveIntegerField()
    quarter = models.PositiveSmallIntegerField()
    by = optional_link("auth.User")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "strategies_quarterpublication"
        ordering = ["strategy", "-year", "-quarter"]
        constraints = [
            models.UniqueConstraint(
                fields=["strategy", "year", "quarter"], name="publish_a_quarter_once"
            ),
        ]

    def __str__(self):
        return f"{self.strategy}: Q{self.quarter} {self.year}"


class Indicator(models.Model):
    """A measure the plan reports on. Its unit says what a sane figure is: a count, a rate or a
    percentage is never below 0, and a percentage never over 100, unless the unit speaks of
    a change ('% change', 'change on last year')."""

    class Direction(models.TextChoices):
        LOWER = "lower", _("Lower is better")
        HIGHER = "higher", _("Higher is better")

    class Frequency(models.TextChoices):
        QUARTERLY = "quarterly", _("Quarterly")
        ANNUAL = "annual", _("Yearly")

    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="indicators")
    priority = optional_link(StrategicPriority, "indicators")
    order = models.PositiveIntegerField(default=0)
    name = models.CharField(max_length=200)
    unit = models.CharField(max_length=40, help_text=_("E.g. 'offences', '%', 'per 1,000 people'."))
    direction = models.CharField(max_length=10, choices=Direction.choices)
    frequency = models.CharField(
        max_length=10, choices=Frequency.choices, default=Frequency.QUARTERLY
    )
    baseline = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    baseline_period = models.CharField(max_length=60, blank=True, help_text=_("E.g. '2020/21'."))
    target = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    source = models.CharField(
        max_length=300, blank=True, help_text=_("Where the figures come from.")
    )
    history = HistoricalRecords(table_name="strategies_historicalindicator")

    class Meta:
        db_table = "strategies_indicator"
        ordering = ["strategy", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["strategy", "name"], name="unique_indicator_name"),
        ]

    def __str__(self):
        return self.name

    CHANGE_WORDS = ("change", "difference", "increase", "decrease", "reduction", "net ", "+/-")

    @property
    def measures_change(self) -> bool:
        unit = f"{self.unit.lower()} "
        return any(word in unit for word in self.CHANGE_WORDS)

    @property
    def is_percentage(self) -> bool:
        unit = self.unit.lower()
        return "%" in unit or "per cent" in unit or "percent" in unit

    def figure_problem(self, value: Decimal) -> str:
        """Why `value` cannot be a figure of this indicator ('' when it can): what to do
        about it, in words that follow 'Line 4, Value:' or stand on the form."""
        if not value.is_finite():
            return "enter a number, such as 52 or 62.5"
        if abs(value) >= 10**10:
            return "enter a number below 10,000,000,000"
        if self.measures_change:
            return ""
        if value < 0:
            return (
                f"a figure in {self.unit} cannot be below 0 (if it is a change, say so in "
                "the indicator's unit, for example ‘change on last year’)"
            )
        if self.is_percentage and value > 100:
            return (
                "a percentage cannot be over 100 (if it is a change, say so in the "
                "indicator's unit, for example ‘% change’)"
            )
        return ""


class IndicatorValue(models.Model):
    """A figure for a quarter (quarter 1 to 4) or a whole financial year (no quarter)."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values")
    year = models.PositiveIntegerField(help_text=_("The financial year's first year."))
    quarter = models.PositiveSmallIntegerField(null=True, blank=True)
    value = models.DecimalField(max_digits=12, decimal_places=2)
    note = models.CharField(max_length=300, blank=True)
    history = HistoricalRecords(table_name="strategies_historicalindicatorvalue")

    class Meta:
        db_table = "strategies_indicatorvalue"
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
        return f"{self.indicator}: {self.period_label}, {self.value.normalize():f}"

    def clean(self):
        if self.indicator_id is not None and self.value is not None:
            if problem := self.indicator.figure_problem(self.value):
                raise ValidationError({"value": problem[:1].upper() + problem[1:]})

    @property
    def period_label(self) -> str:
        year = financial_year_label(self.year)
        return f"Q{self.quarter} {year}" if self.quarter else year
