"""The editor workspace: community safety managers write, review, approve and publish plans.

Views are thin: they fetch through `Strategy.objects.visible_to(user)` (another partnership's
strategy is a 404), ask csp_portal.permissions whether the user may act (a 403 if not), and
call one service.
"""

import csv
import datetime

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views import View
from django.views.generic import TemplateView
from django_tables2 import RequestConfig

from consultations.models import Consultation
from csp_portal import permissions
from partnerships.models import Partnership

from . import services
from .compare import compare_revisions
from .filters import ActionFilter
from .forms import (
    ActionForm,
    DeliveryAreaForm,
    MilestoneForm,
    PriorityForm,
    RiskForm,
    StrategyForm,
    TransitionForm,
)
from .models import Action, DeliveryArea, Milestone, Risk, StrategicPriority, Strategy
from .monitoring import progress_overview, reporting_quarters
from .pages import strategy_page_context
from .selectors import strategy_page_queryset
from .tables import ActionTable


def editor_strategy(request, pk, *, queryset=None) -> Strategy:
    """The strategy if the user may read its drafts; 404 otherwise (never a hint it exists)."""
    queryset = (queryset or Strategy.objects).visible_to(request.user)
    return get_object_or_404(queryset.select_related("partnership"), pk=pk)


def _require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied


class EditorMixin(LoginRequiredMixin):
    pass


class DashboardView(EditorMixin, TemplateView):
    template_name = "editor/dashboard.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        ids = permissions.partnership_ids_visible_to(user)
        partnerships = Partnership.objects.order_by("name")
        if ids is not None:
            partnerships = partnerships.filter(pk__in=ids)
        strategies = Strategy.objects.visible_to(user)
        by_partnership: dict[int, list[Strategy]] = {}
        for strategy in strategies.order_by("-period_start_year", "-revision"):
            by_partnership.setdefault(strategy.partnership_id, []).append(strategy)
        today = timezone.localdate()
        now = timezone.now()
        return super().get_context_data(
            partnerships=[
                (
                    p,
                    permissions.role_for(user, p) or "superuser",
                    permissions.can_manage_roles(user, p.pk),
                    by_partnership.get(p.pk, []),
                )
                for p in partnerships
            ],
            open_consultations=Consultation.objects.filter(
                strategy__in=strategies, opens_at__lte=now, closes_at__gte=now
            ).select_related("strategy__partnership"),
            milestones_due=Milestone.objects.filter(
                strategy__in=strategies.exclude(status=Strategy.Status.SUPERSEDED),
                actual_on__isnull=True,
                planned_on__range=(today, today + datetime.timedelta(days=30)),
            ).select_related("strategy__partnership"),
            **kwargs,
        )


class StrategyEditorView(EditorMixin, TemplateView):
    template_name = "editor/strategy.html"

    def get_context_data(self, **kwargs):
        strategy = editor_strategy(
            self.request, self.kwargs["pk"], queryset=strategy_page_queryset()
        )
        user = self.request.user
        return super().get_context_data(
            **strategy_page_context(strategy),
            risks=strategy.risks.all(),
            transitions=strategy.transitions.select_related("by"),
            next_statuses=[
                (status, services.ACTION_LABELS[status])
                for status in services.allowed_transitions(strategy)
            ],
            can_edit=permissions.can_edit(user, strategy.partnership_id) and not strategy.is_frozen,
            can_move=permissions.can_move_status(user, strategy.partnership_id),
            can_upload=permissions.can_edit(user, strategy.partnership_id),
            can_refresh=strategy.status == Strategy.Status.PUBLISHED
            and not Strategy.objects.filter(supersedes=strategy).exists(),
            refresh_year=timezone.localdate().year,
            progress=progress_overview(strategy, reporting_quarters(strategy)[-1]),
            strategy_consultations=strategy.consultations.all(),
            partnership_subgroups=strategy.partnership.subgroups.all(),
            **kwargs,
        )


