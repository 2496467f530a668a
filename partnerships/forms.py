from django import forms

from .models import PartnershipRole


class RoleForm(forms.Form):
    email = forms.EmailField(
        label="E-mail address",
        max_length=254,
        help_text="Someone without an account gets an e-mail inviting them to set a password.",
    )
    role = forms.ChoiceField(
        choices=PartnershipRole.Role.choices, widget=forms.RadioSelect, label="Role"
    )
