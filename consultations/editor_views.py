"""Consultations in the editor workspace: set-up, questions, results, comments, exports."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views import View
from django_tables2 import RequestConfig

from csp_portal import permissions
from strategies.editor_views import _csv_response, editor_strategy
from strategies.models import Strategy

from . import services
from .filters import CommentFilter
from .forms import ChangeForm, ConsultationForm, ModerationForm, NewConsultationForm, QuestionForm
from .models import Answer, Consultation, ConsultationChange, Question
from .questions import CHOICES, EQUALITY, label_for
from .results import consultation_results, equality_totals
from .tables import CommentTable


def editor_consultation(request, pk) -> Consultation:
    """The consultation if the user may read its strategy's drafts; 404 otherwise."""
    return get_object_or_404(
        Consultation.objects.select_related("strategy__partnership").filter(
            strategy__in=Strategy.objects.visible_to(request.user)
        ),
        pk=pk,
    )


def _require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied


class ConsultationMixin(LoginRequiredMixin):
    """Fetches self.consultation (404 if not the user's) before any handler runs."""

    needs = "read"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.consultation = editor_consultation(request, kwargs["pk"])
        partnership = self.consultation.strategy.partnership_id
        if self.needs == "edit":
            _require(permissions.can_edit(request.user, partnership))
        elif self.needs == "approve":
            _require(permissions.can_move_status(request.user, partnership))
        return super().dispatch(request, *args, **kwargs)

    def context(self, **extra):
        consultation = self.consultation
        return {
            "consultation": consultation,
            "strategy": consultation.strategy,
            "can_edit": permissions.can_edit(
                self.request.user, consultation.strategy.partnership_id
            ),
            **extra,
        }


class ConsultationAddView(LoginRequiredMixin, View):
    template_name = "consultations/editor/consultation_form.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.strategy = editor_strategy(request, kwargs["pk"])
        _require(permissions.can_edit(request.user, self.strategy.partnership_id))
        return super().dispatch(request, *args, **kwargs)

    def show(self, form):
        return render(self.request, self.template_name, {"form": form, "strategy": self.strategy})

    def get(self, request, pk):
        return self.show(
            NewConsultationForm(
                initial={
                    "title": f"{self.strategy.title}: consultation on the draft priorities",
                    "equality": True,
                }
            )
        )

    def post(self, request, pk):
        form = NewConsultationForm(request.POST, instance=Consultation(strategy=self.strategy))
        if not form.is_valid():
            return self.show(form)
        consultation = services.consultation_create(
            strategy=self.strategy,
            form=form,
            by=request.user,
            equality=form.cleaned_data["equality"],
        )
        messages.success(
            request,
            f"The consultation was set up with {consultation.questions.count()} questions.",
        )
        return redirect("consultations_editor:detail", pk=consultation.pk)


class ConsultationDetailView(ConsultationMixin, View):
    def get(self, request, pk):
        consultation = self.consultation
        return render(
            request,
            "consultations/editor/detail.html",
            self.context(
                questions=consultation.questions.select_related("priority"),
                frozen=consultation.questions_frozen(),
                is_open=consultation.is_open(),
                responses=consultation.responses.count(),
                changes=consultation.changes.select_related("priority"),
                can_publish=permissions.can_move_status(
                    request.user, consultation.strategy.partnership_id
                )
                and consultation.has_closed()
                and not consultation.results_published,
            ),
        )


class ConsultationEditView(ConsultationMixin, View):
    needs = "edit"
    template_name = "consultations/editor/consultation_form.html"

    def show(self, form):
        return render(
            self.request,
            self.template_name,
            self.context(form=form, heading="Change the consultation"),
        )

    def get(self, request, pk):
        return self.show(ConsultationForm(instance=self.consultation))

    def post(self, request, pk):
        form = ConsultationForm(request.POST, instance=self.consultation)
        if not form.is_valid():
            return self.show(form)
        services.consultation_update(consultation=self.consultation, form=form, by=request.user)
        messages.success(request, "The consultation was saved.")
        return redirect("consultations_editor:detail", pk=pk)


class QuestionView(ConsultationMixin, View):
    """Add (no question_pk) or change a question, until the consultation opens."""

    needs = "edit"
    template_name = "consultations/editor/question_form.html"

    def get_question(self):
        question_pk = self.kwargs.get("question_pk")
        if question_pk is None:
            return Question(consultation=self.consultation)
        return get_object_or_404(Question, pk=question_pk, consultation=self.consultation)

    def show(self, form, question):
        return render(self.request, self.template_name, self.context(form=form, question=question))

    def refuse_if_frozen(self):
        if self.consultation.questions_frozen():
            messages.error(
                self.request, "The consultation has opened, so its questions can no longer change."
            )
            return redirect("consultations_editor:detail", pk=self.consultation.pk)
        return None

    def get(self, request, pk, question_pk=None):
        question = self.get_question()
        refused = self.refuse_if_frozen()
        return refused or self.show(
            QuestionForm(instance=question, consultation=self.consultation), question
        )

    def post(self, request, pk, question_pk=None):
        question = self.get_question()
        if refused := self.refuse_if_frozen():
            return refused
        form = QuestionForm(request.POST, instance=question, consultation=self.consultation)
        if not form.is_valid():
            return self.show(form, question)
        services.question_save(consultation=self.consultation, form=form, by=request.user)
        messages.success(request, "The question was saved.")
        return redirect(reverse("consultations_editor:detail", kwargs={"pk": pk}) + "#questions")


