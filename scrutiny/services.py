"""Writes to scrutiny: the committee's recommendations and what became of each."""

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from csp_portal.records import save_with
from partnerships import permissions

from .models import ScrutinyRecommendation, ScrutinyReview


@transaction.atomic
def recommendation_save(
    *, review: ScrutinyReview, recommendation: ScrutinyRecommendation, data: dict, by: User
) -> ScrutinyRecommendation:
    """Add a recommendation to a review (`recommendation` new and unsaved), or record what
    became of one."""
    if not permissions.can_edit(by, review.partnership_id):
        raise PermissionDenied("You cannot edit this partnership's records.")
    recommendation.review = review
    recommendation.updated_on = timezone.localdate()
    return save_with(recommendation, data)
