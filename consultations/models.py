"""Consultation of residents, businesses and groups on a draft strategy."""

from django.db import models

from strategies.models import StrategicPriority, Strategy


class Consultation(models.Model):
    class Channel(models.TextChoices):
        ONLINE_SURVEY = "online_survey", "Online survey"
        EVENT = "event", "Public event"
        MIXED = "mixed", "Survey and events"
        STAKEHOLDERS = "stakeholders", "Stakeholder engagement"

    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="consultations")
    title = models.CharField(max_length=200)
    opens_at = models.DateTimeField()
    closes_at = models.DateTimeField()
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
        null=True, blank=True, help_text="Responses received by other channels (paper, events)."
    )
    results_published = models.BooleanField(default=False)

    class Meta:
        ordering = ["strategy", "-opens_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_at__gt=models.F("opens_at")),
                name="consultation_closes_after_it_opens",
            ),
        ]

    def __str__(self):
        return self.title


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
