from django import forms
from django.utils.translation import gettext_lazy as _

from csp_portal.forms import bounded
from partnerships.forms import PartnershipRecordForm
from partnerships.models import Organisation

from .models import Subgroup, SubgroupMember


class SubgroupForm(PartnershipRecordForm):
    class Meta:
        model = Subgroup
        fields = [
            "name",
            "acronym",
            "kind",
            "overview",
            "chair_role",
            "deputy_chair_role",
            "meeting_frequency",
            "meeting_length",
            "run_by",
            "is_public",
            "notes",
        ]
        labels = {
            "overview": _("Purpose"),
            "chair_role": _("Chair"),
            "deputy_chair_role": _("Deputy chair"),
            "meeting_frequency": _("How often it meets"),
            "meeting_length": _("How long it meets for"),
            "run_by": _("Run by"),
        }
        help_texts = {
            "chair_role": _(
                "As the paper names the chair: a role (e.g. 'Police Inspector'), or a name."
            ),
        }
        field_classes = bounded("run_by")


class SubgroupMemberForm(forms.ModelForm):
    class Meta:
        model = SubgroupMember
        fields = ["name", "organisation"]
        labels = {"name": _("Member, as the paper names it"), "organisation": _("Organisation")}
        help_texts = {
            "name": _("E.g. 'Children's social care' or 'Thames Valley Police'."),
            "organisation": _("Where the member is an organisation on the national list."),
        }
        field_classes = bounded("organisation")

    def __init__(self, *args, subgroup: Subgroup, **kwargs):
        super().__init__(*args, **kwargs)
        self.subgroup = subgroup
        self.fields["organisation"].queryset = Organisation.objects.all()
        self.fields["organisation"].empty_label = _("Not on the list")
        self.fields["name"].error_messages["required"] = _("Enter the member as the paper names it")


SubgroupForm.base_fields["name"].error_messages["required"] = _("Enter the name of the subgroup")
SubgroupForm.base_fields["kind"].error_messages["required"] = _("Choose what kind of group it is")
