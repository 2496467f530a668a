"""Monitoring in the editor workspace: quarterly progress, indicators and the board report."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views import View

from csp_portal import permissions

from . import services
from .editor_views import EditorMixin, _csv_response, _require, editor_strategy
from .forms import IndicatorForm, IndicatorImportForm, ProgressForm
from .models import Action, Indicator
from .monitoring import (
    indicator_csv_rows,
    indicator_series,
    latest_published_quarter,
    parse_indicator_csv,
    progress_overview,
    reporting_quarters,
)
from .quarters import Quarter, last_closed


def chosen_quarter(request, strategy) -> Quarter:
    quarters = reporting_quarters(strategy)
    try:
        quarter = Quarter.parse(request.GET["quarter"])
    except (KeyError, ValueError):
        return quarters[-1]
    if quarter not in quarters:
        raise Http404("No such quarter for this plan")
    return quarter


class StrategyMixin(EditorMixin):
    """Fetches self.strategy (404 if not the user's); `needs` says which role acts."""

    needs = "read"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.strategy = editor_strategy(request, kwargs["pk"])
        if self.needs == "edit":
            _require(permissions.can_edit(request.user, self.strategy.partnership_id))
        elif self.needs == "approve":
            _require(permissions.can_move_status(request.user, self.strategy.partnership_id))
        return super().dispatch(request, *args, **kwargs)


class ProgressView(StrategyMixin, View):
    def get(self, request, pk):
        strategy, user = self.strategy, request.user
        quarter = chosen_quarter(request, strategy)
        groups = progress_overview(strategy, quarter)
        published = latest_published_quarter(strategy)
        return render(
            request,
            "editor/progress.html",
            {
                "strategy": strategy,
                "quarter": quarter,
                "quarters": reporting_quarters(strategy),
                "groups": groups,
                "due_quarter": min(last_closed(), quarter),
                "overdue": [item for group in groups for item in group.overdue],
                "published_quarter": published,
                "can_edit": permissions.can_edit(user, strategy.partnership_id),
                "can_publish": permissions.can_move_status(user, strategy.partnership_id)
                and (published is None or published < quarter),
            },
        )


class ProgressUpdateView(StrategyMixin, View):
    needs = "edit"
    template_name = "editor/progress_form.html"

    def get_action(self):
        return get_object_or_404(Action, pk=self.kwargs["action_pk"], strategy=self.strategy)

    def show(self, form, action):
        return render(
            self.request,
            self.template_name,
            {"strategy": self.strategy, "action": action, "form": form},
        )

    def get(self, request, pk, action_pk):
        action = self.get_action()
        quarter = chosen_quarter(request, self.strategy)
        existing = action.progress_updates.filter(year=quarter.year, quarter=quarter.number).first()
        initial = {"quarter": quarter.slug}
        if existing:
            initial.update(
                rag=existing.rag,
                commentary=existing.commentary,
                evidence_url=existing.evidence_url,
            )
        form = ProgressForm(initial=initial, quarters=reporting_quarters(self.strategy))
        return self.show(form, action)

    def post(self, request, pk, action_pk):
        action = self.get_action()
        form = ProgressForm(request.POST, quarters=reporting_quarters(self.strategy))
        if not form.is_valid():
            return self.show(form, action)
        quarter = form.chosen_quarter
        try:
            update = services.progress_record(
                action=action,
                quarter=quarter,
                data={
                    "rag": form.cleaned_data["rag"],
                    "commentary": form.cleaned_data["commentary"],
                    "evidence_url": form.cleaned_data["evidence_url"],
                },
                by=request.user,
            )
        except ValidationError as error:
            form.add_error("quarter", error)
            return self.show(form, action)
        messages.success(
            request,
            f"The update for {quarter.short_label} was saved"
            + (" (late: the quarter had closed)." if update.late else "."),
        )
        return redirect(
            reverse("editor:progress", kwargs={"pk": pk})
            + f"?quarter={quarter.slug}#action-{action.pk}"
        )


class PublishQuarterView(StrategyMixin, View):
    needs = "approve"

    def post(self, request, pk):
        try:
            quarter = Quarter.parse(request.POST.get("quarter", ""))
            services.quarter_publish(strategy=self.strategy, quarter=quarter, by=request.user)
        except ValueError:
            raise Http404("No such quarter") from None
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, f"Progress up to {quarter.short_label} is now public.")
        return redirect(reverse("editor:progress", kwargs={"pk": pk}) + f"?quarter={quarter.slug}")


class IndicatorsView(StrategyMixin, View):
    def get(self, request, pk):
        return render(
            request,
            "editor/indicators.html",
            {
                "strategy": self.strategy,
                "indicators": indicator_series(self.strategy),
                "can_edit": permissions.can_edit(request.user, self.strategy.partnership_id),
            },
        )


class IndicatorView(StrategyMixin, View):
    needs = "edit"
    template_name = "editor/indicator_form.html"

    def get_indicator(self):
        if "indicator_pk" not in self.kwargs:
            return Indicator(strategy=self.strategy)
        return get_object_or_404(Indicator, pk=self.kwargs["indicator_pk"], strategy=self.strategy)

    def show(self, form, indicator):
        return render(
            self.request,
            self.template_name,
            {"strategy": self.strategy, "form": form, "indicator": indicator},
        )

    def get(self, request, pk, indicator_pk=None):
        indicator = self.get_indicator()
        return self.show(IndicatorForm(instance=indicator, strategy=self.strategy), indicator)

    def post(self, request, pk, indicator_pk=None):
        indicator = self.get_indicator()
        form = IndicatorForm(request.POST, instance=indicator, strategy=self.strategy)
        if not form.is_valid():
            return self.show(form, indicator)
        services.indicator_save(strategy=self.strategy, form=form, by=request.user)
        messages.success(request, "The indicator was saved.")
        return redirect("editor:indicators", pk=pk)


class IndicatorImportView(StrategyMixin, View):
    needs = "edit"
    template_name = "editor/indicator_import.html"

    def show(self, form, errors=()):
        return render(
            self.request,
            self.template_name,
            {"strategy": self.strategy, "form": form, "row_errors": errors},
            status=400 if errors else 200,
        )

    def get(self, request, pk):
        return self.show(IndicatorImportForm())

    def post(self, request, pk):
        form = IndicatorImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.show(form)
        parsed = parse_indicator_csv(self.strategy, form.cleaned_data["file"].read())
        if parsed.errors:
            form.add_error("file", "The file has errors, listed below. Nothing was saved.")
            return self.show(form, parsed.errors)
        saved = services.indicator_values_import(
            strategy=self.strategy, rows=parsed.rows, by=request.user
        )
        messages.success(request, f"{saved} figure{'s' if saved != 1 else ''} saved.")
        return redirect("editor:indicators", pk=pk)


class IndicatorExportView(StrategyMixin, View):
    def get(self, request, pk):
        strategy = self.strategy
        return _csv_response(
            indicator_csv_rows(strategy),
            f"{strategy.partnership.slug}-{strategy.slug}-indicators.csv",
        )