class StrategyEditView(EditorMixin, View):
    """The strategy's own fields, refused if someone else saved since the form was opened."""

    template_name = "editor/strategy_form.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.strategy = editor_strategy(request, kwargs["pk"])
        _require(permissions.can_edit(request.user, self.strategy.partnership_id))
        if self.strategy.is_frozen:
            messages.error(request, "A published strategy can no longer be edited.")
            return redirect("editor:strategy", pk=self.strategy.pk)
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, pk):
        form = StrategyForm(instance=self.strategy, initial={"version": self.strategy.version})
        return render(request, self.template_name, {"form": form, "strategy": self.strategy})

    def post(self, request, pk):
        form = StrategyForm(request.POST, instance=Strategy.objects.get(pk=pk))
        changed_meanwhile = []
        if form.is_valid():
            data = {f: form.cleaned_data[f] for f in StrategyForm.Meta.fields}
            try:
                services.strategy_update(
                    strategy=self.strategy,
                    data=data,
                    by=request.user,
                    expected_version=form.cleaned_data["version"],
                )
            except services.StaleEdit as error:
                form.add_error(
                    None,
                    error.message + " Your changes are below, not saved: "
                    "check what changed, then save again.",
                )
                changed_meanwhile = _changed_since(self.strategy, form.cleaned_data["version"])
                form.data = form.data.copy()
                form.data["version"] = Strategy.objects.get(pk=pk).version
            else:
                messages.success(request, "The strategy was saved.")
                return redirect("editor:strategy", pk=pk)
        return render(
            request,
            self.template_name,
            {"form": form, "strategy": self.strategy, "changed_meanwhile": changed_meanwhile},
            status=409 if changed_meanwhile else 200,
        )


def _changed_since(strategy: Strategy, version: int) -> list[tuple[str, str, object]]:
    """What others changed in the strategy's own fields since the form was opened at
    `version`: (field label, who, the value now)."""
    opened = strategy.history.filter(version__lte=version).order_by("-history_date").first()
    now = Strategy.objects.get(pk=strategy.pk)
    later = strategy.history.filter(version__gt=version).select_related("history_user")
    who = ", ".join(sorted({str(r.history_user) for r in later if r.history_user})) or "someone"
    if opened is None:
        return []
    return [
        (Strategy._meta.get_field(field).verbose_name, who, getattr(now, field))
        for field in StrategyForm.Meta.fields
        if getattr(opened, field) != getattr(now, field)
    ]


# The parts of a strategy an editor adds, changes and deletes, all in the same way.
PARTS = {
    "priorities": (StrategicPriority, PriorityForm, "priority"),
    "delivery-areas": (DeliveryArea, DeliveryAreaForm, "delivery area"),
    "actions": (Action, ActionForm, "action"),
    "milestones": (Milestone, MilestoneForm, "milestone"),
    "risks": (Risk, RiskForm, "risk"),
}
NEEDS_STRATEGY = {DeliveryAreaForm, ActionForm}


class PartView(EditorMixin, View):
    """Add (no part_pk) or change a part of a draft strategy."""

    template_name = "editor/part_form.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if kwargs["kind"] not in PARTS:
            raise Http404
        self.model, self.form_class, self.noun = PARTS[kwargs["kind"]]
        self.strategy = editor_strategy(request, kwargs["pk"])
        self.part = (
            get_object_or_404(self.model, pk=kwargs["part_pk"], strategy=self.strategy)
            if kwargs.get("part_pk")
            else None
        )
        _require(permissions.can_edit(request.user, self.strategy.partnership_id))
        if self.strategy.is_frozen:
            messages.error(request, "A published strategy can no longer be edited.")
            return redirect("editor:strategy", pk=self.strategy.pk)
        return super().dispatch(request, *args, **kwargs)

    def make_form(self, data=None):
        extra = {"strategy": self.strategy} if self.form_class in NEEDS_STRATEGY else {}
        # A new part already belongs to the strategy, so the model's own checks (a delivery
        # area's priority is of the same strategy) run in the form.
        instance = self.part or self.model(strategy=self.strategy)
        return self.form_class(data, instance=instance, **extra)

    def show(self, form, status=200):
        return render(
            self.request,
            self.template_name,
            {
                "form": form,
                "strategy": self.strategy,
                "part": self.part,
                "noun": self.noun,
                "back_url": _back(self.strategy, self.kwargs["kind"]),
            },
            status=status,
        )

    def get(self, request, **kwargs):
        return self.show(self.make_form())

    def post(self, request, **kwargs):
        form = self.make_form(request.POST)
        if form.is_valid():
            try:
                services.strategy_part_save(strategy=self.strategy, form=form, by=request.user)
            except ValidationError as error:
                for message in error.messages:
                    form.add_error(None, message)
            else:
                verb = "changed" if self.part else "added"
                messages.success(request, f"The {self.noun} was {verb}.")
                return redirect(_back(self.strategy, kwargs["kind"]))
        return self.show(form)


