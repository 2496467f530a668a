"""The workspace pages that combine apps: the dashboard, a strategy's overview (its parts,
workflow, consultations and progress), the preview of its public page, and a partnership's
statutory checklist and the history of its records."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.views import View

from csp_portal.editor import PortalPageMixin
from monitoring.selectors import due_quarter, progress_overview, reporting_quarters
from partnerships import permissions
from partnerships.access import PartnershipAccessMixin
from partnerships.selectors import group_by_role
from strategies import services as strategy_services
from strategies.access import StrategyAccessMixin
from strategies.bilingual import translation_gaps
from strategies.selectors import can_start_refresh, strategy_for_editor

from ..checklist import statutory_checklist
from ..forms import AsAtForm
from ..history import partnership_history
from ..pages import strategy_page_context
from ..selectors import dashboard, first_steps, partnership_workspace, strategy_page_queryset
from ..tasks import pdf_of_record_state, restart_pdfs_of_record


class DashboardView(PortalPageMixin, View):
    """Your workspace: for anyone signed in."""

    needs = permissions.SIGNED_IN

    def get(self, request):
        return render(request, "reports/editor/dashboard.html", dashboard(request.user))


class StrategyPageMixin(StrategyAccessMixin):
    """The strategy with everything its public page shows."""

    def get_scoped(self):
        return strategy_for_editor(
            self.request.user, self.kwargs["pk"], queryset=strategy_page_queryset()
        )


class StrategyOverviewView(StrategyPageMixin, View):
    def get(self, request, pk):
        strategy, user = self.strategy, request.user
        record_draft = strategy.published_elsewhere and strategy.status == strategy.Status.DRAFT
        return render(
            request,
            "reports/editor/strategy.html",
            {
                **strategy_page_context(strategy),
                "risks": strategy.risks.all(),
                "translation_gaps": translation_gaps(strategy),
                "transitions": strategy.transitions.select_related("by"),
                # A record of a plan published elsewhere is published as one, not consulted on.
                "next_statuses": []
                if record_draft
                else [
                    (status, strategy_services.ACTION_LABELS[status])
                    for status in strategy_services.allowed_transitions(strategy)
                ],
                "can_edit": self.can_edit() and not strategy.is_frozen,
                "can_move": permissions.can_move_status(user, strategy.partnership_id),
                "can_upload": permissions.can_change_public(
                    user, strategy.partnership_id, public=strategy.is_public
                ),
                "can_refresh": can_start_refresh(strategy),
                "can_record_publication": record_draft,
                "refresh": strategy_services.refresh_proposal(strategy),
                "progress": progress_overview(strategy, reporting_quarters(strategy)[-1]),
                "progress_due": due_quarter(reporting_quarters(strategy)[-1]),
                "strategy_consultations": strategy.consultations.all(),
                "partnership_subgroups": strategy.partnership.subgroups.all(),
                "pdf_of_record": strategy.is_public and pdf_of_record_state(strategy),
            },
        )


class PdfOfRecordView(StrategyPageMixin, View):
    """Try again: the PDF of record of a published plan, whose job failed, queued anew by an
    approver (the overview page says it failed)."""

    needs = permissions.APPROVE
    http_method_names = ["post"]

    def post(self, request, pk):
        if self.strategy.is_public and pdf_of_record_state(self.strategy):
            restart_pdfs_of_record(self.strategy)
            messages.success(request, "The PDF is being prepared again.")
        return redirect("reports_editor:strategy", pk=pk)


class PreviewView(StrategyPageMixin, View):
    """The public page exactly as it will look, marked as a preview."""

    def get(self, request, pk):
        context = {**strategy_page_context(self.strategy), "preview": True}
        return render(request, "reports/strategy_detail.html", context)


class PartnershipWorkspaceView(PartnershipAccessMixin, View):
    """The partnership's page in the workspace: its profile and every record it keeps, with
    what a new partnership does first."""

    def get(self, request, slug):
        partnership = partnership_workspace(self.partnership)
        steps, user = first_steps(partnership), request.user
        return render(
            request,
            "reports/editor/partnership.html",
            {
                "partnership": partnership,
                "first_steps": steps if not all(step.done for step in steps) else [],
                "can_edit": permissions.can_edit(user, partnership.pk),
                "can_manage": permissions.can_manage_roles(user, partnership.pk),
                "member_groups": group_by_role(partnership.memberships.all()),
            },
        )


class ChecklistView(PartnershipAccessMixin, View):
    """The duties as at today, or as at the day asked for (a GET form: the address of the
    checklist of a day can be kept and shared)."""

    def get(self, request, slug):
        form = AsAtForm(request.GET if "as_at_2" in request.GET else None)
        day = form.cleaned_data["as_at"] if form.is_valid() else None
        as_at = day.start if day else None
        return render(
            request,
            "reports/editor/checklist.html",
            {
                "partnership": self.partnership,
                "form": form,
                "as_at": as_at,
                "checklist": statutory_checklist(self.partnership, as_at),
                "strategies": self.partnership.strategies.all(),
            },
        )


class PartnershipHistoryView(PartnershipAccessMixin, View):
    """Who changed what in the partnership's records, and when."""

    def get(self, request, slug):
        return render(
            request,
            "reports/editor/partnership_history.html",
            {"partnership": self.partnership, "entries": partnership_history(self.partnership)},
        )
