"""How an editor page of one partnership is reached: the access toolkit (csp_portal.editor)
with the partnership found only if the user has a role in it. Used by every app's editor
pages of a partnership (its people, records, subgroups, scrutiny, statutory checklist); and
the portal administrators' pages, for those in their group."""

from django.shortcuts import get_object_or_404

from csp_portal.editor import EditorAccessMixin, PortalPageMixin

from . import permissions
from .models import Partnership
from .selectors import partnership_for_editor


class PartnershipAccessMixin(EditorAccessMixin):
    """An editor page of one partnership, `slug` in the address."""

    needs = permissions.READ

    def get_scoped(self):
        return partnership_for_editor(self.request.user, self.kwargs["slug"])

    @property
    def partnership(self):
        return self.scoped

    def partnership_id(self) -> int:
        return self.partnership.pk

    def bilingual(self) -> bool:
        return self.partnership.is_bilingual

    def get_context_data(self, **kwargs):
        kwargs.setdefault("partnership", self.partnership)
        return super().get_context_data(**kwargs)


class PartnershipRecordMixin(PartnershipAccessMixin):
    """A page of one of the partnership's records (csp_portal.kinds)."""

    needs = permissions.EDIT
    owner_field = "partnership"

    def owner_url_kwargs(self) -> dict:
        return {"slug": self.partnership.slug}

    def caption(self) -> str:
        return self.partnership.display_name


class PortalAdministratorMixin(PortalPageMixin):
    """A page of the portal administrators: signed in, and in their group (403 otherwise).
    Of the whole portal, or of one partnership (`slug` in the address: any partnership)."""

    needs = permissions.PORTAL_ADMINISTRATOR

    def get_scoped(self):
        if "slug" in self.kwargs:
            return get_object_or_404(Partnership, slug=self.kwargs["slug"])
        return None
