"""Meetings of the committee, added, changed and deleted as every kind of record is
(csp_portal.kinds)."""

from csp_portal.kinds import Kind

from .forms import ReviewForm
from .models import ScrutinyReview

REVIEW = Kind(
    "review",
    "meetings",
    ScrutinyReview,
    ReviewForm,
    "meeting of the scrutiny committee",
    "scrutiny_editor:reviews",
)
