"""How an editor page of one consultation is reached: the access toolkit (csp_portal.editor)
with the consultation found only among the user's partnerships' strategies'."""

from csp_portal.editor import EditorAccessMixin, RecordFormView, url_at
from partnerships import permissions

from .models import Consultation
from .selectors import consultation_for_editor


def detail_url(consultation: Consultation, anchor: str = "") -> str:
    return url_at("consultations_editor:detail", anchor, pk=consultation.pk)


class ConsultationAccessMixin(EditorAccessMixin):
    """An editor page of one consultation, `pk` in the address."""

    needs = permissions.READ

    def get_scoped(self):
        return consultation_for_editor(self.request.user, self.kwargs["pk"])

    @property
    def consultation(self) -> Consultation:
        return self.scoped

    def bilingual(self) -> bool:
        return self.consultation.strategy.partnership.is_bilingual

    def partnership_id(self) -> int:
        return self.consultation.strategy.partnership_id

    def context(self, **extra):
        consultation = self.consultation
        return {
            "consultation": consultation,
            "strategy": consultation.strategy,
            "can_edit": permissions.can_edit(self.request.user, self.partnership_id()),
            **extra,
        }


class ConsultationFormView(ConsultationAccessMixin, RecordFormView):
    """A page with one form about the consultation; back to its page once saved."""

    needs = permissions.EDIT
    anchor = ""

    def get_context_data(self, **kwargs):
        return super().get_context_data(**self.context(), **kwargs)

    def get_success_url(self) -> str:
        return detail_url(self.consultation, self.anchor)
