"""People and roles of a partnership, managed by its approvers (in the editor workspace)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views import View

from csp_portal.editor import RecordFormView

from . import permissions, services
from .access import PartnershipAccessMixin
from .forms import RoleForm
from .models import PartnershipRole


class PeopleView(PartnershipAccessMixin, RecordFormView):
    needs = permissions.APPROVE
    template_name = "partnerships/editor/people.html"
    form_class = RoleForm

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            partnership=self.partnership,
            roles=self.partnership.roles.select_related("user", "granted_by"),
            **kwargs,
        )

    def save(self, form) -> None:
        try:
            self.held, self.invited = services.role_assign(
                partnership=self.partnership,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
                by=self.request.user,
                site_url=self.request.build_absolute_uri("/").rstrip("/"),
            )
        except ValidationError as error:
            raise ValidationError({"email": error.messages}) from error

    def get_success_message(self) -> str:
        who = self.held.user.email or self.held.user.username
        role = self.held.get_role_display().split(" (")[0].lower()
        return f"{who} is now {role}" + (
            " and has been sent an invitation." if self.invited else "."
        )

    def get_success_url(self) -> str:
        return reverse("partnerships_editor:people", kwargs={"slug": self.partnership.slug})


class RoleRemoveView(PartnershipAccessMixin, View):
    needs = permissions.APPROVE

    def get(self, request, slug, role_pk):
        return redirect("partnerships_editor:people", slug=slug)

    def post(self, request, slug, role_pk):
        held = get_object_or_404(PartnershipRole, pk=role_pk, partnership=self.partnership)
        try:
            services.role_remove(held=held, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, f"{held.user} no longer has a role here.")
        return redirect("partnerships_editor:people", slug=slug)
