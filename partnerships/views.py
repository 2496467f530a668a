"""The partnership in the workspace: its profile and records, kept by its editors; its people
and roles, managed by its approvers; and the portal administrators' pages, where partnerships
join the portal."""

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View

from csp_portal.editor import RecordFormView, carry_out, url_at
from csp_portal.forms import model_data
from csp_portal.imports import ImportView, Preview
from csp_portal.kinds import KindDeleteView, KindFormView
from csp_portal.record_pages import RecordChangeMixin, ServiceRecordMixin
from csp_portal.tabular import Table

from . import imports, permissions, services
from .access import PartnershipAccessMixin, PartnershipRecordMixin, PortalAdministratorMixin
from .forms import InviteApproverForm, NewPartnershipForm, OrganisationForm, ProfileForm, RoleForm
from .models import Organisation, Partnership, PartnershipRole


def site_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


def workspace_url(partnership: Partnership, anchor: str = "") -> str:
    """The partnership's page in the workspace (reports), at a section."""
    return url_at("reports_editor:partnership", anchor, slug=partnership.slug)


class RecordView(ServiceRecordMixin, PartnershipRecordMixin, KindFormView):
    saves_with = staticmethod(services.record_save)


class MembershipView(RecordView):
    """A member: the organisation is chosen from the national list, or added to it."""

    def save(self, form) -> None:
        services.membership_save(
            partnership=self.partnership,
            membership=form.instance,
            data=model_data(form),
            new_organisation=form.new_organisation_data,
            by=self.request.user,
        )


class WorkspaceFormMixin(PartnershipAccessMixin):
    """A page with a form about the partnership, back to its workspace page, at a section
    (`anchor`), once saved."""

    anchor = ""

    def back_url(self) -> str:
        return workspace_url(self.partnership, self.anchor)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            caption=self.partnership.display_name, back_url=self.back_url(), **kwargs
        )

    def get_success_url(self) -> str:
        return self.back_url()


class PartnershipImportView(WorkspaceFormMixin, ImportView):
    """Records of the partnership from a table, back to their section of its workspace page
    (`anchor`); subclasses give the columns, the partnership's records of the kind
    (`related`, to count them), `parses_with(partnership, table)` that checks the rows and
    `imports_with(partnership=, preview=, by=)` that saves them."""

    needs = permissions.EDIT
    related: str
    parses_with: Callable[[Partnership, Table], Preview]
    imports_with: Callable[..., int]

    def existing(self) -> int:
        return getattr(self.partnership, self.related).count()

    def parse(self, table, form) -> Preview:
        return self.parses_with(self.partnership, table)

    def save_import(self, preview, form) -> int:
        return self.imports_with(
            partnership=self.partnership, preview=preview, by=self.request.user
        )


class MembersImportView(PartnershipImportView):
    """Members from a table: a file, or rows pasted from Word or Excel."""

    heading = _("Import members")
    noun = "members"
    anchor = "members"
    columns = imports.COLUMNS
    aliases = imports.ALIASES
    required = "Organisation"
    column_hints = imports.HINTS
    related = "memberships"
    parses_with = staticmethod(imports.parse_members)
    imports_with = staticmethod(services.membership_import)


class RecordDeleteView(PartnershipRecordMixin, KindDeleteView):
    def delete(self) -> None:
        services.record_delete(
            partnership=self.partnership, record=self.record, by=self.request.user
        )


class ProfileView(RecordChangeMixin, WorkspaceFormMixin, RecordFormView):
    needs = permissions.APPROVE
    template_name = "form_page.html"
    form_class = ProfileForm
    heading = _("Change the profile")
    success_message = _("The profile was saved.")
    noun = "profile"

    def save(self, form) -> None:
        services.partnership_update(
            partnership=self.partnership,
            data=model_data(form),
            councils=form.cleaned_data["councils"],
            by=self.request.user,
        )


class OrganisationView(RecordChangeMixin, WorkspaceFormMixin, RecordFormView):
    """An organisation the partnership names: its name, or that it was abolished or
    replaced (a CCG by an ICB), without losing the record."""

    needs = permissions.EDIT
    template_name = "form_page.html"
    form_class = OrganisationForm
    success_message = _("The organisation was saved.")
    noun = "organisation"
    anchor = "members"

    @cached_property
    def organisation(self) -> Organisation:
        named = Q(memberships__partnership=self.partnership) | Q(
            partnerships_covering=self.partnership
        )
        return get_object_or_404(
            Organisation.objects.filter(named).distinct(), pk=self.kwargs["pk"]
        )

    def get_heading(self) -> str:
        return gettext("Change %(name)s") % {"name": self.organisation.name}

    def changing(self):
        return self.organisation

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "partnership": self.partnership}

    def save(self, form) -> None:
        services.organisation_update(
            partnership=self.partnership,
            organisation=self.organisation,
            data=model_data(form),
            by=self.request.user,
        )


