"""What each person chose to be sent, and what the portal has sent them (or holds for their
weekly digest).

A person is their e-mail address: reminders go to the portal's users and to a partnership's
contacts (an action's lead), who have no account, and both can unsubscribe. Addresses are
kept in lower case."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from partnerships.models import Partnership


class Kind(models.TextChoices):
    """What a reminder is about: what a person turns on or off, per partnership."""

    PROGRESS = "progress", _("Quarterly progress due")
    CONSULTATIONS = "consultations", _("Consultations opening, closing and closed")
    WORKFLOW = "workflow", _("Strategies awaiting approval, returned to draft or published")
    STATUTORY = "statutory", _("Statutory duties falling due or lapsed")
    MILESTONES = "milestones", _("Milestones due in the next 14 days")


class Delivery(models.TextChoices):
    SINGLE = "single", _("An e-mail as each one falls due")
    DIGEST = "digest", _("One e-mail a week, listing them all")


class Language(models.TextChoices):
    """The language a person is e-mailed in. Each is named in itself, as the GOV.UK language
    switch names them."""

    ENGLISH = "en", "English"
    WELSH = "cy", "Cymraeg"


class PersonLanguage(models.Model):
    """The language a person chose for their e-mails, offered to those with a role in a
    partnership that publishes in Welsh and English. Without one, English."""

    email = models.EmailField(unique=True)
    language = models.CharField(max_length=2, choices=Language.choices, default=Language.ENGLISH)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["email"]

    def __str__(self):
        return f"{self.email}: {self.get_language_display()}"


class Preference(models.Model):
    """A person's choice for one kind of reminder of one partnership. Without one, the
    reminder is sent as a single e-mail."""

    email = models.EmailField()
    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    enabled = models.BooleanField(default=True)
    delivery = models.CharField(max_length=10, choices=Delivery.choices, default=Delivery.SINGLE)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["email", "partnership", "kind"]
        constraints = [
            models.UniqueConstraint(
                fields=["email", "partnership", "kind"], name="one_preference_a_kind"
            ),
        ]

    def __str__(self):
        state = self.get_delivery_display() if self.enabled else "off"
        return f"{self.email}: {self.get_kind_display()} of {self.partnership} ({state})"


class Reminder(models.Model):
    """One reminder for one person: the sent-log and the outbox. `send_reminders` adds a row
    for each reminder that falls due and sends it (or holds it for the weekly digest); the
    unique key means a reminder is added once, however often the command runs. `due_on` is
    the day the reminder fell due, not the day it was sent, so a run that catches up after a
    missed day adds nothing a run on the day added."""

    email = models.EmailField()
    kind = models.CharField(max_length=20, choices=Kind.choices)
    subject_key = models.CharField(
        max_length=200, help_text="What it is about, e.g. 'progress:12:2024-Q3:before'."
    )
    due_on = models.DateField()
    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="+")
    subject = models.CharField(max_length=300)
    summary = models.CharField(max_length=500, help_text="Its line in a weekly digest.")
    url = models.CharField(max_length=500, help_text="The one link: where to act.")
    body_text = models.TextField()
    body_html = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    added_on = models.DateField(help_text="The day of the run that added it.")
    sent_at = models.DateTimeField(null=True, blank=True)
    in_digest = models.BooleanField(default=False, help_text="Sent in a weekly digest.")
    language = models.CharField(
        max_length=2,
        choices=Language.choices,
        default=Language.ENGLISH,
        help_text="The language it was written in: the person's choice when it was added.",
    )

    class Meta:
        ordering = ["-created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["email", "kind", "subject_key", "due_on"], name="a_reminder_once"
            ),
        ]
        indexes = [models.Index(fields=["sent_at", "email"], name="reminder_outbox")]

    def __str__(self):
        return f"{self.email}: {self.subject} ({self.due_on})"
