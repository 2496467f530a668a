"""The plan itself: its revisions, its workflow steps and the assessment it rests on."""

import datetime

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from csp_portal.dates import PartialDateAttribute, precision_field
from csp_portal.links import optional_link
from csp_portal.notes import staff_note_field
from partnerships.models import BoardMeeting, Partnership
from partnerships.permissions import partnership_ids_visible_to


class StrategicAssessment(models.Model):
    """The annual assessment of crime, disorder, substance misuse and reoffending."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="strategic_assessments"
    )
    title = models.CharField(max_length=200)
    completed_on = models.DateField(
        null=True, blank=True, help_text=_("Empty where the paper does not say when.")
    )
    completed_on_precision = precision_field()
    data_period = models.CharField(
        max_length=200, blank=True, help_text=_("E.g. 'Five years to December 2020'.")
    )
    summary = models.TextField(max_length=20000, blank=True, help_text=_("Markdown."))
    staff_note = staff_note_field()
    history = HistoricalRecords()

    completed = PartialDateAttribute("completed_on")

    class Meta:
        ordering = ["partnership", models.F("completed_on").desc(nulls_last=True), "pk"]

    def __str__(self):
        return f"{self.title} ({self.completed or 'date not recorded'})"


class StrategyQuerySet(models.QuerySet):
    def published(self):
        """What the public may see: published strategies, and superseded ones clearly marked,
        of partnerships whose public pages are not suspended."""
        return self.filter(
            status__in=[Strategy.Status.PUBLISHED, Strategy.Status.SUPERSEDED],
            partnership__suspended_at__isnull=True,
        )

    def visible_to(self, user):
        """What a signed-in user may read: every strategy of their partnerships."""
        ids = partnership_ids_visible_to(user)
        return self if ids is None else self.filter(partnership_id__in=ids)


class Strategy(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        CONSULTATION = "consultation", _("Out for consultation")
        AWAITING_APPROVAL = "awaiting_approval", _("Awaiting approval and scrutiny")
        APPROVED = "approved", _("Approved")
        PUBLISHED = "published", _("Published")
        SUPERSEDED = "superseded", _("Superseded")

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
    summary = models.TextField(max_length=20000, blank=True, help_text=_("Markdown."))
    vision = models.TextField(max_length=5000, blank=True, help_text=_("Markdown."))
    aims = models.TextField(max_length=10000, blank=True, help_text=_("Markdown."))
    priorities_ranked = models.BooleanField(
        default=True,
        help_text=_(
            "Untick where the priorities are listed alphabetically, not in priority order."
        ),
    )
    delivery_approach = models.TextField(
        max_length=20000, blank=True, help_text=_("How the partnership will deliver it. Markdown.")
    )
    strategic_assessment = optional_link(StrategicAssessment, "strategies")
    published_on = models.DateField(null=True, blank=True)
    published_on_precision = precision_field()
    sent_to_pcc_on = models.DateField(null=True, blank=True, verbose_name=_("sent to the PCC on"))
    sent_to_pcc_on_precision = precision_field()
    published_elsewhere = models.BooleanField(
        _("published before the portal"),
        default=False,
        help_text=_(
            "The record of a plan approved and published before it came to the portal: "
            "published as a record, with the dates it really had."
        ),
    )
    strategy_level_areas_heading = models.CharField(
        _("heading of the delivery areas under no priority"),
        max_length=200,
        blank=True,
        help_text=_(
            "E.g. 'Local crime priorities'. Empty: 'Delivery areas within these priorities'."
        ),
    )
    # The partnership (members, board, subgroups) as it stood when the plan was published,
    # as its page and PDF of record show it: rendered once, by the reports app.
    partnership_as_published = models.TextField(blank=True, editable=False)
    partnership_as_published_on = models.DateField(null=True, blank=True, editable=False)
    pdf = models.FileField(
        upload_to="strategy-pdfs/",
        blank=True,
        editable=False,
        help_text=_("The document of record, rendered when the strategy is published."),
    )
    version = models.PositiveIntegerField(
        default=1, editable=False, help_text=_("Goes up with every edit; stale forms are refused.")
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    staff_note = staff_note_field()
    published = PartialDateAttribute("published_on")
    sent_to_pcc = PartialDateAttribute("sent_to_pcc_on")

    objects = StrategyQuerySet.as_manager()
    history = HistoricalRecords(
        excluded_fields=[
            "pdf",
            "updated_at",
            "partnership_as_published",
            "partnership_as_published_on",
        ]
    )

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
            "reports:strategy",
            kwargs={"partnership_slug": self.partnership.slug, "slug": self.slug},
        )

    @property
    def period_label(self) -> str:
        return gettext("%(first)s to %(last)s") % {
            "first": self.period_start_year,
            "last": self.period_end_year,
        }

    @property
    def is_public(self) -> bool:
        return self.status in (self.Status.PUBLISHED, self.Status.SUPERSEDED)

    FROZEN = (Status.AWAITING_APPROVAL, Status.APPROVED, Status.PUBLISHED, Status.SUPERSEDED)

    @property
    def is_frozen(self) -> bool:
        """From 'awaiting approval' on, the plan is what will be (or was) approved: it and its
        parts can no longer be edited. Changing it means returning it to draft, with a
        reason; a published one is changed by a refresh, a new revision."""
        return self.status in self.FROZEN

    @property
    def frozen_message(self) -> str:
        """Why the plan cannot be edited now, and what to do to change it."""
        status = str(self.get_status_display()).lower()
        if self.is_public:
            return gettext(
                "This strategy is %(status)s and can no longer be edited. Start a refresh to "
                "make a new draft revision."
            ) % {"status": status}
        return gettext(
            "This strategy is %(status)s: what was sent for approval can no longer be edited. "
            "An approver can return it to draft, saying why, to change it."
        ) % {"status": status}

    @property
    def starts_on(self) -> datetime.date:
        """The first day of its period: 1 April of its first year (plans run by financial
        year)."""
        return datetime.date(self.period_start_year, 4, 1)

    @property
    def ends_on(self) -> datetime.date:
        """The last day of its period: a 2021 to 2024 plan runs to 31 March 2024 (Q4 of
        2023/24, as its progress is reported), a 2024 to 2024 one to 31 March 2025."""
        return datetime.date(max(self.period_start_year, self.period_end_year - 1) + 1, 3, 31)

    def has_ended(self, today: datetime.date | None = None) -> bool:
        return (today or timezone.localdate()) > self.ends_on

    @property
    def ended(self) -> bool:
        """A published plan whose period is over: never 'current'."""
        return self.status == self.Status.PUBLISHED and self.has_ended()

    @property
    def in_force(self) -> bool:
        """Published, and today within its period."""
        today = timezone.localdate()
        return self.status == self.Status.PUBLISHED and self.starts_on <= today <= self.ends_on

    @property
    def not_yet_in_force(self) -> bool:
        return self.status == self.Status.PUBLISHED and timezone.localdate() < self.starts_on


class StrategyTransition(models.Model):
    """A step of the workflow: who moved the strategy from which status to which, and why."""

    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="transitions")
    from_status = models.CharField(max_length=20, choices=Strategy.Status.choices)
    to_status = models.CharField(max_length=20, choices=Strategy.Status.choices)
    by = optional_link("auth.User")
    at = models.DateTimeField(auto_now_add=True)
    comment = models.TextField(max_length=2000, blank=True)
    # What an approval rests on: the meeting of the board that decided, or a reference.
    decision_meeting = optional_link(
        BoardMeeting, verbose_name=_("meeting of the board that decided")
    )
    decision_reference = models.CharField(
        max_length=300,
        blank=True,
        help_text=_("E.g. the minute number, or the delegated decision's reference."),
    )

    class Meta:
        ordering = ["strategy", "at", "pk"]

    def __str__(self):
        return f"{self.strategy}: {self.from_status} → {self.to_status}"