class RoleGivingMixin:
    """A partnership's people, and a form (RecordFormView) giving someone a role in it by
    e-mail: `give` calls the service, which invites them if they are new to the portal."""

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            partnership=self.partnership,
            roles=self.partnership.roles.select_related("user", "granted_by"),
            **kwargs,
        )

    def give(self, email: str, form) -> tuple[PartnershipRole, bool]:
        raise NotImplementedError

    def save(self, form) -> None:
        try:
            self.held, self.invited = self.give(form.cleaned_data["email"], form)
        except ValidationError as error:
            raise ValidationError({"email": error.messages}) from error

    def get_success_message(self) -> str:
        return given_message(self.held, self.invited)


def given_message(held: PartnershipRole, invited: bool) -> str:
    who = held.user.email or held.user.username
    role = held.get_role_display().split(" (")[0].lower()
    return f"{who} is now {role}" + (" and has been sent an invitation." if invited else ".")


class PeopleView(RoleGivingMixin, PartnershipAccessMixin, RecordFormView):
    needs = permissions.APPROVE
    template_name = "partnerships/editor/people.html"
    form_class = RoleForm

    def give(self, email: str, form) -> tuple[PartnershipRole, bool]:
        return services.role_assign(
            partnership=self.partnership,
            email=email,
            role=form.cleaned_data["role"],
            by=self.request.user,
            site_url=site_url(self.request),
        )

    def get_success_url(self) -> str:
        return reverse("partnerships_editor:people", kwargs={"slug": self.partnership.slug})


class RoleRemoveView(PartnershipAccessMixin, View):
    needs = permissions.APPROVE

    def get(self, request, slug, role_pk):
        return redirect("partnerships_editor:people", slug=slug)

    def post(self, request, slug, role_pk):
        held = get_object_or_404(PartnershipRole, pk=role_pk, partnership=self.partnership)
        carry_out(
            request,
            services.role_remove,
            done=gettext("%(user)s no longer has a role here.") % {"user": held.user},
            held=held,
        )
        return redirect("partnerships_editor:people", slug=slug)


# The portal administrators' pages: partnerships join the portal here.


class PortalPartnershipsView(PortalAdministratorMixin, View):
    def get(self, request):
        partnerships = Partnership.objects.annotate(
            people=Count("roles"),
            approvers=Count("roles", filter=Q(roles__role=PartnershipRole.Role.APPROVER)),
        ).order_by("name")
        return render(request, "partnerships/editor/portal.html", {"partnerships": partnerships})


class PartnershipAddView(PortalAdministratorMixin, RecordFormView):
    template_name = "form_page.html"
    form_class = NewPartnershipForm
    heading = _("Add a partnership")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            caption=_("Portal administration"),
            back_url=reverse("partnerships_editor:portal"),
            **kwargs,
        )

    def save(self, form) -> None:
        self.partnership, self.held = services.partnership_create(
            data=model_data(form),
            councils=form.cleaned_data["councils"],
            approver_email=form.cleaned_data["approver_email"],
            by=self.request.user,
            site_url=site_url(self.request),
        )

    def get_success_message(self) -> str:
        return gettext("%(name)s was added, and %(email)s was invited to be its approver.") % {
            "name": self.partnership.name,
            "email": self.held.user.email,
        }

    def get_success_url(self) -> str:
        return reverse(
            "partnerships_editor:portal_partnership", kwargs={"slug": self.partnership.slug}
        )


class PortalPartnershipView(RoleGivingMixin, PortalAdministratorMixin, RecordFormView):
    """A partnership as the portal administrators see it: its people, an approver to
    invite, and its public pages to suspend or restore."""

    template_name = "partnerships/editor/portal_partnership.html"
    form_class = InviteApproverForm

    @property
    def partnership(self) -> Partnership:
        return self.scoped

    def give(self, email: str, form) -> tuple[PartnershipRole, bool]:
        return services.approver_invite(
            partnership=self.partnership,
            email=email,
            by=self.request.user,
            site_url=site_url(self.request),
        )

    def get_success_url(self) -> str:
        return self.request.path


class SuspendView(PortalAdministratorMixin, View):
    def post(self, request, slug):
        partnership = self.scoped
        suspended = request.POST.get("suspended") == "1"
        services.partnership_suspend(partnership=partnership, suspended=suspended, by=request.user)
        messages.success(
            request,
            (
                gettext("The public pages of %(name)s are suspended.")
                if suspended
                else gettext("The public pages of %(name)s are back.")
            )
            % {"name": partnership.display_name},
        )
        return redirect("partnerships_editor:portal_partnership", slug=slug)
