"""The strategy editor: community safety managers write, review, approve and publish plans.

Every view passes the access toolkit (csp_portal.editor): the strategy is found among the
user's partnerships' (404 otherwise), the role is checked (403), and pages that change the
plan refuse a published one. Then one service is called.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View

from csp_portal import tables
from csp_portal.csvfiles import csv_response
from csp_portal.editor import RecordFormView
from csp_portal.forms import model_data
from csp_portal.imports import ImportView, Preview
from partnerships import permissions
from partnerships.views import WorkspaceFormMixin

from .. import selectors, services
from ..access import StrategyAccessMixin, overview_url
from ..compare import compare_revisions
from ..filters import ActionFilter
from ..forms import (
    ActionImportForm,
    NewStrategyForm,
    RecordPublicationForm,
    RefreshForm,
    StrategyForm,
    TransitionForm,
)
from ..history import changed_since, history_entries
from ..imports import ALIASES, COLUMNS, HINTS, parse_action_plan
from ..models import Strategy
from ..tables import ActionTable


class StrategyEditView(StrategyAccessMixin, RecordFormView):
    """The strategy's own fields, refused if someone else saved since the form was opened."""

    needs = permissions.EDIT
    changes_content = True
    template_name = "strategies/editor/strategy_form.html"
    form_class = StrategyForm
    heading = _("Change the details")
    success_message = _("The strategy was saved.")

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        # A posted form fills a copy: the page's own strategy keeps what is saved.
        posted = self.request.method == "POST"
        kwargs["instance"] = Strategy.objects.get(pk=self.strategy.pk) if posted else self.strategy
        kwargs["initial"] = {"version": self.strategy.version}
        return kwargs

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


class TransitionView(StrategyAccessMixin, RecordFormView):
    """A step of the workflow, on a page of its own that says what the step means (what a
    publication makes public) and asks what it needs: why a plan goes back to draft, what
    an approval rests on, the day of publication."""

    needs = permissions.APPROVE
    template_name = "strategies/editor/transition.html"
    form_class = TransitionForm

    @cached_property
    def to(self) -> str:
        return (self.request.POST.get("to") or self.request.GET.get("to") or "").strip()

    def get(self, request, *args, **kwargs):
        if self.to not in services.allowed_transitions(self.strategy):
            messages.error(request, gettext("That step is not open to the strategy now."))
            return redirect(overview_url(self.strategy))
        return super().get(request, *args, **kwargs)

    def get_heading(self) -> str:
        return str(services.ACTION_LABELS.get(self.to, gettext("Change the status")))

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "strategy": self.strategy, "to": self.to}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            to=self.to,
            back_url=overview_url(self.strategy),
            becomes_public=selectors.publication_summary(self.strategy)
            if self.to == Strategy.Status.PUBLISHED
            else None,
            sender=services.sent_for_approval_by(self.strategy),
            **kwargs,
        )

    def save(self, form) -> None:
        data = form.cleaned_data
        published = data.get("published_on")
        services.strategy_transition(
            strategy=self.strategy,
            to=data["to"],
            by=self.request.user,
            comment=data["comment"],
            decision=services.Decision(
                meeting=data.get("decision_meeting"),
                reference=data.get("decision_reference", ""),
            ),
            published_on=published.start if published else None,
        )

    def get_success_message(self) -> str:
        return gettext("The strategy is now %(status)s.") % {
            "status": str(Strategy.Status(self.to).label).lower()
        }

    def get_success_url(self) -> str:
        return overview_url(self.strategy)


