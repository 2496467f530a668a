"""The strategy editor: community safety managers write, review, approve and publish plans.

Every view passes the access toolkit (csp_portal.editor): the strategy is found among the
user's partnerships' (404 otherwise), the role is checked (403), and pages that change the
plan refuse a published one. Then one service is called.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views import View
from django_tables2 import RequestConfig

from csp_portal.csvfiles import csv_response
from csp_portal.editor import RecordFormView
from csp_portal.forms import model_data
from csp_portal.kinds import Kind, KindDeleteView, KindFormView
from partnerships import permissions

from .. import selectors, services
from ..access import StrategyAccessMixin, overview_url
from ..compare import compare_revisions
from ..filters import ActionFilter
from ..forms import DocumentForm, StrategyForm, TransitionForm
from ..history import changed_since, history_entries
from ..models import DeliveryArea, StrategicPriority, Strategy
from ..parts import PRIORITY
from ..tables import ActionTable


class StrategyEditView(StrategyAccessMixin, RecordFormView):
    """The strategy's own fields, refused if someone else saved since the form was opened."""

    needs = permissions.EDIT
    changes_content = True
    template_name = "strategies/editor/strategy_form.html"
    form_class = StrategyForm
    heading = "Change the details"
    success_message = "The strategy was saved."

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        # A posted form fills a copy: the page's own strategy keeps what is saved.
        posted = self.request.method == "POST"
        kwargs["instance"] = Strategy.objects.get(pk=self.strategy.pk) if posted else self.strategy
        kwargs["initial"] = {"version": self.strategy.version}
        return kwargs

    def get_context_data(self, **kwargs):
        return super().get_context_data(strategy=self.strategy, **kwargs)

    def save(self, form) -> None:
        services.strategy_update(
            strategy=self.strategy,
            data=model_data(form),
            by=self.request.user,
            expected_version=form.cleaned_data["version"],
        )

    def refused(self, form, error):
        if not isinstance(error, services.StaleEdit):
            return super().refused(form, error)
        form.add_error(
            None,
            error.message + " Your changes are below, not saved: "
            "check what changed, then save again.",
        )
        changed = changed_since(
            self.strategy, form.cleaned_data["version"], StrategyForm.Meta.fields
        )
        form.data = form.data.copy()
        form.data["version"] = Strategy.objects.get(pk=self.strategy.pk).version
        context = self.get_context_data(form=form, changed_meanwhile=changed)
        return self.render_to_response(context, status=409 if changed else 200)

    def get_success_url(self) -> str:
        return overview_url(self.strategy)


class PartMixin(StrategyAccessMixin):
    """A page of one part of a draft strategy (csp_portal.kinds): `kind` comes from the URL
    pattern, `record_pk` (none on an add page) from the address."""

    needs = permissions.EDIT
    changes_content = True
    owner_field = "strategy"

    def owner_url_kwargs(self) -> dict:
        return {"pk": self.strategy.pk}

    def caption(self) -> str:
        return self.strategy.title


class PartView(PartMixin, KindFormView):
    """Add or change a part of a draft strategy."""

    def get_context_data(self, **kwargs):
        return super().get_context_data(strategy=self.strategy, **kwargs)

    def save(self, form) -> None:
        services.part_save(
            strategy=self.strategy, part=form.instance, data=model_data(form), by=self.request.user
        )


class PartDeleteView(PartMixin, KindDeleteView):
    def goes_with(self) -> list[str]:
        return goes_with(self.record)

    def delete(self) -> None:
        services.part_delete(strategy=self.strategy, part=self.record, by=self.request.user)

    def deleted_message(self) -> str:
        return f"The {self.kind.noun} was deleted. You can restore it from the history."

    def get_context_data(self, **kwargs):
        return super().get_context_data(strategy=self.strategy, restorable=True, **kwargs)


def goes_with(part) -> list[str]:
    """What deleting the part takes with it, or leaves behind, in words."""
    if isinstance(part, StrategicPriority):
        areas, actions = part.delivery_areas.count(), part.actions.count()
        said = []
        if areas:
            said.append(f"its {areas} delivery area{'s' if areas != 1 else ''} will be deleted too")
        if actions:
            said.append(
                f"its {actions} action{'s' if actions != 1 else ''} will stay in the action "
                "plan, no longer under a priority"
            )
        return said
    if isinstance(part, DeliveryArea) and part.actions.exists():
        return ["its actions will stay in the action plan, no longer under it"]
    return []


