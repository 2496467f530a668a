"""A Community Safety Partnership, the organisations in it, its money and its governance."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from csp_portal.dates import PartialDateAttribute, precision_field
from csp_portal.fiscal import financial_year_label
from csp_portal.links import optional_link
from csp_portal.notes import staff_note_field
from csp_portal.periods import ends_after_it_starts

# The board's models live in board.py; they are the app's, and imported from here.
from .board import BoardMeeting, BoardPost  # noqa: F401


class Organisation(models.Model):
    """A body that can sit on one or more partnerships (Thames Valley Police sits on several)."""

    class Kind(models.TextChoices):
        LOCAL_AUTHORITY = "local_authority", _("Local authority")
        POLICE = "police", _("Police")
        FIRE_AND_RESCUE = "fire_and_rescue", _("Fire and rescue")
        PROBATION = "probation", _("Probation")
        HEALTH = "health", _("Health")
        PCC = "pcc", _("Police and crime commissioner")
        YOUTH_JUSTICE = "youth_justice", _("Youth justice")
        HOUSING = "housing", _("Housing")
        VOLUNTARY = "voluntary", _("Voluntary and community sector")
        EDUCATION = "education", _("Education")
        OTHER = "other", _("Other")

    class CouncilTier(models.TextChoices):
        """Which duties fall on a council: Part 4 of the Domestic Abuse Act 2021 falls on
        the top tier in England (counties, unitaries, metropolitan and London boroughs)."""

        COUNTY = "county", _("County council")
        UNITARY = "unitary", _("Unitary authority")
        METROPOLITAN = "metropolitan", _("Metropolitan borough or district council")
        LONDON = "london", _("London borough council, or the City of London")
        DISTRICT = "district", _("District or borough council in a county")
        WELSH = "welsh", _("Welsh county or county borough council")

    TOP_TIER = (CouncilTier.COUNTY, CouncilTier.UNITARY, CouncilTier.METROPOLITAN,
                CouncilTier.LONDON)  # fmt: skip

    name = models.CharField(max_length=200, unique=True)
    short_name = models.CharField(
        max_length=40, blank=True, help_text=_("An abbreviation the documents use, e.g. RBFRS.")
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    council_tier = models.CharField(
        _("which kind of council"),
        max_length=20,
        choices=CouncilTier.choices,
        blank=True,
        help_text=_("Councils only. It decides which duties the statutory checklist shows."),
    )
    website = models.URLField(blank=True)
    notes = models.TextField(
        max_length=2000,
        blank=True,
        help_text=_("E.g. 'Replaced by the National Probation Service on 26 June 2021'."),
    )
    # A body that no longer exists (a CCG replaced by an ICB) keeps its record: the plans
    # and memberships of its time still name it.
    abolished_on = models.DateField(null=True, blank=True)
    abolished_on_precision = precision_field()
    replaced_by = optional_link("self", "replaces")
    history = HistoricalRecords()

    abolished = PartialDateAttribute("abolished_on")

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


# The portal's own top-level paths, which a partnership's slug must not take.
RESERVED_SLUGS = {
    "admin",
    "accounts",
    "cy",
    "accessibility",
    "documents",
    "editor",
    "media",
    "search",
    "static",
}


def validate_not_reserved(slug: str) -> None:
    if slug in RESERVED_SLUGS:
        raise ValidationError(
            gettext("'%(slug)s' is one of the portal's own addresses; choose another.")
            % {"slug": slug}
        )


class PartnershipQuerySet(models.QuerySet):
    def listed(self):
        """Partnerships whose public pages are shown (not suspended)."""
        return self.filter(suspended_at__isnull=True)


class Partnership(models.Model):
    class Nation(models.TextChoices):
        ENGLAND = "england", _("England")
        WALES = "wales", _("Wales")

    class Languages(models.TextChoices):
        ENGLISH = "en", _("English only")
        BILINGUAL = "cy-en", _("Welsh and English")

    name = models.CharField(max_length=200, unique=True)
    local_name = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("The name residents know, e.g. 'Safer Woking Partnership'."),
    )
    slug = models.SlugField(max_length=80, unique=True, validators=[validate_not_reserved])
    area = models.CharField(max_length=200, help_text=_("The council area it covers."))
    nation = models.CharField(max_length=10, choices=Nation.choices, default=Nation.ENGLAND)
    languages = models.CharField(
        _("languages it publishes in"),
        max_length=5,
        choices=Languages.choices,
        default=Languages.ENGLISH,
        help_text=_(
            "Welsh and English: for a partnership in Wales, under the Welsh Language "
            "Standards. Its plan is then written, consulted on and published in both."
        ),
    )
    description = models.TextField(max_length=10000, blank=True, help_text=_("Markdown."))
    board_name = models.CharField(
        max_length=200, blank=True, help_text=_("E.g. 'CSP Board', or 'Woking Joint Committee'.")
    )
    board_meets = models.CharField(max_length=200, blank=True, help_text=_("E.g. 'Quarterly'."))
    contact_email = models.EmailField(blank=True)
    contact_phone = models.CharField(max_length=40, blank=True)
    website = models.URLField(blank=True)
    organisations = models.ManyToManyField(
        Organisation, through="Membership", related_name="partnerships"
    )
    local_authorities = models.ManyToManyField(
        Organisation,
        blank=True,
        related_name="partnerships_covering",
        help_text=_("The council or councils whose area it covers."),
    )
    approval_by_another = models.BooleanField(
        _("the approver must not be the person who sent the strategy for approval"),
        default=True,
        help_text=_("Four eyes: someone other than the sender approves it."),
    )
    suspended_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text=_("While set, the partnership's public pages are not shown."),
    )
    staff_note = staff_note_field()
    history = HistoricalRecords(excluded_fields=["suspended_at"])

    objects = PartnershipQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.display_name

    def get_absolute_url(self):
        return reverse("reports:partnership", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.is_bilingual and self.nation != self.Nation.WALES:
            raise ValidationError(
                {
                    "languages": gettext(
                        "Only a partnership in Wales can publish in Welsh and English: "
                        "choose English only, or set its nation to Wales"
                    )
                }
            )

    @property
    def is_bilingual(self) -> bool:
        return self.languages == self.Languages.BILINGUAL

    @property
    def display_name(self) -> str:
        return self.local_name or self.name

    @property
    def is_suspended(self) -> bool:
        return self.suspended_at is not None


class PartnershipRecord(models.Model):
    """One of a partnership's members, contacts or bodies it works with, listed in the order
    its editors give."""

    class Meta:
        abstract = True
        ordering = ["partnership", "order", "pk"]


class Membership(PartnershipRecord):
    """An organisation's place in a partnership, in the terms of the Crime and Disorder Act s.5."""

    class Role(models.TextChoices):
        RESPONSIBLE_AUTHORITY = "responsible_authority", _("Responsible authority")
        CO_OPERATING_BODY = "co_operating_body", _("Co-operating body")
        OTHER_MEMBER = "other_member", _("Other member")

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="memberships"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="memberships"
    )
    role = models.CharField(max_length=30, choices=Role.choices)
    representative = models.CharField(
        max_length=200, blank=True, help_text=_("The named senior representative, or their role.")
    )
    member_from = models.DateField(null=True, blank=True)
    member_from_precision = precision_field()
    member_until = models.DateField(null=True, blank=True)
    member_until_precision = precision_field()
    order = models.PositiveIntegerField(default=0)
    staff_note = staff_note_field()
    history = HistoricalRecords()

    joined = PartialDateAttribute("member_from")
    left = PartialDateAttribute("member_until")

    class Meta(PartnershipRecord.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "organisation"], name="membership_once_per_partnership"
            ),
            ends_after_it_starts(
                "member_from", "member_until", name="membership_ends_after_it_starts"
            ),
        ]

    def __str__(self):
        return f"{self.organisation} ({self.get_role_display()}, {self.partnership})"