class PartDeleteView(PartView):
    """Asks first, and says what goes with it."""

    template_name = "editor/part_delete.html"

    def show(self, form=None, status=200):
        goes_with = []
        if isinstance(self.part, StrategicPriority):
            areas = self.part.delivery_areas.count()
            actions = self.part.actions.count()
            if areas:
                goes_with.append(
                    f"its {areas} delivery area{'s' if areas != 1 else ''} will be deleted too"
                )
            if actions:
                goes_with.append(
                    f"its {actions} action{'s' if actions != 1 else ''} will stay in the action "
                    "plan, no longer under a priority"
                )
        elif isinstance(self.part, DeliveryArea) and self.part.actions.exists():
            goes_with.append("its actions will stay in the action plan, no longer under it")
        return render(
            self.request,
            self.template_name,
            {
                "strategy": self.strategy,
                "part": self.part,
                "noun": self.noun,
                "goes_with": goes_with,
                "back_url": _back(self.strategy, self.kwargs["kind"]),
            },
            status=status,
        )

    def post(self, request, **kwargs):
        services.strategy_part_delete(strategy=self.strategy, part=self.part, by=request.user)
        messages.success(
            request, f"The {self.noun} was deleted. You can restore it from the history."
        )
        return redirect(_back(self.strategy, kwargs["kind"]))


def _back(strategy: Strategy, kind: str) -> str:
    if kind == "actions":
        return reverse("editor:actions", kwargs={"pk": strategy.pk})
    return reverse("editor:strategy", kwargs={"pk": strategy.pk}) + f"#{kind}"


