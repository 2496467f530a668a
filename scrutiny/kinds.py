"""Meetings of the committee and their recommendations, added, changed and deleted as every
kind of record is (csp_portal.kinds)."""

from csp_portal.kinds import Kind

from .forms import RecommendationForm, ReviewForm
from .models import ScrutinyRecommendation, ScrutinyReview

REVIEW = Kind(
    "review",
    "meetings",
    ScrutinyReview,
    ReviewForm,
    "meeting of the scrutiny committee",
    "scrutiny_editor:reviews",
)
RECOMMENDATION = Kind(
    "recommendation",
    "recommendations",
    ScrutinyRecommendation,
    RecommendationForm,
    "recommendation",
    "scrutiny_editor:reviews",
    another=True,  # a meeting's recommendations are typed from its minutes, one after another
)