class Contact(PartnershipRecord):
    """A named person with a role for the partnership: chair, manager, lead member, officer."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(max_length=200)
    role = models.CharField(max_length=200, help_text=_("E.g. 'Community Safety Manager'."))
    organisation = optional_link(Organisation)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    is_public = models.BooleanField(
        default=False, help_text=_("Shown on the public partnership page as the contact.")
    )
    order = models.PositiveIntegerField(default=0)
    history = HistoricalRecords()

    def __str__(self):
        return f"{self.name}, {self.role}"


class Funding(models.Model):
    """Money the partnership has to spend, e.g. the PCC's Community Safety Fund for a year."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="funding")
    source = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    source_description = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("Where the source is not an organisation, or to add detail."),
    )
    name = models.CharField(max_length=200, help_text=_("E.g. 'Community Safety Fund'."))
    amount = models.DecimalField(max_digits=12, decimal_places=2, validators=[MinValueValidator(0)])
    financial_year = models.PositiveIntegerField(
        help_text=_("The year the financial year starts: 2021 for 2021/22.")
    )
    purpose = models.TextField(max_length=2000, blank=True)
    staff_note = staff_note_field()
    history = HistoricalRecords()

    class Meta:
        ordering = ["partnership", "-financial_year", "-amount"]
        verbose_name_plural = "funding"
        constraints = [
            models.CheckConstraint(condition=models.Q(amount__gte=0), name="funding_not_negative"),
        ]

    def __str__(self):
        return f"{self.name} {self.financial_year_label}: £{self.amount:,.0f}"

    @property
    def financial_year_label(self) -> str:
        return financial_year_label(self.financial_year)


class GovernanceLink(PartnershipRecord):
    """A body the partnership reports to, is scrutinised by or works with."""

    class Kind(models.TextChoices):
        ACCOUNTABLE_TO = "accountable_to", _("Accountable to")
        SCRUTINISED_BY = "scrutinised_by", _("Scrutinised by")
        APPROVED_BY = "approved_by", _("Plan approved by")
        WORKS_WITH = "works_with", _("Works with")
        FUNDED_BY = "funded_by", _("Funded by")
        DELEGATED_FROM = "delegated_from", _("Acts for")

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="governance_links"
    )
    body = models.CharField(max_length=200, help_text=_("E.g. 'Health and Wellbeing Board'."))
    kind = models.CharField(max_length=20, choices=Kind.choices)
    description = models.TextField(max_length=2000, blank=True)
    order = models.PositiveIntegerField(default=0)
    staff_note = staff_note_field()
    history = HistoricalRecords()

    def __str__(self):
        return f"{self.partnership}: {self.get_kind_display().lower()} {self.body}"


class PartnershipRole(models.Model):
    """What a user may do for one partnership. A user may hold roles in several."""

    class Role(models.TextChoices):
        VIEWER = "viewer", _("Viewer (reads drafts and reports, records scrutiny)")
        EDITOR = "editor", _("Editor (edits drafts, adds actions and progress)")
        APPROVER = "approver", _("Approver (also consults, approves and publishes)")

    user = models.ForeignKey(
        "auth.User", on_delete=models.CASCADE, related_name="partnership_roles"
    )
    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="roles")
    role = models.CharField(max_length=10, choices=Role.choices)
    granted_at = models.DateTimeField(auto_now_add=True)
    granted_by = optional_link("auth.User")

    class Meta:
        ordering = ["partnership", "user__username"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "partnership"], name="one_role_per_partnership"
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.get_role_display()} of {self.partnership}"
