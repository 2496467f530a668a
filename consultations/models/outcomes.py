"""What the partnership did about the responses, and the results it reports of a
consultation held elsewhere."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from csp_portal.links import optional_link
from strategies.models import StrategicPriority

from .consultation import Consultation


class ConsultationChange(models.Model):
    """'You said, we did': what the partnership changed because of the responses."""

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="changes")
    priority = optional_link(StrategicPriority)
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
    priority = optional_link(StrategicPriority)
    statement = models.CharField(
        max_length=500, help_text=_("What people were asked about, as the paper words it.")
    )
    respondents = models.PositiveIntegerField(
        _("people who answered"), null=True, blank=True, help_text=_("Not recorded if left empty.")
    )
    agree_percent = models.DecimalField(
        "% agreeing", max_digits=5, decimal_places=2, null=True, blank=True
    )
    strongly_agree = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    agree = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    neither = models.DecimalField(
        _("neither agree nor disagree"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    disagree = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    strongly_disagree = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    dont_know = models.DecimalField(
        _("don't know"), max_digits=5, decimal_places=2, null=True, blank=True
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
