"""The parts of a strategy (priorities, delivery areas, actions, milestones, risks, policy
links), and what goes with it or with the partnership (documents, assessments, what each
subgroup delivers), added, changed and deleted as every kind of record is."""

from django.shortcuts import get_object_or_404, redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View

from csp_portal.editor import RecordFormView, carry_out
from csp_portal.forms import model_data
from csp_portal.kinds import Kind, KindDeleteView, KindFormView
from csp_portal.nouns import in_words
from csp_portal.record_pages import ServiceRecordMixin
from partnerships import permissions
from partnerships.access import PartnershipRecordMixin
from partnerships.views import RecordDeleteView, RecordView
from subgroups.models import Subgroup

from .. import services
from ..access import StrategyAccessMixin, overview_url
from ..forms import (
    SubgroupDeliveryForm,
)
from ..models import DeliveryArea, StrategicPriority
from ..parts import PRIORITY


class StrategyRecordMixin(StrategyAccessMixin):
    """A page of one record of a strategy (csp_portal.kinds): `kind` comes from the URL
    pattern, `record_pk` (none on an add page) from the address."""

    needs = permissions.EDIT
    owner_field = "strategy"

    def owner_url_kwargs(self) -> dict:
        return {"pk": self.strategy.pk}

    def caption(self) -> str:
        return self.strategy.title


class PartMixin(ServiceRecordMixin, StrategyRecordMixin):
    """A part of the plan's content: refused once it is frozen."""

    changes_content = True
    record_name = "part"
    saves_with = staticmethod(services.part_save)


class PartView(PartMixin, KindFormView):
    """Add or change a part of a draft strategy."""


class PartDeleteView(PartMixin, KindDeleteView):
    def goes_with(self) -> list[str]:
        return goes_with(self.record)

    def delete(self) -> None:
        services.part_delete(strategy=self.strategy, part=self.record, by=self.request.user)

    def deleted_message(self) -> str:
        return gettext("The %(noun)s was deleted. You can restore it from the history.") % {
            "noun": in_words(self.kind.noun)
        }

    def get_context_data(self, **kwargs):
        return super().get_context_data(restorable=True, **kwargs)


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
        carry_out(request, services.priority_move, priority=priority, up=direction == "up")
        return redirect(overview_url(self.strategy, "priorities"))


class RestoreView(StrategyAccessMixin, View):
    needs = permissions.EDIT
    kind: Kind | None = None  # given by the URL pattern

    def post(self, request, pk, history_id):
        record = get_object_or_404(self.kind.model.history, history_id=history_id)
        carry_out(
            request,
            services.history_restore,
            done=gettext("The %(noun)s was restored.") % {"noun": in_words(self.kind.noun)},
            strategy=self.strategy,
            record=record,
        )
        return redirect("strategies_editor:history", pk=pk)


class SubgroupDeliveryView(StrategyAccessMixin, RecordFormView):
    """Which of the strategy's priorities and delivery areas one subgroup delivers."""

    needs = permissions.EDIT
    changes_content = True
    template_name = "form_page.html"
    form_class = SubgroupDeliveryForm
    success_message = _("What the subgroup delivers was saved.")

    @cached_property
    def subgroup(self) -> Subgroup:
        return get_object_or_404(
            Subgroup, pk=self.kwargs["subgroup_pk"], partnership=self.strategy.partnership_id
        )

    def get_heading(self) -> str:
        return gettext("What %(subgroup)s delivers") % {"subgroup": self.subgroup}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "strategy": self.strategy, "subgroup": self.subgroup}

    def get_context_data(self, **kwargs):
        return super().get_context_data(back_url=overview_url(self.strategy, "subgroups"), **kwargs)

    def save(self, form) -> None:
        services.subgroup_delivery_set(
            strategy=self.strategy,
            subgroup=self.subgroup,
            priorities=form.cleaned_data["priorities"],
            delivery_areas=form.cleaned_data["delivery_areas"],
            by=self.request.user,
        )

    def get_success_url(self) -> str:
        return overview_url(self.strategy, "subgroups")


class DocumentMixin:
    """Saves and deletes a document (csp_portal.kinds); documents can be added to a
    published plan too."""

    def save(self, form) -> None:
        document = form.instance
        document.partnership_id = self.partnership_id()
        services.document_save(
            document=document,
            data={name: value for name, value in model_data(form).items() if name != "file"},
            file=form.cleaned_data.get("file"),
            file_type=form.document_type,
            by=self.request.user,
        )

    def delete(self) -> None:
        services.document_delete(document=self.record, by=self.request.user)


class StrategyDocumentMixin(DocumentMixin, StrategyRecordMixin):
    """A document of a strategy: a published one's are public at once, so an approver's."""

    @property
    def needs(self):
        return permissions.APPROVE if self.strategy.is_public else permissions.EDIT


class DocumentView(StrategyDocumentMixin, KindFormView):
    template_name = "strategies/editor/document_form.html"


class DocumentDeleteView(StrategyDocumentMixin, KindDeleteView):
    pass


class PartnershipDocumentView(DocumentMixin, PartnershipRecordMixin, KindFormView):
    template_name = "strategies/editor/document_form.html"


class PartnershipDocumentDeleteView(DocumentMixin, PartnershipRecordMixin, KindDeleteView):
    pass


class AssessmentView(RecordView):
    """An assessment of the partnership's area, kept as its other records are."""


class AssessmentDeleteView(RecordDeleteView):
    pass
