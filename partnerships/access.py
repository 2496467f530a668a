"""How an editor page of one partnership is reached: the access toolkit (csp_portal.editor)
with the partnership found only if the user has a role in it. Used by every app's editor
pages of a partnership (its people, its scrutiny, its statutory checklist)."""

from csp_portal.editor import EditorAccessMixin

from . import permissions
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