class QuestionDeleteView(ConsultationMixin, View):
    needs = "edit"

    def post(self, request, pk, question_pk):
        question = get_object_or_404(Question, pk=question_pk, consultation=self.consultation)
        try:
            services.question_delete(question=question, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, "The question was deleted.")
        return redirect(reverse("consultations_editor:detail", kwargs={"pk": pk}) + "#questions")


class QuestionMoveView(ConsultationMixin, View):
    needs = "edit"

    def post(self, request, pk, question_pk, direction):
        question = get_object_or_404(Question, pk=question_pk, consultation=self.consultation)
        try:
            services.question_move(question=question, up=direction == "up", by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect(reverse("consultations_editor:detail", kwargs={"pk": pk}) + "#questions")


class ResultsView(ConsultationMixin, View):
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


class PublishResultsView(ConsultationMixin, View):
    needs = "approve"

    def post(self, request, pk):
        try:
            services.results_publish(consultation=self.consultation, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, "The results are now public.")
        return redirect("consultations_editor:detail", pk=pk)


class CommentsView(ConsultationMixin, View):
    """Free-text answers in a table, filtered by question, theme and whether quotable."""

    def get(self, request, pk):
        filterset = CommentFilter(request.GET or None, consultation=self.consultation)
        table = CommentTable(filterset.qs)
        RequestConfig(request, paginate={"per_page": 50}).configure(table)
        return render(
            request,
            "consultations/editor/comments.html",
            self.context(table=table, filter=filterset),
        )


class CommentModerateView(ConsultationMixin, View):
    needs = "edit"
    template_name = "consultations/editor/comment_form.html"

    def get_answer(self):
        return get_object_or_404(
            Answer.objects.select_related("question", "response").exclude(text=""),
            pk=self.kwargs["answer_pk"],
            response__consultation=self.consultation,
        )

    def get(self, request, pk, answer_pk):
        answer = self.get_answer()
        return render(
            request,
            self.template_name,
            self.context(
                form=ModerationForm(instance=answer), answer=answer, heading="Tag the comment"
            ),
        )

    def post(self, request, pk, answer_pk):
        answer = self.get_answer()
        form = ModerationForm(request.POST, instance=answer)
        if not form.is_valid():
            return render(
                request,
                self.template_name,
                self.context(form=form, answer=answer, heading="Tag the comment"),
            )
        services.answer_moderate(answer=answer, form=form, by=request.user)
        messages.success(request, "The comment was saved.")
        return redirect(
            reverse("consultations_editor:comments", kwargs={"pk": pk}) + f"#answer-{answer.pk}"
        )


class ResponsesCsvView(ConsultationMixin, View):
    """Every response, one row each; equality monitoring is left out (see EqualityCsvView)."""

    def get(self, request, pk):
        questions = [
            q for q in self.consultation.questions.order_by("order", "pk") if q.kind not in EQUALITY
        ]
        responses = self.consultation.responses.prefetch_related(
            Prefetch(
                "answers",
                queryset=Answer.objects.only("response_id", "question_id", "choice", "text"),
            )
        ).order_by("submitted_at", "pk")
        rows = [["Reference", "Submitted"] + [q.text for q in questions]]
        for response in responses.iterator(chunk_size=500):
            answers = {a.question_id: a for a in response.answers.all()}
            row = [response.reference, timezone.localtime(response.submitted_at).isoformat()]
            for question in questions:
                answer = answers.get(question.pk)
                if answer is None:
                    row.append("")
                elif question.kind in CHOICES:
                    row.append(label_for(question.kind, answer.choice))
                else:
                    row.append(answer.choice or answer.text)
            rows.append(row)
        return _csv_response(rows, f"consultation-{pk}-responses.csv")


class EqualityCsvView(ConsultationMixin, View):
    def get(self, request, pk):
        rows = [["Question", "Answer", "Responses"]] + [
            list(row) for row in equality_totals(self.consultation)
        ]
        return _csv_response(rows, f"consultation-{pk}-equality-totals.csv")


class ChangeView(ConsultationMixin, View):
    """'You said, we did': add or change one."""

    needs = "edit"
    template_name = "consultations/editor/change_form.html"

    def get_change(self):
        change_pk = self.kwargs.get("change_pk")
        if change_pk is None:
            return ConsultationChange(consultation=self.consultation)
        return get_object_or_404(ConsultationChange, pk=change_pk, consultation=self.consultation)

    def get(self, request, pk, change_pk=None):
        change = self.get_change()
        form = ChangeForm(instance=change, consultation=self.consultation)
        return self.show(form, change)

    def show(self, form, change):
        return render(
            self.request,
            self.template_name,
            self.context(form=form, change=change, heading="You said, we did"),
        )

    def post(self, request, pk, change_pk=None):
        change = self.get_change()
        form = ChangeForm(request.POST, instance=change, consultation=self.consultation)
        if not form.is_valid():
            return self.show(form, change)
        services.change_save(consultation=self.consultation, form=form, by=request.user)
        messages.success(request, "‘You said, we did’ was saved.")
        return redirect(reverse("consultations_editor:detail", kwargs={"pk": pk}) + "#changes")


class ChangeDeleteView(ConsultationMixin, View):
    needs = "edit"

    def post(self, request, pk, change_pk):
        change = get_object_or_404(ConsultationChange, pk=change_pk, consultation=self.consultation)
        services.change_delete(change=change, by=request.user)
        messages.success(request, "‘You said, we did’ was deleted.")
        return redirect(reverse("consultations_editor:detail", kwargs={"pk": pk}) + "#changes")
