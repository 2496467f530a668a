"""Subgroups in the workspace: their details, their members."""

from django.shortcuts import get_object_or_404, render
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views import View

from csp_portal.kinds import KindDeleteView, KindFormView
from csp_portal.record_pages import ServiceRecordMixin, deleted_too
from partnerships import permissions
from partnerships.access import PartnershipAccessMixin, PartnershipRecordMixin
from partnerships.views import PartnershipImportView

from . import imports, services
from .models import Subgroup


class SubgroupRecordMixin(ServiceRecordMixin, PartnershipRecordMixin):
    record_name = "subgroup"
    saves_with = staticmethod(services.subgroup_save)
    deletes_with = staticmethod(services.subgroup_delete)


class SubgroupView(SubgroupRecordMixin, KindFormView):
    pass


class SubgroupsImportView(PartnershipImportView):
    """Subgroups from a table: a file, or rows pasted from Word or Excel."""

    heading = _("Import subgroups")
    noun = "subgroups"
    anchor = "subgroups"
    columns = imports.COLUMNS
    aliases = imports.ALIASES
    required = "Name"
    column_hints = imports.HINTS
    related = "subgroups"
    parses_with = staticmethod(imports.parse_subgroups)
    imports_with = staticmethod(services.subgroup_import)


class SubgroupDeleteView(SubgroupRecordMixin, KindDeleteView):
    def goes_with(self) -> list[str]:
        return deleted_too(self.record.members.count(), "member")


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


class MemberMixin(ServiceRecordMixin, SubgroupMixin):
    needs = permissions.EDIT
    owner_field = "subgroup"
    record_name = "member"
    saves_with = staticmethod(services.member_save)
    deletes_with = staticmethod(services.member_delete)

    def owner(self):
        return self.subgroup

    def owner_url_kwargs(self) -> dict:
        return {"slug": self.partnership.slug, "subgroup_pk": self.subgroup.pk}

    def caption(self) -> str:
        return str(self.subgroup)


class MemberView(MemberMixin, KindFormView):
    pass


class MemberDeleteView(MemberMixin, KindDeleteView):
    pass
