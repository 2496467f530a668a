"""An approver's steps in a consultation's life, each confirmed on a page of its own first:
closing it early, and publishing its results."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View

from partnerships import permissions

from .. import services
from ..access import ConsultationAccessMixin, detail_url
from ..models import Answer


class ConfirmedStepView(ConsultationAccessMixin, View):
    """A GET asks (or, if the step cannot be taken now, goes back to the consultation and
    says why); a POST takes the step."""

    needs = permissions.APPROVE
    template_name = "consultations/editor/confirm.html"
    heading = ""
    button = ""
    done = ""

    def refusal(self) -> str:
        """Why the step cannot be taken now ("" if it can)."""
        raise NotImplementedError

    def explanation(self) -> dict:
        raise NotImplementedError

    def take(self) -> None:
        raise NotImplementedError

    def get(self, request, pk):
        if refusal := self.refusal():
            messages.error(request, refusal)
            return redirect(detail_url(self.consultation))
        context = self.context(heading=self.heading, button=self.button, **self.explanation())
        return render(request, self.template_name, context)

    def post(self, request, pk):
        try:
            self.take()
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, self.done)
        return redirect(detail_url(self.consultation))


class CloseView(ConfirmedStepView):
    heading = _("Close the consultation now")
    button = _("Close it now")
    done = _("The consultation is closed. Residents can no longer answer it.")

    def refusal(self) -> str:
        if not self.consultation.is_open():
            return gettext("Only an open consultation can be closed.")
        return ""

    def explanation(self) -> dict:
        return {"closing": True, "responses": self.consultation.responses.counted().count()}

    def take(self) -> None:
        services.consultation_close(consultation=self.consultation, by=self.request.user)


class PublishResultsView(ConfirmedStepView):
    heading = _("Publish the results")
    button = _("Publish the results")
    done = _("The results are now public.")

    def refusal(self) -> str:
        if self.consultation.results_published:
            return gettext("The results are already published.")
        if not self.consultation.has_closed():
            return gettext("Results can be published once the consultation has closed.")
        return ""

    def explanation(self) -> dict:
        return {
            "publishing": True,
            "responses": self.consultation.responses.counted().count(),
            "quotes": Answer.objects.filter(
                response__consultation=self.consultation, quotable=True
            ).count(),
        }

    def take(self) -> None:
        services.results_publish(consultation=self.consultation, by=self.request.user)