class PriorityMoveView(EditorMixin, View):
    def post(self, request, pk, part_pk, direction):
        strategy = editor_strategy(request, pk)
        priority = get_object_or_404(StrategicPriority, pk=part_pk, strategy=strategy)
        _require(permissions.can_edit(request.user, strategy.partnership_id))
        try:
            services.priority_move(priority=priority, up=direction == "up", by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect(reverse("editor:strategy", kwargs={"pk": pk}) + "#priorities")


class TransitionView(EditorMixin, View):
    def post(self, request, pk):
        strategy = editor_strategy(request, pk)
        _require(permissions.can_move_status(request.user, strategy.partnership_id))
        form = TransitionForm(request.POST)
        if not form.is_valid():
            messages.error(
                request, "Choose what to do, and keep any comment under 2,000 characters."
            )
            return redirect("editor:strategy", pk=pk)
        try:
            services.strategy_transition(
                strategy=strategy,
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
        return redirect("editor:strategy", pk=pk)


class RefreshView(EditorMixin, View):
    def post(self, request, pk):
        strategy = editor_strategy(request, pk)
        _require(permissions.can_move_status(request.user, strategy.partnership_id))
        try:
            draft = services.strategy_start_refresh(strategy=strategy, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("editor:strategy", pk=pk)
        messages.success(request, f"Revision {draft.revision} was started as a draft.")
        return redirect("editor:strategy", pk=draft.pk)


class PreviewView(EditorMixin, TemplateView):
    """The public page exactly as it will look, marked as a preview."""

    template_name = "strategies/strategy_detail.html"

    def get_context_data(self, **kwargs):
        strategy = editor_strategy(
            self.request, self.kwargs["pk"], queryset=strategy_page_queryset()
        )
        return super().get_context_data(**strategy_page_context(strategy), preview=True, **kwargs)


class HistoryView(EditorMixin, TemplateView):
    template_name = "editor/history.html"

    def get_context_data(self, **kwargs):
        strategy = editor_strategy(self.request, self.kwargs["pk"])
        kinds = [(Strategy, "strategy", None)] + [
            (model, noun, kind) for kind, (model, _form, noun) in PARTS.items()
        ]
        entries = []
        for model, noun, kind in kinds:
            owner = {"id": strategy.pk} if model is Strategy else {"strategy_id": strategy.pk}
            records = list(
                model.history.filter(**owner)
                .select_related("history_user")
                .order_by("-history_date")[:200]
            )
            alive = set(model.objects.filter(**owner).values_list("pk", flat=True))
            # Each record is compared with the one before it of the same row, from this list
            # (not record.prev_record, which would cost a query per row).
            older: dict[int, object] = {}
            for record in reversed(records):
                described = _describe(record, older.get(record.id))
                older[record.id] = record
                restorable = kind and record.history_type == "-" and record.id not in alive
                entries.append((record, noun, kind, described, restorable))
        entries.sort(key=lambda e: e[0].history_date, reverse=True)
        return super().get_context_data(
            strategy=strategy,
            entries=entries[:300],
            can_edit=permissions.can_edit(self.request.user, strategy.partnership_id)
            and not strategy.is_frozen,
            **kwargs,
        )


def _describe(record, previous) -> str:
    name = getattr(record, "title", None) or getattr(record, "delivery", "")
    if record.history_type == "+":
        return f"added ‘{name}’"
    if record.history_type == "-":
        return f"deleted ‘{name}’"
    if previous is None:
        return f"changed ‘{name}’"
    changed = {c.field for c in record.diff_against(previous, excluded_fields=["version"]).changes}
    fields = [str(f.verbose_name) for f in record._meta.fields if f.name in changed]
    return f"changed {', '.join(fields) or 'nothing visible'} of ‘{name}’"


class RestoreView(EditorMixin, View):
    def post(self, request, pk, kind, history_id):
        strategy = editor_strategy(request, pk)
        _require(permissions.can_edit(request.user, strategy.partnership_id))
        if kind not in PARTS:
            raise Http404
        model = PARTS[kind][0]
        record = get_object_or_404(model.history, history_id=history_id)
        try:
            services.history_restore(strategy=strategy, record=record, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, f"The {PARTS[kind][2]} was restored.")
        return redirect("editor:history", pk=pk)


class CompareView(EditorMixin, TemplateView):
    """What changed between a revision and the one it replaces, in plain language."""

    template_name = "editor/compare.html"

    def get_context_data(self, **kwargs):
        newer = editor_strategy(self.request, self.kwargs["pk"])
        older_pk = self.request.GET.get("with") or newer.supersedes_id
        if not older_pk:
            raise Http404("This strategy has no earlier revision.")
        older = editor_strategy(self.request, older_pk)
        if older.partnership_id != newer.partnership_id:
            raise Http404
        revisions = Strategy.objects.filter(partnership=newer.partnership_id).exclude(
            Q(pk=newer.pk)
        )
        return super().get_context_data(
            newer=newer,
            older=older,
            strategy=newer,
            revisions=revisions,
            changes=compare_revisions(older, newer),
            **kwargs,
        )


class ActionPlanView(EditorMixin, View):
    """The action plan as a table, filtered by priority, lead, year and 4P; CSV export."""

    def get(self, request, pk):
        strategy = editor_strategy(request, pk)
        filterset = ActionFilter(request.GET or None, strategy=strategy)
        table = ActionTable(filterset.qs)
        if request.GET.get("_export") == "csv":
            return _csv_response(
                table.as_values(exclude_columns=("edit",)),
                f"{strategy.partnership.slug}-{strategy.slug}-actions.csv",
            )
        RequestConfig(request, paginate={"per_page": 50}).configure(table)
        can_edit = (
            permissions.can_edit(request.user, strategy.partnership_id) and not strategy.is_frozen
        )
        return render(
            request,
            "editor/action_plan.html",
            {"strategy": strategy, "table": table, "filter": filterset, "can_edit": can_edit},
        )


def _csv_response(rows, filename: str) -> HttpResponse:
    """Rows as a CSV download. Cells that a spreadsheet would run as a formula are
    prefixed with an apostrophe (CSV injection)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # so Excel reads UTF-8
    writer = csv.writer(response)
    for row in rows:
        writer.writerow(
            "'" + cell if isinstance(cell, str) and cell[:1] in ("=", "+", "-", "@") else cell
            for cell in row
        )
    return response