class RefreshView(StrategyAccessMixin, RecordFormView):
    """The annual refresh, on a page that proposes the new revision's year, title, period
    and address, and asks what else to copy."""

    needs = permissions.APPROVE
    template_name = "strategies/editor/refresh.html"
    form_class = RefreshForm

    @cached_property
    def proposal(self) -> services.Proposal:
        return services.refresh_proposal(self.strategy)

    def get_heading(self) -> str:
        return gettext("Start the %(year)s refresh") % {"year": self.proposal.year_label}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "strategy": self.strategy, "proposal": self.proposal}

    def get_context_data(self, **kwargs):
        return super().get_context_data(back_url=overview_url(self.strategy), **kwargs)

    def save(self, form) -> None:
        data = form.cleaned_data
        self.draft, self.copied = services.strategy_start_refresh(
            strategy=self.strategy,
            by=self.request.user,
            title=data["title"],
            period=(data["period_start_year"], data["period_end_year"]),
            slug=data["slug"],
            copy=data["copy"],
        )

    def refused(self, form, error):
        if isinstance(error, services.RefreshInProgress):  # a second click, or a colleague's
            messages.info(self.request, error.message + " Here it is.")
            return redirect(overview_url(error.draft))
        return super().refused(form, error)

    def get_success_message(self) -> str:
        return gettext("Revision %(revision)s was started as a draft. Copied: %(copied)s.") % {
            "revision": self.draft.revision,
            "copied": ", ".join(self.copied),
        }

    def get_success_url(self) -> str:
        return overview_url(self.draft)


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
        tables.configure(request, table)
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


class ActionImportView(StrategyAccessMixin, ImportView):
    """Actions from a table: a file, or rows pasted from Word or Excel."""

    needs = permissions.EDIT
    changes_content = True
    form_class = ActionImportForm
    heading = _("Import actions")
    noun = "actions"
    columns = COLUMNS
    aliases = ALIASES
    required = "Delivery"
    column_hints = HINTS

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "strategy": self.strategy}

    def get_context_data(self, **kwargs):
        url = reverse("strategies_editor:actions", kwargs={"pk": self.strategy.pk})
        return super().get_context_data(
            back_url=url,
            example_url=f"{url}?_export=csv",
            example_label="download the action plan as it is now, in the same columns",
            **kwargs,
        )

    def existing(self) -> int:
        return self.strategy.actions.count()

    def parse(self, table, form) -> Preview:
        return parse_action_plan(
            self.strategy,
            table,
            default_year=form.cleaned_data["year"],
            new_leads=form.cleaned_data["new_leads"] or (),
        )

    def save_import(self, preview, form) -> None:
        try:
            services.action_plan_import(
                strategy=self.strategy,
                preview=preview,
                expected_version=form.cleaned_data["version"],
                by=self.request.user,
            )
        except services.StaleEdit:
            form.data = form.data.copy()
            form.data["version"] = Strategy.objects.get(pk=self.strategy.pk).version
            raise services.StaleEdit(
                "The strategy changed since this table was checked (or these rows were just "
                "imported): check the action plan, then import again if they are not there."
            ) from None

    def get_success_url(self) -> str:
        return reverse("strategies_editor:actions", kwargs={"pk": self.strategy.pk})


class StrategyAddView(WorkspaceFormMixin, RecordFormView):
    """An approver starts a strategy: a new draft, or the record of a plan published before
    the portal."""

    needs = permissions.APPROVE
    template_name = "form_page.html"
    form_class = NewStrategyForm
    heading = _("Add a strategy")
    success_message = _("The strategy was started. Add its priorities, actions and timeline.")

    def save(self, form) -> None:
        self.strategy = services.strategy_create(
            partnership=self.partnership, data=model_data(form), by=self.request.user
        )

    def get_success_url(self) -> str:
        return overview_url(self.strategy)


class RecordPublicationView(StrategyAccessMixin, RecordFormView):
    """The record of a plan published before the portal, published on its real date."""

    needs = permissions.APPROVE
    template_name = "strategies/editor/record_publication.html"
    form_class = RecordPublicationForm
    heading = _("Publish the record of the plan")
    success_message = _("The plan is published as the record of one published before the portal.")

    def get_context_data(self, **kwargs):
        return super().get_context_data(back_url=overview_url(self.strategy), **kwargs)

    def save(self, form) -> None:
        services.strategy_record_publication(
            strategy=self.strategy,
            published=form.cleaned_data["published_on"],
            comment=form.cleaned_data["comment"],
            by=self.request.user,
        )

    def get_success_url(self) -> str:
        return overview_url(self.strategy)
