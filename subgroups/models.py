"""The partnership's delivery groups, boards and panels (PSTG, MARAC, JAG, CHaRMM ...)."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from csp_portal.links import optional_link
from partnerships.models import Organisation, Partnership


class Subgroup(models.Model):
    class Kind(models.TextChoices):
        BOARD = "board", _("Board")
        SUBGROUP = "subgroup", _("Subgroup")
        PANEL = "panel", _("Panel or case conference")
        TASK_AND_FINISH = "task_and_finish", _("Task and finish group")
        DELIVERY_MECHANISM = "delivery_mechanism", _("Delivery mechanism")
        PROGRAMME = "programme", _("Programme or scheme")

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="subgroups")
    name = models.CharField(max_length=200)
    acronym = models.CharField(max_length=30, blank=True)
    slug = models.SlugField(max_length=120)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.SUBGROUP)
    overview = models.TextField(max_length=10000, blank=True, help_text=_("Markdown."))
    chair_role = models.CharField(
        max_length=200, blank=True, help_text=_("A role, e.g. 'Police Inspector', rarely a name.")
    )
    deputy_chair_role = models.CharField(max_length=200, blank=True)
    meeting_frequency = models.CharField(
        max_length=200, blank=True, help_text=_("E.g. 'Every 6 weeks'.")
    )
    meeting_length = models.CharField(max_length=100, blank=True, help_text=_("E.g. '1.5 hours'."))
    run_by = optional_link(Organisation)
    notes = models.TextField(max_length=5000, blank=True, help_text=_("For the workspace only."))
    is_public = models.BooleanField(
        _("shown on the public pages"),
        default=True,
        help_text=_("Untick for a confidential panel: its page and name stay in the workspace."),
    )
    order = models.PositiveIntegerField(default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["partnership", "order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "slug"], name="subgroup_slug_per_partnership"
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def get_absolute_url(self):
        return reverse(
            "reports:subgroup",
            kwargs={"partnership_slug": self.partnership.slug, "slug": self.slug},
        )


class SubgroupMember(models.Model):
    """A member of a subgroup as the document names it ('children's social care'), linked to
    an organisation where it is one the portal knows."""

    subgroup = models.ForeignKey(Subgroup, on_delete=models.CASCADE, related_name="members")
    name = models.CharField(max_length=200)
    organisation = optional_link(Organisation, "subgroup_seats")
    order = models.PositiveIntegerField(default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["subgroup", "order", "pk"]

    def __str__(self):
        return self.name
