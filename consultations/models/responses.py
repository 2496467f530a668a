"""What people answered: each response, its answers, and the addresses left for news."""

import secrets

from django.db import models
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from csp_portal.links import optional_link
from strategies.models import Theme

from .consultation import Consultation, Question


class ResponseQuerySet(models.QuerySet):
    def counted(self):
        """The responses the results count: those with at least one answer (an empty form
        is refused, but one stored before that rule is still no response)."""
        return self.filter(answered=True)

    def by_channel(self) -> dict[str, int]:
        """{channel: responses counted} for every channel, in one query."""
        counts = dict(self.counted().order_by().values_list("channel").annotate(n=Count("id")))
        return {channel: counts.get(channel, 0) for channel in Response.Channel.values}

    def by_language(self) -> dict[str, int]:
        """{language: responses counted} for Welsh and English, in one query."""
        counts = dict(self.counted().order_by().values_list("language").annotate(n=Count("id")))
        return {language: counts.get(language, 0) for language in Response.Language.values}


class Response(models.Model):
    """One person's answers. No name or e-mail is kept with it."""

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="responses"
    )

    class Channel(models.TextChoices):
        ONLINE = "online", _("Online")
        PAPER = "paper", _("Paper, entered by staff")
        # From a device staff put in event mode (consultations.events).
        EVENT = "event", _("At a staffed event or kiosk")

    class Language(models.TextChoices):
        """The language the form was answered in (a bilingual partnership's, /cy/ for Welsh)."""

        ENGLISH = "en", _("English")
        WELSH = "cy", _("Welsh")

    reference = models.CharField(max_length=12, unique=True, editable=False)
    # The one-time token of the form that sent it: the same form sent twice (a double click,
    # a retry) stores one response.
    submission = models.CharField(max_length=40, blank=True, editable=False)
    submitted_at = models.DateTimeField(default=timezone.now, db_index=True)
    channel = models.CharField(max_length=10, choices=Channel.choices, default=Channel.ONLINE)
    language = models.CharField(
        max_length=5, choices=Language.choices, default=Language.ENGLISH, editable=False
    )
    entered_by = optional_link("auth.User")
    # Copies of two answers, so the results break agreement down by who answered and where
    # with one join to this narrow table rather than two to the answers.
    respondent_type = models.CharField(max_length=60, blank=True, editable=False)
    area = models.CharField(max_length=60, blank=True, editable=False)
    # Whether it has an answer: kept by the database's triggers on the answers (tallies.py).
    answered = models.BooleanField(default=False, editable=False)

    objects = ResponseQuerySet.as_manager()

    class Meta:
        ordering = ["consultation", "submitted_at", "pk"]
        indexes = [
            # The results count the responses answered by channel: this index alone.
            models.Index(
                fields=["consultation", "channel"],
                condition=models.Q(answered=True),
                name="response_answered_channel",
            )
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "submission"],
                condition=~models.Q(submission=""),
                name="one_response_a_form",
            )
        ]

    def __str__(self):
        return self.reference


# Crockford's base32 without I, L, O and U: easy to read out over the phone.
REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_reference() -> str:
    """E.g. 'K7QD-3M9X'."""
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"{code[:4]}-{code[4:]}"


class Answer(models.Model):
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    choice = models.CharField(
        max_length=60, blank=True, help_text=_("The answer to a scale, or the area as given.")
    )
    text = models.TextField(max_length=2000, blank=True)
    # Moderation of free-text answers by staff.
    themes = models.ManyToManyField(Theme, blank=True, related_name="+")
    quotable = models.BooleanField(
        default=False, help_text=_("Suitable to quote in public. Only these are ever shown.")
    )

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
