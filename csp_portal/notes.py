"""A note on a record for the partnership's staff: what the paper does not say, where a
figure came from. Never on the public pages or in the PDFs (the public text of a record is
its own fields); an editor who wants a note public writes it there."""

from django.db import models
from django.utils.translation import gettext_lazy as _


def staff_note_field() -> models.TextField:
    return models.TextField(
        _("note for the partnership's staff"),
        max_length=2000,
        blank=True,
        help_text=_("Only in the workspace: never on the public pages or in the PDFs."),
    )