class PriorityMoveView(StrategyAccessMixin, View):
    needs = permissions.EDIT
    kind = PRIORITY

    def post(self, request, pk, record_pk, direction):
        priority = get_object_or_404(StrategicPriority, pk=record_pk, strategy=self.strategy)
        try:
            services.priority_move(priority=priority, up=direction == "up", by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect(overview_url(self.strategy, "priorities"))


class TransitionView(StrategyAccessMixin, View):
    needs = permissions.APPROVE

    def post(self, request, pk):
        form = TransitionForm(request.POST)
        if not form.is_valid():
            messages.error(
                request, "Choose what to do, and keep any comment under 2,000 characters."
            )
            return redirect(overview_url(self.strategy))
        try:
            services.strategy_transition(
                strategy=self.strategy,
                to=form.cleaned_data["to"],
                by=request.user,
                comment=form.cleaned_data["comment"],
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                f"The strategy is now {Strategy.Status(form.cleaned_data['to']).label.lower()}.",
            )
        return redirect(overview_url(self.strategy))


class RefreshView(StrategyAccessMixin, View):
    needs = permissions.APPROVE

    def post(self, request, pk):
        try:
            draft = services.strategy_start_refresh(strategy=self.strategy, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(overview_url(self.strategy))
        messages.success(request, f"Revision {draft.revision} was started as a draft.")
        return redirect(overview_url(draft))


class HistoryView(StrategyAccessMixin, View):
    def get(self, request, pk):
        entries = history_entries(self.strategy)
        for entry in entries:
            if entry.restorable:
                entry.restore_url = reverse(
                    f"strategies_editor:{entry.part.name}_restore",
                    kwargs={"pk": pk, "history_id": entry.record.history_id},
                )
        return render(
            request,
            "strategies/editor/history.html",
            {
                "strategy": self.strategy,
                "entries": entries,
                "can_edit": self.can_edit() and not self.strategy.is_frozen,
            },
        )


class RestoreView(StrategyAccessMixin, View):
    needs = permissions.EDIT
    kind: Kind | None = None  # given by the URL pattern

    def post(self, request, pk, history_id):
        record = get_object_or_404(self.kind.model.history, history_id=history_id)
        try:
            services.history_restore(strategy=self.strategy, record=record, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, f"The {self.kind.noun} was restored.")
        return redirect("strategies_editor:history", pk=pk)


class CompareView(StrategyAccessMixin, View):
    """What changed between a revision and the one it replaces, in plain language."""

    def get(self, request, pk):
        newer = self.strategy
        older_pk = request.GET.get("with") or newer.supersedes_id
        if not older_pk:
            raise Http404("This strategy has no earlier revision.")
        if not str(older_pk).isdigit():
            raise Http404("No such revision")
        older = selectors.strategy_for_editor(request.user, older_pk)
        if older.partnership_id != newer.partnership_id:
            raise Http404
        return render(
            request,
            "strategies/editor/compare.html",
            {
                "newer": newer,
                "older": older,
                "strategy": newer,
                "revisions": selectors.other_revisions(newer),
                "changes": compare_revisions(older, newer),
            },
        )


class ActionPlanView(StrategyAccessMixin, View):
    """The action plan as a table, filtered by priority, lead, year and 4P; CSV export."""

    def get(self, request, pk):
        strategy = self.strategy
        filterset = ActionFilter(request.GET or None, strategy=strategy)
        table = ActionTable(filterset.qs)
        if request.GET.get("_export") == "csv":
            return csv_response(
                table.as_values(exclude_columns=("edit",)),
                f"{strategy.partnership.slug}-{strategy.slug}-actions.csv",
            )
        RequestConfig(request, paginate={"per_page": 50}).configure(table)
        return render(
            request,
            "strategies/editor/action_plan.html",
            {
                "strategy": strategy,
                "table": table,
                "filter": filterset,
                "can_edit": self.can_edit() and not strategy.is_frozen,
            },
        )


class DocumentUploadView(StrategyAccessMixin, RecordFormView):
    needs = permissions.EDIT
    template_name = "strategies/editor/document_form.html"
    form_class = DocumentForm
    heading = "Upload a document"
    success_message = "The document was uploaded."

    def get_context_data(self, **kwargs):
        return super().get_context_data(strategy=self.strategy, **kwargs)

    def save(self, form) -> None:
        data = model_data(form)
        services.document_upload(
            strategy=self.strategy,
            data={name: value for name, value in data.items() if name != "file"},
            file=form.cleaned_data["file"],
            file_type=form.document_type,
            by=self.request.user,
        )

    def get_success_url(self) -> str:
        return overview_url(self.strategy)
