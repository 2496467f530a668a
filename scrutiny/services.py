"""Writes to scrutiny: the committee's recommendations and what became of each."""

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from csp_portal import ordering
from csp_portal.records import save_with
from partnerships import permissions
from partnerships.models import Partnership
from partnerships.refusals import Refusal

from .models import ScrutinyRecommendation, ScrutinyReview

# Anyone with a role in the partnership records its scrutiny: the scrutiny officers and
# councillors hold the viewer's role.
_check_can_record = Refusal(
    permissions.can_read_drafts, _("You cannot record this partnership's scrutiny.")
)


@transaction.atomic
def review_save(
    *, partnership: Partnership, review: ScrutinyReview, data: dict, by: User
) -> ScrutinyReview:
    """Add a meeting of the committee (`review` new and unsaved), or change one."""
    _check_can_record(partnership.pk, by)
    review.partnership = partnership
    return save_with(review, data)


@transaction.atomic
def review_delete(*, review: ScrutinyReview, by: User) -> None:
    _check_can_record(review.partnership_id, by)
    review.delete()


@transaction.atomic
def recommendation_save(
    *, review: ScrutinyReview, recommendation: ScrutinyRecommendation, data: dict, by: User
) -> ScrutinyRecommendation:
    """Add a recommendation to a review (`recommendation` new and unsaved), or record what
    became of one."""
    _check_can_record(review.partnership_id, by)
    if recommendation.pk is None:
        ordering.place_last(recommendation, review.recommendation_items.all())
    recommendation.review = review
    recommendation.updated_on = timezone.localdate()
    return save_with(recommendation, data)


@transaction.atomic
def recommendation_delete(*, recommendation: ScrutinyRecommendation, by: User) -> None:
    """Delete a recommendation (one typed by mistake): whoever records them may."""
    _check_can_record(recommendation.review.partnership_id, by)
    recommendation.delete()
