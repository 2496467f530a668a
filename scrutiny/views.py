"""The committee's reviews, their recommendations and what became of each (editor)."""

from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.functional import cached_property
from django.views import View

from csp_portal.editor import RecordFormView
from csp_portal.forms import model_data
from csp_portal.kinds import KindDeleteView, KindFormView
from csp_portal.records import existing_or_new
from partnerships import permissions
from partnerships.access import PartnershipAccessMixin, PartnershipRecordMixin

from . import services
from .forms import RecommendationForm
from .models import ScrutinyRecommendation, ScrutinyReview


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


class RecommendationView(PartnershipAccessMixin, RecordFormView):
    """Add a recommendation to a review, or record what became of one."""

    needs = permissions.READ  # the scrutiny officers and councillors record it
    template_name = "scrutiny/editor/recommendation_form.html"
    form_class = RecommendationForm
    success_message = "The recommendation was saved."

    @cached_property
    def item(self) -> ScrutinyRecommendation:
        review = get_object_or_404(
            ScrutinyReview, pk=self.kwargs["review_pk"], partnership=self.partnership
        )
        return existing_or_new(ScrutinyRecommendation, self.kwargs.get("item_pk"), review=review)

    def get_heading(self) -> str:
        return "What became of the recommendation" if self.item.pk else ("Add a recommendation")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.item}

    def get_context_data(self, **kwargs):
        item = self.item
        return super().get_context_data(
            partnership=self.partnership, review=item.review, item=item, **kwargs
        )

    def save(self, form) -> None:
        item = self.item
        services.recommendation_save(
            review=item.review, recommendation=item, data=model_data(form), by=self.request.user
        )

    def get_success_url(self) -> str:
        return reverse("scrutiny_editor:reviews", kwargs={"slug": self.partnership.slug})
