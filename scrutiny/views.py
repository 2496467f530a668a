"""The committee's reviews, their recommendations and what became of each (editor)."""

from django.shortcuts import get_object_or_404, render
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.views import View

from csp_portal.kinds import KindDeleteView, KindFormView
from csp_portal.record_pages import ServiceRecordMixin, deleted_too
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


class ReviewMixin(ServiceRecordMixin, PartnershipRecordMixin):
    needs = permissions.READ  # the scrutiny officers and councillors record it
    record_name = "review"
    saves_with = staticmethod(services.review_save)
    deletes_with = staticmethod(services.review_delete)


class ReviewView(ReviewMixin, KindFormView):
    pass


class ReviewDeleteView(ReviewMixin, KindDeleteView):
    def goes_with(self) -> list[str]:
        return deleted_too(self.record.recommendation_items.count(), "recommendation")


class RecommendationMixin(ReviewMixin):
    """A recommendation of one of the partnership's meetings of the committee. Whoever may
    record the committee's recommendations may also delete one typed by mistake: anyone
    with a role in the partnership, the viewer's included, as for the meetings."""

    owner_field = "review"
    record_name = "recommendation"
    saves_with = staticmethod(services.recommendation_save)
    deletes_with = staticmethod(services.recommendation_delete)

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
        return (
            gettext("Add a recommendation")
            if self.adding
            else gettext("What became of the recommendation")
        )


class RecommendationDeleteView(RecommendationMixin, KindDeleteView):
    pass
