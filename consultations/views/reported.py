"""Consultations in the workspace that the portal did not run, or not alone: one held
elsewhere with the figures the partnership reports, and paper responses typed in by staff."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from csp_portal.editor import RecordFormView
from csp_portal.forms import model_data
from csp_portal.kinds import KindDeleteView, KindFormView
from csp_portal.record_pages import ServiceRecordMixin
from partnerships import permissions
from strategies.access import StrategyAccessMixin

from .. import services
from ..access import ConsultationAccessMixin, ConsultationFormView, detail_url
from ..forms import (
    HeldElsewhereForm,
    ResponseForm,
)
from ..models import Consultation


class HeldElsewhereAddView(StrategyAccessMixin, RecordFormView):
    """Record a consultation held outside the portal (a paper survey, events, the council's
    own survey tool), with the figures the partnership reports."""

    needs = permissions.EDIT
    template_name = "consultations/editor/consultation_form.html"
    form_class = HeldElsewhereForm
    heading = _("Record a consultation held elsewhere")
    success_message = _("The consultation was recorded. Add the results the partnership reports.")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": Consultation(strategy=self.strategy)}

    def get_context_data(self, **kwargs):
        return super().get_context_data(held_elsewhere=True, **kwargs)

    def save(self, form) -> None:
        self.consultation = services.consultation_record_held_elsewhere(
            strategy=self.strategy, data=model_data(form), by=self.request.user
        )

    def get_success_url(self) -> str:
        return detail_url(self.consultation, "reported")


class PaperResponseView(ConsultationFormView):
    """Staff type in a response that came on paper."""

    template_name = "consultations/editor/paper_response.html"
    form_class = ResponseForm
    heading = _("Enter a paper response")

    def get_form_kwargs(self):
        questions = self.consultation.questions.select_related("priority")
        return {**super().get_form_kwargs(), "questions": questions}

    def get_context_data(self, **kwargs):
        return super().get_context_data(back_url=detail_url(self.consultation), **kwargs)

    def save(self, form) -> None:
        self.response = services.paper_response_enter(
            consultation=self.consultation, answers=form.answers(), by=self.request.user
        )

    def get_success_message(self) -> str:
        return gettext("The paper response was entered, as %(reference)s. Enter the next.") % {
            "reference": self.response.reference
        }

    def get_success_url(self) -> str:
        return self.request.path


class ReportedResultMixin(ServiceRecordMixin, ConsultationAccessMixin):
    needs = permissions.EDIT
    owner_field = "consultation"
    record_name = "result"
    saves_with = staticmethod(services.reported_result_save)
    deletes_with = staticmethod(services.reported_result_delete)

    def owner_url_kwargs(self) -> dict:
        return {"pk": self.consultation.pk}

    def caption(self) -> str:
        return self.consultation.title


class ReportedResultView(ReportedResultMixin, KindFormView):
    pass


class ReportedResultDeleteView(ReportedResultMixin, KindDeleteView):
    pass
