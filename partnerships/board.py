"""The partnership's board: who chaired it, and its meetings (the board is the partnership
itself, not a subgroup). Part of partnerships.models, which imports them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from csp_portal.dates import PartialDateAttribute, precision_field
from csp_portal.links import optional_link
from csp_portal.notes import staff_note_field
from csp_portal.periods import ends_after_it_starts


class BoardPost(models.Model):
    """Who chaired the partnership's board (or was its vice-chair), and when: a board has
    several chairs over the years. The board is the partnership itself, not a subgroup."""

    class Post(models.TextChoices):
        CHAIR = "chair", _("Chair")
        VICE_CHAIR = "vice_chair", _("Vice-chair")

    partnership = models.ForeignKey(
        "partnerships.Partnership", on_delete=models.CASCADE, related_name="board_posts"
    )
    post = models.CharField(max_length=20, choices=Post.choices)
    holder = models.CharField(
        max_length=200, help_text=_("As the paper names them: a person, or only a role.")
    )
    organisation = optional_link("partnerships.Organisation")
    held_from = models.DateField(null=True, blank=True)
    held_from_precision = precision_field()
    held_until = models.DateField(null=True, blank=True)
    held_until_precision = precision_field()
    note = models.CharField(max_length=500, blank=True)
    history = HistoricalRecords()

    began = PartialDateAttribute("held_from")
    ended = PartialDateAttribute("held_until")

    class Meta:
        ordering = ["partnership", "post", models.F("held_from").desc(nulls_last=True), "pk"]
        constraints = [
            ends_after_it_starts("held_from", "held_until", name="board_post_ends_after_it_starts"),
        ]

    def __str__(self):
        return f"{self.get_post_display()}: {self.holder}"


class BoardMeeting(models.Model):
    """A meeting of the partnership's board, held or planned."""

    partnership = models.ForeignKey(
        "partnerships.Partnership", on_delete=models.CASCADE, related_name="board_meetings"
    )
    held_on = models.DateField()
    held_on_precision = precision_field()
    note = models.CharField(max_length=500, blank=True, help_text=_("E.g. what it decided."))
    staff_note = staff_note_field()
    history = HistoricalRecords()

    held = PartialDateAttribute("held_on")

    class Meta:
        ordering = ["partnership", "-held_on", "pk"]

    def __str__(self):
        return f"{self.partnership}: {self.held}"
