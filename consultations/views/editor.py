"""Consultations in the editor workspace: set-up, questions, results, comments, exports."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View

from csp_portal import tables
from csp_portal.csvfiles import csv_response
from csp_portal.editor import RecordFormView, carry_out
from csp_portal.forms import model_data
from csp_portal.record_pages import AddOrChangeMixin, OwnedRecordMixin, RecordChangeMixin
from partnerships import permissions
from strategies.access import StrategyAccessMixin

from .. import rescheduling, services
from ..access import ConsultationAccessMixin, ConsultationFormView, detail_url
from ..filters import CommentFilter
from ..forms import (
    ChangeForm,
    ConsultationForm,
    HeldElsewhereForm,
    ModerationForm,
    NewConsultationForm,
    QuestionForm,
)
from ..models import Answer, Consultation, ConsultationChange, Question
from ..results import consultation_results, equality_totals
from ..selectors import response_rows, responses_by_channel
from ..tables import CommentTable


class ConsultationAddView(StrategyAccessMixin, RecordFormView):
    needs = permissions.EDIT
    template_name = "consultations/editor/consultation_form.html"
    form_class = NewConsultationForm
    heading = _("Set up a consultation")

    def get_initial(self):
        return {
            "title": f"{self.strategy.title}: consultation on the draft priorities",
            "equality": True,
        }

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": Consultation(strategy=self.strategy)}

    def save(self, form) -> None:
        self.consultation = services.consultation_create(
            strategy=self.strategy,
            data=model_data(form),
            by=self.request.user,
            equality=form.cleaned_data["equality"],
        )

    def get_success_message(self) -> str:
        questions = self.consultation.questions.count()
        return gettext("The consultation was set up with %(questions)s questions.") % {
            "questions": questions
        }

    def get_success_url(self) -> str:
        return detail_url(self.consultation)


class ConsultationDetailView(ConsultationAccessMixin, View):
    def get(self, request, pk):
        consultation = self.consultation
        can_approve = permissions.can_move_status(request.user, self.partnership_id())
        return render(
            request,
            "consultations/editor/detail.html",
            self.context(
                questions=consultation.questions.select_related("priority"),
                frozen_because=consultation.questions_frozen_because(),
                is_open=consultation.is_open(),
                has_opened=consultation.has_opened(),
                **responses_by_channel(consultation),
                reported_results=consultation.reported_results.all(),
                can_enter_paper=consultation.has_opened() and not consultation.results_published,
                changes=consultation.changes.select_related("priority"),
                can_publish=can_approve
                and consultation.has_closed()
                and not consultation.results_published,
                can_close=can_approve and consultation.is_open(),
            ),
        )


class ConsultationEditView(RecordChangeMixin, ConsultationFormView):
    """Change the details. New dates for a consultation open now are saved only once the
    editor has read what they change for residents, and confirmed those dates."""

    template_name = "consultations/editor/consultation_form.html"
    heading = _("Change the consultation")
    success_message = _("The consultation was saved.")
    noun = "consultation"

    def get_form_class(self):
        return ConsultationForm if self.consultation.run_by_portal else HeldElsewhereForm

    def get_context_data(self, **kwargs):
        return super().get_context_data(is_open=self.consultation.is_open(), **kwargs)

    def form_valid(self, form):
        if self.consultation.run_by_portal:
            # The form has set the new dates on the instance: compare with those stored.
            stored = Consultation.objects.select_related("strategy").get(pk=self.consultation.pk)
            dates = {name: form.cleaned_data[name] for name in ("opens_at", "closes_at")}
            changes = rescheduling.changes_for_residents(stored, **dates)
            confirmed = rescheduling.confirmation(**dates)
            if changes and self.request.POST.get("dates_confirmed") != confirmed:
                return self.render_to_response(
                    self.get_context_data(
                        form=form, date_changes=changes, dates_confirmed=confirmed
                    )
                )
        return super().form_valid(form)

    def save(self, form) -> None:
        update = (
            services.consultation_update
            if self.consultation.run_by_portal
            else services.consultation_held_elsewhere_update
        )
        update(consultation=self.consultation, data=model_data(form), by=self.request.user)


class QuestionView(AddOrChangeMixin, ConsultationFormView):
    """Add (no question_pk) or change a question, until the consultation opens."""

    template_name = "consultations/editor/question_form.html"
    form_class = QuestionForm
    success_message = _("The question was saved.")
    anchor = "questions"
    model = Question
    pk_kwarg = "question_pk"
    owner_field = "consultation"
    record_name = "question"
    noun = "question"
    saves_with = staticmethod(services.question_save)

    def get(self, request, *args, **kwargs):
        return self.refuse_if_frozen() or super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        return self.refuse_if_frozen() or super().post(request, *args, **kwargs)

    def refuse_if_frozen(self):
        if because := self.consultation.questions_frozen_because():
            messages.error(self.request, because)
            return redirect(detail_url(self.consultation))
        return None


class QuestionDeleteView(ConsultationAccessMixin, View):
    needs = permissions.EDIT

    def post(self, request, pk, question_pk):
        question = get_object_or_404(Question, pk=question_pk, consultation=self.consultation)
        carry_out(
            request,
            services.question_delete,
            done=gettext("The question was deleted."),
            question=question,
        )
        return redirect(detail_url(self.consultation, "questions"))


class QuestionMoveView(ConsultationAccessMixin, View):
    needs = permissions.EDIT

    def post(self, request, pk, question_pk, direction):
        question = get_object_or_404(Question, pk=question_pk, consultation=self.consultation)
        carry_out(request, services.question_move, question=question, up=direction == "up")
        return redirect(detail_url(self.consultation, "questions"))


class ResultsView(ConsultationAccessMixin, View):
    def get(self, request, pk):
        return render(
            request,
            "consultations/editor/results.html",
            self.context(
                results=consultation_results(self.consultation),
                equality=equality_totals(self.consultation),
                as_of=timezone.now(),
            ),
        )


class CommentsView(ConsultationAccessMixin, View):
    """Free-text answers in a table, filtered by question, theme and whether quotable."""

    def get(self, request, pk):
        filterset = CommentFilter(request.GET or None, consultation=self.consultation)
        table = CommentTable(filterset.qs)
        tables.configure(request, table)
        return render(
            request,
            "consultations/editor/comments.html",
            self.context(table=table, filter=filterset),
        )


class CommentModerateView(ConsultationFormView):
    template_name = "consultations/editor/comment_form.html"
    form_class = ModerationForm
    heading = _("Tag the comment")
    success_message = _("The comment was saved.")

    @cached_property
    def answer(self) -> Answer:
        return get_object_or_404(
            Answer.objects.select_related("question", "response").exclude(text=""),
            pk=self.kwargs["answer_pk"],
            response__consultation=self.consultation,
        )

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.answer}

    def get_context_data(self, **kwargs):
        return super().get_context_data(answer=self.answer, **kwargs)

    def save(self, form) -> None:
        services.answer_moderate(
            answer=self.answer,
            themes=form.cleaned_data["themes"],
            quotable=form.cleaned_data["quotable"],
            by=self.request.user,
        )

    def get_success_url(self) -> str:
        comments = reverse("consultations_editor:comments", kwargs={"pk": self.consultation.pk})
        return f"{comments}#answer-{self.answer.pk}"


class ResponsesCsvView(ConsultationAccessMixin, View):
    """Every response, one row each; equality monitoring is left out (see EqualityCsvView)."""

    def get(self, request, pk):
        return csv_response(response_rows(self.consultation), f"consultation-{pk}-responses.csv")


class EqualityCsvView(ConsultationAccessMixin, View):
    def get(self, request, pk):
        rows = [["Question", "Answer", "Responses"]] + [
            list(row) for row in equality_totals(self.consultation)
        ]
        return csv_response(rows, f"consultation-{pk}-equality-totals.csv")


class ChangeView(OwnedRecordMixin, ConsultationFormView):
    """'You said, we did': add or change one."""

    template_name = "consultations/editor/change_form.html"
    form_class = ChangeForm
    heading = _("You said, we did")
    success_message = _("‘You said, we did’ was saved.")
    anchor = "changes"
    model = ConsultationChange
    pk_kwarg = "change_pk"
    owner_field = "consultation"
    record_name = "change"
    saves_with = staticmethod(services.change_save)

    def changing(self):
        """A stored entry is not saved over a change someone else made meanwhile."""
        return self.record if self.record.pk else None

    def record_noun(self) -> str:
        return "entry"


class ChangeDeleteView(ConsultationAccessMixin, View):
    needs = permissions.EDIT

    def post(self, request, pk, change_pk):
        change = get_object_or_404(ConsultationChange, pk=change_pk, consultation=self.consultation)
        services.change_delete(change=change, by=request.user)
        messages.success(request, gettext("‘You said, we did’ was deleted."))
        return redirect(detail_url(self.consultation, "changes"))
