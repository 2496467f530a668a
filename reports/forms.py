"""Forms of the pages that combine apps."""

from django import forms
from django.utils.translation import gettext_lazy as _

from csp_portal.dates import Precision
from csp_portal.forms import PartialDateField


class AsAtForm(forms.Form):
    """The day the statutory duties are judged on: a scrutiny meeting's, say."""

    as_at = PartialDateField(
        label=_("Date to judge the duties on"),
        least=Precision.DAY,
        example="10 3 2025",
        help_text=_(
            "The day of a scrutiny meeting, say: only what was recorded as done by then counts."
        ),
    )
