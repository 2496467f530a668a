"""Monitoring in the editor workspace: quarterly progress, indicators and their figures."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views import View

from csp_portal.csvfiles import csv_response
from csp_portal.editor import RecordFormView
from csp_portal.fiscal import Quarter
from csp_portal.forms import model_data
from csp_portal.kinds import KindDeleteView, KindFormView
from csp_portal.record_pages import AddOrChangeMixin, ServiceRecordMixin
from partnerships import permissions
from strategies.access import StrategyAccessMixin
from strategies.models import Action

from . import services
from .forms import IndicatorForm, IndicatorImportForm, ProgressForm
from .imports import parse_indicator_csv
from .models import Indicator, ProgressUpdate
from .selectors import (
    can_publish_quarter,
    due_quarter,
    indicator_csv_rows,
    indicator_series,
    latest_published_quarter,
    opening_quarter,
    progress_overview,
    publish_refusal,
    reporting_quarters,
)


def chosen_quarter(request, strategy, default: Quarter | None = None) -> Quarter:
    """The quarter asked for (Http404 if it is not the plan's); otherwise `default`, or the
    plan's latest so far."""
    quarters = reporting_quarters(strategy)
    try:
        quarter = Quarter.parse(request.GET["quarter"])
    except (KeyError, ValueError):
        return default or quarters[-1]
    if quarter not in quarters:
        raise Http404("No such quarter for this plan")
    return quarter


class ProgressView(StrategyAccessMixin, View):
    def get(self, request, pk):
        strategy, user = self.strategy, request.user
        quarter = chosen_quarter(request, strategy, default=opening_quarter(strategy))
        groups = progress_overview(strategy, quarter)
        published = latest_published_quarter(strategy)
        approver = permissions.can_move_status(user, strategy.partnership_id)
        return render(
            request,
            "monitoring/editor/progress.html",
            {
                "strategy": strategy,
                "quarter": quarter,
                "quarters": reporting_quarters(strategy),
                "groups": groups,
                "due_quarter": due_quarter(quarter),
                "overdue": [item for group in groups for item in group.overdue],
                "published_quarter": published,
                "can_edit": permissions.can_change_public(
                    user,
                    strategy.partnership_id,
                    public=published is not None and quarter <= published,
                ),
                "can_publish": approver and can_publish_quarter(strategy, published, quarter),
                "publish_refusal": approver
                and (published is None or published < quarter)
                and publish_refusal(strategy, quarter),
            },
        )


class ProgressUpdateView(StrategyAccessMixin, RecordFormView):
    needs = permissions.EDIT
    template_name = "monitoring/editor/progress_form.html"
    form_class = ProgressForm
    heading = _("Progress update")

    @cached_property
    def action(self) -> Action:
        return get_object_or_404(Action, pk=self.kwargs["action_pk"], strategy=self.strategy)

    def get_initial(self):
        quarter = chosen_quarter(self.request, self.strategy)
        existing = self.action.progress_updates.filter(
            year=quarter.year, quarter=quarter.number
        ).first()
        initial = {"quarter": quarter.slug}
        if existing:
            initial.update(
                rag=existing.rag,
                commentary=existing.commentary,
                evidence_url=existing.evidence_url,
            )
        return initial

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "quarters": reporting_quarters(self.strategy)}

    def get_context_data(self, **kwargs):
        return super().get_context_data(action=self.action, **kwargs)

    def changing(self):
        """The action's update for the quarter, or none yet: an update someone else saves
        for the same quarter meanwhile is not saved over."""
        sent = self.request.POST.get("quarter") if self.request.method == "POST" else None
        try:
            quarter = Quarter.parse(sent) if sent else chosen_quarter(self.request, self.strategy)
        except ValueError:
            return None
        stored = self.action.progress_updates.filter(year=quarter.year, quarter=quarter.number)
        return stored.first() or ProgressUpdate(action=self.action)

    def record_noun(self) -> str:
        return "update"

    def save(self, form) -> None:
        self.quarter = form.chosen_quarter
        try:
            self.update = services.progress_record(
                action=self.action,
                quarter=self.quarter,
                data={
                    "rag": form.cleaned_data["rag"],
                    "commentary": form.cleaned_data["commentary"],
                    "evidence_url": form.cleaned_data["evidence_url"],
                },
                by=self.request.user,
            )
        except ValidationError as error:
            raise ValidationError({"quarter": error.messages}) from error

    def get_success_message(self) -> str:
        if self.update.late:
            return gettext(
                "The update for %(quarter)s was saved (late: the quarter had closed)."
            ) % {"quarter": self.quarter.short_label}
        return gettext("The update for %(quarter)s was saved.") % {
            "quarter": self.quarter.short_label
        }

    def get_success_url(self) -> str:
        return (
            reverse("monitoring_editor:progress", kwargs={"pk": self.strategy.pk})
            + f"?quarter={self.quarter.slug}#action-{self.action.pk}"
        )


