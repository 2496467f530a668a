"""Subgroups in the workspace: their details, their members."""

from django.shortcuts import get_object_or_404, render
from django.utils.functional import cached_property
from django.views import View

from csp_portal.forms import model_data
from csp_portal.imports import Preview
from csp_portal.kinds import KindDeleteView, KindFormView
from partnerships import permissions
from partnerships.access import PartnershipAccessMixin, PartnershipRecordMixin
from partnerships.views import PartnershipImportView

from . import imports, services
from .models import Subgroup


class SubgroupView(PartnershipRecordMixin, KindFormView):
    def save(self, form) -> None:
        services.subgroup_save(
            partnership=self.partnership,
            subgroup=form.instance,
            data=model_data(form),
            by=self.request.user,
        )


class SubgroupsImportView(PartnershipImportView):
    """Subgroups from a table: a file, or rows pasted from Word or Excel."""

    heading = "Import subgroups"
    noun = "subgroups"
    anchor = "subgroups"
    columns = imports.COLUMNS
    aliases = imports.ALIASES
    required = "Name"
    column_hints = imports.HINTS

    def existing(self) -> int:
        return self.partnership.subgroups.count()

    def parse(self, table, form) -> Preview:
        return imports.parse_subgroups(self.partnership, table)

    def save_import(self, preview, form) -> int:
        return services.subgroup_import(
            partnership=self.partnership, preview=preview, by=self.request.user
        )


class SubgroupDeleteView(PartnershipRecordMixin, KindDeleteView):
    def goes_with(self) -> list[str]:
        members = self.record.members.count()
        if not members:
            return []
        return [f"its {members} member{'s' if members != 1 else ''} will be deleted too"]

    def delete(self) -> None:
        services.subgroup_delete(subgroup=self.record, by=self.request.user)


class SubgroupMixin(PartnershipAccessMixin):
    """A page of one subgroup of the partnership, `subgroup_pk` in the address."""

    @cached_property
    def subgroup(self) -> Subgroup:
        return get_object_or_404(
            Subgroup, pk=self.kwargs["subgroup_pk"], partnership=self.partnership
        )


class SubgroupDetailView(SubgroupMixin, View):
    def get(self, request, slug, subgroup_pk):
        return render(
            request,
            "subgroups/editor/subgroup.html",
            {
                "partnership": self.partnership,
                "subgroup": self.subgroup,
                "members": self.subgroup.members.select_related("organisation"),
                "can_edit": permissions.can_edit(request.user, self.partnership.pk),
            },
        )


class MemberMixin(SubgroupMixin):
    needs = permissions.EDIT
    owner_field = "subgroup"

    def owner(self):
        return self.subgroup

    def owner_url_kwargs(self) -> dict:
        return {"slug": self.partnership.slug, "subgroup_pk": self.subgroup.pk}

    def caption(self) -> str:
        return str(self.subgroup)


class MemberView(MemberMixin, KindFormView):
    def save(self, form) -> None:
        services.member_save(
            subgroup=self.subgroup,
            member=form.instance,
            data=model_data(form),
            by=self.request.user,
        )


class MemberDeleteView(MemberMixin, KindDeleteView):
    def delete(self) -> None:
        services.member_delete(member=self.record, by=self.request.user)
