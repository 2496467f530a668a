"""Forms of the partnership's workspace: its profile, its records, its people."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from csp_portal.forms import (
    PartialDateField,
    PartialDatesMixin,
    bounded,
    https,
    say_what_to_do,
)

from .models import (
    RESERVED_SLUGS,
    BoardMeeting,
    BoardPost,
    Contact,
    Funding,
    GovernanceLink,
    Membership,
    Organisation,
    Partnership,
    PartnershipRole,
)


class RoleForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        help_text=_("Someone without an account gets an e-mail inviting them to set a password."),
    )
    role = forms.ChoiceField(
        choices=PartnershipRole.Role.choices, widget=forms.RadioSelect, label=_("Role")
    )


class InviteApproverForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address of the approver"),
        max_length=254,
        help_text=_(
            "Usually the community safety manager. Someone without an account gets an "
            "e-mail inviting them to set a password."
        ),
    )


def council_names(text: str) -> list[str]:
    """One name a line (or separated by semicolons), blanks and repeats dropped."""
    names = []
    for line in text.replace(";", "\n").splitlines():
        name = " ".join(line.split())
        if name and name not in names:
            names.append(name)
    return names


class ProfileForm(forms.ModelForm):
    """What the public page says of the partnership, and how to reach it."""

    councils = forms.CharField(
        label=_("The councils whose area it covers"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text=_(
            "One a line, e.g. 'Woking Borough Council' and 'Surrey County Council' in a "
            "two-tier area."
        ),
    )

    class Meta:
        model = Partnership
        fields = [
            "name",
            "local_name",
            "area",
            "nation",
            "languages",
            "description",
            "board_name",
            "board_meets",
            "contact_email",
            "contact_phone",
            "website",
            "approval_by_another",
            "staff_note",
        ]
        labels = {
            "name": _("Name"),
            "local_name": _("The name residents know"),
            "area": _("Area"),
            "description": _("About the partnership"),
            "board_name": _("Name of its board"),
            "board_meets": _("How often the board meets"),
            "contact_email": _("Public e-mail address"),
            "contact_phone": _("Public telephone number"),
            "languages": _("Languages it publishes in"),
            "approval_by_another": _(
                "The approver must not be the person who sent the strategy for approval"
            ),
        }
        widgets = {"nation": forms.RadioSelect, "languages": forms.RadioSelect}
        field_classes = https("website")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and "councils" not in self.initial:
            self.initial["councils"] = "\n".join(
                self.instance.local_authorities.values_list("name", flat=True)
            )

    def clean_councils(self) -> list[str]:
        names = council_names(self.cleaned_data["councils"])
        if not names:
            raise ValidationError(gettext("Enter the council whose area it covers"))
        return names


class NewPartnershipForm(ProfileForm):
    """A portal administrator adds a partnership; its approver fills in the rest."""

    approver_email = forms.EmailField(
        label=_("E-mail address of its first approver"),
        max_length=254,
        help_text=_("Usually the community safety manager: they are sent an invitation."),
    )

    class Meta(ProfileForm.Meta):
        fields = ["name", "local_name", "slug", "area", "nation", "languages"]
        labels = {
            **ProfileForm.Meta.labels,
            "slug": _("Its address on the portal"),
        }
        help_texts = {
            "slug": _(
                "Lower-case letters, numbers and hyphens, e.g. 'wokingham': the "
                "partnership's pages will be at /wokingham/. It cannot be changed later."
            ),
        }

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if slug in RESERVED_SLUGS:
            raise ValidationError(
                gettext("‘%(slug)s’ is one of the portal's own addresses; choose another")
                % {"slug": slug}
            )
        return slug


class PartnershipRecordForm(PartialDatesMixin, forms.ModelForm):
    """A record of the partnership (the kinds framework gives it the partnership)."""

    def __init__(self, *args, partnership: Partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.partnership = partnership
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField) and field.queryset.model is Organisation:
                field.empty_label = _("Not named")


class MembershipForm(PartnershipRecordForm):
    """A member: an organisation from the national list, or a new one added to it."""

    new_organisation = forms.CharField(
        label=_("Or a new organisation"),
        max_length=200,
        required=False,
        help_text=_("Its full name, where it is not in the list above."),
    )
    new_organisation_kind = forms.ChoiceField(
        label=_("What the new organisation is"),
        choices=Organisation.Kind.choices,
        required=False,
        initial=Organisation.Kind.OTHER,
        widget=forms.Select,
    )
    member_from = PartialDateField(
        label=_("Member from"), required=False, example="1 4 2021", called=_("the date it joined")
    )
    member_until = PartialDateField(
        label=_("Member until"), required=False, example="26 6 2021", called=_("the date it left")
    )
    field_order = [
        "organisation",
        "new_organisation",
        "new_organisation_kind",
        "role",
        "representative",
        "member_from",
        "member_until",
    ]

    class Meta:
        model = Membership
        fields = ["organisation", "role", "representative", "staff_note"]
        labels = {"organisation": _("Organisation"), "role": _("Its place in the partnership")}
        help_texts = {
            "role": _(
                "Responsible authorities are the council, police, fire and rescue, "
                "probation and health (Crime and Disorder Act 1998, s.5); the police and crime "
                "commissioner has a duty to co-operate."
            ),
        }
        widgets = {"role": forms.RadioSelect}
        field_classes = bounded("organisation")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].required = False

    def clean(self):
        data = super().clean()
        chosen, new = data.get("organisation"), (data.get("new_organisation") or "").strip()
        if chosen and new:
            self.add_error(
                "new_organisation", gettext("Choose an organisation or add a new one, not both")
            )
        elif not chosen and not new:
            self.add_error(
                "organisation", gettext("Choose the organisation, or add a new one below")
            )
        elif new and Organisation.objects.filter(name__iexact=new).exists():
            self.add_error(
                "new_organisation",
                gettext("‘%(new)s’ is in the list already: choose it there") % {"new": new},
            )
        return data

    @property
    def new_organisation_data(self) -> dict | None:
        name = (self.cleaned_data.get("new_organisation") or "").strip()
        if not name:
            return None
        return {"name": name, "kind": self.cleaned_data.get("new_organisation_kind") or "other"}


class OrganisationForm(PartialDatesMixin, forms.ModelForm):
    abolished_on = PartialDateField(
        label=_("Abolished on"),
        called=_("the date it was abolished"),
        required=False,
        example="1 7 2022",
        help_text=_("If it no longer exists."),
    )
    dates_after = "website"

    class Meta:
        model = Organisation
        fields = ["name", "short_name", "kind", "council_tier", "website", "replaced_by", "notes"]
        labels = {"short_name": _("Abbreviation"), "replaced_by": _("Replaced by")}
        field_classes = {**bounded("replaced_by"), **https("website")}

    def __init__(self, *args, partnership: Partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["replaced_by"].queryset = Organisation.objects.exclude(pk=self.instance.pk)
        self.fields["replaced_by"].empty_label = _("Not replaced")
        self.fields["council_tier"].choices = [
            ("", _("Not a council, or not known")),
            *Organisation.CouncilTier.choices,
        ]


class ContactForm(PartnershipRecordForm):
    class Meta:
        model = Contact
        fields = ["name", "role", "organisation", "email", "phone", "is_public"]
        labels = {"is_public": _("Show on the public page as the partnership's contact")}
        field_classes = bounded("organisation")


class FundingForm(PartnershipRecordForm):
    class Meta:
        model = Funding
        fields = [
            "name",
            "amount",
            "financial_year",
            "source",
            "source_description",
            "purpose",
            "staff_note",
        ]
        labels = {
            "amount": _("Amount in pounds"),
            "financial_year": _("Financial year it starts"),
            "source": _("From"),
            "source_description": _("Source, in words"),
        }
        field_classes = bounded("source")


class GovernanceLinkForm(PartnershipRecordForm):
    class Meta:
        model = GovernanceLink
        fields = ["kind", "body", "description", "staff_note"]
        labels = {"kind": _("How the partnership relates to it"), "body": _("The body")}
        widgets = {"kind": forms.RadioSelect}


class BoardPostForm(PartnershipRecordForm):
    held_from = PartialDateField(
        label=_("From"), required=False, example="5 2019", called=_("the date they took the post")
    )
    held_until = PartialDateField(
        label=_("Until"), required=False, example="3 2022", called=_("the date they left the post")
    )
    field_order = ["post", "holder", "organisation", "held_from", "held_until", "note"]

    class Meta:
        model = BoardPost
        fields = ["post", "holder", "organisation", "note"]
        labels = {"holder": _("Who holds it"), "organisation": _("Of which organisation")}
        widgets = {"post": forms.RadioSelect}
        field_classes = bounded("organisation")


class BoardMeetingForm(PartnershipRecordForm):
    held_on = PartialDateField(label=_("Date of the meeting"), example="2 11 2021")

    class Meta:
        model = BoardMeeting
        fields = ["note", "staff_note"]
        labels = {"note": _("Note")}

    field_order = ["held_on", "note"]


# Error messages that say what to do (GOV.UK style).
say_what_to_do(
    ProfileForm,
    NewPartnershipForm,
    MembershipForm,
    OrganisationForm,
    ContactForm,
    FundingForm,
    GovernanceLinkForm,
    BoardPostForm,
    BoardMeetingForm,
)
