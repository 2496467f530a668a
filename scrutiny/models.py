"""Scrutiny of the partnership by the council's crime and disorder committee (Police and
Justice Act 2006 s.19): its meetings, its recommendations and what became of each.

The tables were created by the strategies app (hence their names) and moved here with their
rows (migration 0001)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from csp_portal.dates import PartialDateAttribute, precision_field
from csp_portal.links import optional_link
from csp_portal.notes import staff_note_field
from partnerships.models import Partnership
from strategies.models import Strategy


class ScrutinyReview(models.Model):
    """A meeting of the council's crime and disorder committee about the partnership."""

    class Outcome(models.TextChoices):
        PENDING = "pending", _("Awaiting the meeting")
        ENDORSED = "endorsed", _("Endorsed")
        NOTED = "noted", _("Noted")
        RECOMMENDATIONS = "recommendations", _("Recommendations made")
        REFERRED_BACK = "referred_back", _("Referred back with concerns")
        NOT_RECORDED = "not_recorded", _("Outcome not recorded")

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="scrutiny_reviews"
    )
    strategy = optional_link(Strategy, "scrutiny_reviews")
    committee = models.CharField(max_length=200)
    meeting_on = models.DateField()
    meeting_on_precision = precision_field()
    purpose = models.TextField(
        max_length=5000, blank=True, help_text=_("What the committee was asked to do.")
    )
    outcome = models.CharField(max_length=20, choices=Outcome.choices, default=Outcome.PENDING)
    recommendations = models.TextField(max_length=10000, blank=True, help_text=_("Markdown."))
    report_author = models.CharField(max_length=200, blank=True)
    staff_note = staff_note_field()
    history = HistoricalRecords()

    meeting = PartialDateAttribute("meeting_on")

    class Meta:
        db_table = "strategies_scrutinyreview"
        ordering = ["partnership", "-meeting_on"]

    def __str__(self):
        return f"{self.committee}, {self.meeting}"


class ScrutinyRecommendation(models.Model):
    """A recommendation of the crime and disorder committee, and what became of it."""

    class Status(models.TextChoices):
        OPEN = "open", _("Not yet answered")
        ACCEPTED = "accepted", _("Accepted")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")
        NOT_ACCEPTED = "not_accepted", _("Not accepted")

    review = models.ForeignKey(
        ScrutinyReview, on_delete=models.CASCADE, related_name="recommendation_items"
    )
    order = models.PositiveIntegerField(default=0)
    text = models.TextField(max_length=3000)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    response = models.TextField(
        max_length=5000, blank=True, help_text=_("What the partnership did about it.")
    )
    updated_on = models.DateField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        db_table = "strategies_scrutinyrecommendation"
        ordering = ["review", "order", "pk"]

    def __str__(self):
        return self.text[:80]
