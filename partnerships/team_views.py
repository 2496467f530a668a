"""People and roles of a partnership, managed by its approvers."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views import View

from csp_portal import permissions
from strategies import services as strategy_services
from strategies.forms import RecommendationForm
from strategies.models import ScrutinyRecommendation, ScrutinyReview

from . import services
from .checklist import statutory_checklist
from .forms import RoleForm
from .models import Partnership, PartnershipRole


def managed_partnership(request, slug) -> Partnership:
    """404 unless the user has a role there; 403 unless they may manage its people."""
    partnership = get_object_or_404(Partnership, slug=slug)
    if not permissions.can_read_drafts(request.user, partnership.pk):
        raise Http404
    if not permissions.can_manage_roles(request.user, partnership.pk):
        raise PermissionDenied
    return partnership


class TeamView(LoginRequiredMixin, View):
    template_name = "editor/people.html"

    def show(self, form, status=200):
        return render(
            self.request,
            self.template_name,
            {
                "partnership": self.partnership,
                "form": form,
                "roles": self.partnership.roles.select_related("user", "granted_by"),
            },
            status=status,
        )

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.partnership = managed_partnership(request, kwargs["slug"])
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, slug):
        return self.show(RoleForm())

    def post(self, request, slug):
        form = RoleForm(request.POST)
        if form.is_valid():
            try:
                held, invited = services.role_assign(
                    partnership=self.partnership,
                    email=form.cleaned_data["email"],
                    role=form.cleaned_data["role"],
                    by=request.user,
                    site_url=request.build_absolute_uri("/").rstrip("/"),
                )
            except ValidationError as error:
                form.add_error("email", error)
            else:
                who = held.user.email or held.user.username
                messages.success(
                    request,
                    f"{who} is now {held.get_role_display().split(' (')[0].lower()}"
                    + (" and has been sent an invitation." if invited else "."),
                )
                return redirect("team:people", slug=slug)
        return self.show(form)


class RoleRemoveView(TeamView):
    def get(self, request, slug, role_pk):
        return redirect("team:people", slug=slug)

    def post(self, request, slug, role_pk):
        held = get_object_or_404(PartnershipRole, pk=role_pk, partnership=self.partnership)
        try:
            services.role_remove(held=held, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, f"{held.user} no longer has a role here.")
        return redirect("team:people", slug=slug)


def readable_partnership(request, slug) -> Partnership:
    """404 unless the user has a role in the partnership (or is a superuser)."""
    partnership = get_object_or_404(Partnership, slug=slug)
    if not permissions.can_read_drafts(request.user, partnership.pk):
        raise Http404
    return partnership


class ChecklistView(LoginRequiredMixin, View):
    def get(self, request, slug):
        partnership = readable_partnership(request, slug)
        return render(
            request,
            "editor/checklist.html",
            {"partnership": partnership, "checklist": statutory_checklist(partnership)},
        )


class ScrutinyView(LoginRequiredMixin, View):
    """The committee's reviews, their recommendations and what became of each."""

    def get(self, request, slug):
        partnership = readable_partnership(request, slug)
        return render(
            request,
            "editor/scrutiny.html",
            {
                "partnership": partnership,
                "reviews": partnership.scrutiny_reviews.prefetch_related("recommendation_items"),
                "can_edit": permissions.can_edit(request.user, partnership.pk),
            },
        )


class RecommendationView(LoginRequiredMixin, View):
    """Add a recommendation to a review, or record what became of one."""

    template_name = "editor/recommendation_form.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.partnership = readable_partnership(request, kwargs["slug"])
        if not permissions.can_edit(request.user, self.partnership.pk):
            raise PermissionDenied
        self.review = get_object_or_404(
            ScrutinyReview, pk=kwargs["review_pk"], partnership=self.partnership
        )
        return super().dispatch(request, *args, **kwargs)

    def get_item(self):
        if "item_pk" not in self.kwargs:
            return ScrutinyRecommendation(review=self.review)
        return get_object_or_404(
            ScrutinyRecommendation, pk=self.kwargs["item_pk"], review=self.review
        )

    def show(self, form, item):
        return render(
            self.request,
            self.template_name,
            {"partnership": self.partnership, "review": self.review, "form": form, "item": item},
        )

    def get(self, request, slug, review_pk, item_pk=None):
        item = self.get_item()
        return self.show(RecommendationForm(instance=item), item)

    def post(self, request, slug, review_pk, item_pk=None):
        item = self.get_item()
        form = RecommendationForm(request.POST, instance=item)
        if not form.is_valid():
            return self.show(form, item)
        strategy_services.recommendation_update(recommendation=item, form=form, by=request.user)
        messages.success(request, "The recommendation was saved.")
        return redirect("team:scrutiny", slug=slug)