class PublishQuarterView(StrategyAccessMixin, View):
    needs = permissions.APPROVE

    def post(self, request, pk):
        try:
            quarter = Quarter.parse(request.POST.get("quarter", ""))
            services.quarter_publish(strategy=self.strategy, quarter=quarter, by=request.user)
        except ValueError:
            raise Http404("No such quarter") from None
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                gettext("Progress up to %(short_label)s is now public.")
                % {"short_label": quarter.short_label},
            )
        return redirect(
            reverse("monitoring_editor:progress", kwargs={"pk": pk}) + f"?quarter={quarter.slug}"
        )


class IndicatorsView(StrategyAccessMixin, View):
    def get(self, request, pk):
        return render(
            request,
            "monitoring/editor/indicators.html",
            {
                "strategy": self.strategy,
                "indicators": indicator_series(self.strategy),
                "can_edit": self.can_edit(),
            },
        )


class IndicatorView(AddOrChangeMixin, StrategyAccessMixin, RecordFormView):
    needs = permissions.EDIT
    template_name = "monitoring/editor/indicator_form.html"
    form_class = IndicatorForm
    success_message = _("The indicator was saved.")
    model = Indicator
    pk_kwarg = "indicator_pk"
    owner_field = "strategy"
    record_name = "indicator"
    noun = "indicator"
    article = "an"
    saves_with = staticmethod(services.indicator_save)

    def get_success_url(self) -> str:
        return reverse("monitoring_editor:indicators", kwargs={"pk": self.strategy.pk})


class FigureMixin(ServiceRecordMixin, StrategyAccessMixin):
    """A page of one figure of an indicator of the plan, `indicator_pk` in the address.
    Figures are recorded against a published plan too: its delivery is not frozen."""

    needs = permissions.EDIT
    owner_field = "indicator"
    record_name = "value"
    deletes_with = staticmethod(services.indicator_value_delete)

    @cached_property
    def indicator(self) -> Indicator:
        return get_object_or_404(
            Indicator.objects.select_related("strategy"),
            pk=self.kwargs["indicator_pk"],
            strategy=self.strategy,
        )

    def owner(self) -> Indicator:
        return self.indicator

    def owner_url_kwargs(self) -> dict:
        return {"pk": self.strategy.pk}

    def list_url(self) -> str:
        return f"{super().list_url()}#indicator-{self.indicator.pk}"

    def caption(self) -> str:
        return self.indicator.name


class FigureView(FigureMixin, KindFormView):
    def save(self, form) -> None:
        year, quarter = form.chosen_period
        services.indicator_value_save(
            indicator=self.indicator,
            value=self.record,
            data={"year": year, "quarter": quarter, **model_data(form)},
            by=self.request.user,
        )


class FigureDeleteView(FigureMixin, KindDeleteView):
    pass


class IndicatorImportView(StrategyAccessMixin, RecordFormView):
    needs = permissions.EDIT
    template_name = "monitoring/editor/indicator_import.html"
    form_class = IndicatorImportForm
    heading = _("Import figures")

    def form_valid(self, form):
        parsed = parse_indicator_csv(self.strategy, form.cleaned_data["file"].read())
        if parsed.errors:
            form.add_error("file", gettext("The file has errors, listed below. Nothing was saved."))
            context = self.get_context_data(form=form, row_errors=parsed.errors)
            return self.render_to_response(context, status=400)
        self.parsed = parsed
        return super().form_valid(form)

    def save(self, form) -> None:
        self.saved = services.indicator_values_import(
            strategy=self.strategy, rows=self.parsed.rows, by=self.request.user
        )

    def get_success_message(self) -> str:
        return ngettext("%(saved)s figure saved.", "%(saved)s figures saved.", self.saved) % {
            "saved": self.saved
        }

    def get_success_url(self) -> str:
        return reverse("monitoring_editor:indicators", kwargs={"pk": self.strategy.pk})


class IndicatorExportView(StrategyAccessMixin, View):
    def get(self, request, pk):
        strategy = self.strategy
        return csv_response(
            indicator_csv_rows(strategy),
            f"{strategy.partnership.slug}-{strategy.slug}-indicators.csv",
        )
