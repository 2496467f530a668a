"""The committee's reviews, their recommendations and what became of each (editor)."""

from django.shortcuts import get_object_or_404, render
from django.utils.functional import cached_property
from django.views import View

from csp_portal.forms import model_data
from csp_portal.kinds import KindDeleteView, KindFormView
from partnerships import permissions
from partnerships.access import PartnershipAccessMixin, PartnershipRecordMixin

from . import services
from .models import ScrutinyReview


class ReviewsView(PartnershipAccessMixin, View):
    def get(self, request, slug):
        partnership = self.partnership
        return render(
            request,
            "scrutiny/editor/scrutiny.html",
            {
                "partnership": partnership,
                "reviews": partnership.scrutiny_reviews.prefetch_related("recommendation_items"),
                "can_edit": permissions.can_read_drafts(request.user, partnership.pk),
            },
        )


class ReviewMixin(PartnershipRecordMixin):
    needs = permissions.READ  # the scrutiny officers and councillors record it


class ReviewView(ReviewMixin, KindFormView):
    def save(self, form) -> None:
        services.review_save(
            partnership=self.partnership,
            review=form.instance,
            data=model_data(form),
            by=self.request.user,
        )


class ReviewDeleteView(ReviewMixin, KindDeleteView):
    def goes_with(self) -> list[str]:
        items = self.record.recommendation_items.count()
        if not items:
            return []
        return [f"its {items} recommendation{'s' if items != 1 else ''} will be deleted too"]

    def delete(self) -> None:
        services.review_delete(review=self.record, by=self.request.user)


class RecommendationMixin(ReviewMixin):
    """A recommendation of one of the partnership's meetings of the committee. Whoever may
    record the committee's recommendations may also delete one typed by mistake: anyone
    with a role in the partnership, the viewer's included, as for the meetings."""

    owner_field = "review"

    @cached_property
    def review(self) -> ScrutinyReview:
        return get_object_or_404(
            ScrutinyReview, pk=self.kwargs["review_pk"], partnership=self.partnership
        )

    def owner(self) -> ScrutinyReview:
        return self.review

    def caption(self) -> str:
        return str(self.review)

    def list_url(self) -> str:
        return f"{super().list_url()}#review-{self.review.pk}"


class RecommendationView(RecommendationMixin, KindFormView):
    """Add a recommendation to a meeting, or record what became of one."""

    def get_heading(self) -> str:
        return "Add a recommendation" if self.adding else "What became of the recommendation"

    def save(self, form) -> None:
        services.recommendation_save(
            review=self.review,
            recommendation=form.instance,
            data=model_data(form),
            by=self.request.user,
        )


class RecommendationDeleteView(RecommendationMixin, KindDeleteView):
    def delete(self) -> None:
        services.recommendation_delete(recommendation=self.record, by=self.request.user)
