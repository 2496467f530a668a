"""Nothing published half-translated: a bilingual partnership's plan cannot be sent out for
consultation or published while any public text of it lacks its Welsh or its English, or
was written against a version of the other language that has changed since (needs review).

The plan's parts of the apps above this one (consultations, indicators) are declared in
their AppConfig as `translated_plan_parts`: {model name: (the way from it to the strategy,
as a lookup; its editor page's URL name; that URL's arguments, from the record's
attributes)}."""

from dataclasses import dataclass

from django.apps import apps
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext, ngettext, pgettext_lazy

from csp_portal.bilingual import needing_review, text_in, translated_fields
from subgroups.models import Subgroup

from .models import Action, DeliveryArea, Milestone, StrategicPriority, Strategy

PART = {"pk": "strategy_id", "record_pk": "pk"}
OWN_PARTS = {
    StrategicPriority: ("strategy", "strategies_editor:priority_edit", PART),
    DeliveryArea: ("strategy", "strategies_editor:delivery_area_edit", PART),
    Action: ("strategy", "strategies_editor:action_edit", PART),
    Milestone: ("strategy", "strategies_editor:milestone_edit", PART),
}


@dataclass(frozen=True)
class Gap:
    """One text of the plan that is not ready in both languages."""

    record: object
    field: str
    language: str
    needs_review: bool
    url: str

    def __str__(self) -> str:
        name = FIELD_NAMES.get(self.field) or self.record._meta.get_field(self.field).verbose_name
        what = RECORD_NAMES.get(type(self.record)._meta.model_name) or str(
            type(self.record)._meta.verbose_name
        )
        problem = PROBLEMS[(self.language, self.needs_review)]
        return problem % {
            "what": str(what)[:1].upper() + str(what)[1:],
            "record": self.record,
            "field": name,
        }


# The names of the records and texts a plan's gaps name (Django's own names of them, which
# it derives from the code, are English only).
RECORD_NAMES = {
    "partnership": pgettext_lazy("a name", "partnership"),
    "subgroup": pgettext_lazy("a name", "subgroup"),
    "strategy": pgettext_lazy("a name", "strategy"),
    "strategicpriority": pgettext_lazy("a name", "strategic priority"),
    "deliveryarea": pgettext_lazy("a name", "delivery area"),
    "action": pgettext_lazy("a name", "action"),
    "milestone": pgettext_lazy("a name", "milestone"),
    "consultation": pgettext_lazy("a name", "consultation"),
    "question": pgettext_lazy("a name", "question"),
    "consultationchange": pgettext_lazy("a name", "consultation change"),
    "progressupdate": pgettext_lazy("a name", "progress update"),
    "indicator": pgettext_lazy("a name", "indicator"),
}
FIELD_NAMES = {
    "local_name": pgettext_lazy("a name", "local name"),
    "board_name": pgettext_lazy("a name", "board name"),
    "board_meets": pgettext_lazy("a name", "board meets"),
    "description": pgettext_lazy("a name", "description"),
    "area": pgettext_lazy("a name", "area"),
    "meeting_frequency": pgettext_lazy("a name", "meeting frequency"),
    "overview": pgettext_lazy("a name", "overview"),
    "name": pgettext_lazy("a name", "name"),
    "deputy_chair_role": pgettext_lazy("a name", "deputy chair role"),
    "chair_role": pgettext_lazy("a name", "chair role"),
    "title": pgettext_lazy("a name", "title"),
    "delivery_approach": pgettext_lazy("a name", "delivery approach"),
    "vision": pgettext_lazy("a name", "vision"),
    "summary": pgettext_lazy("a name", "summary"),
    "aims": pgettext_lazy("a name", "aims"),
    "subtitle": pgettext_lazy("a name", "subtitle"),
    "delivery": pgettext_lazy("a name", "delivery"),
    "success_measure": pgettext_lazy("a name", "success measure"),
    "target": pgettext_lazy("a name", "target"),
    "lead_description": pgettext_lazy("a name", "lead description"),
    "note": pgettext_lazy("a name", "note"),
    "introduction": pgettext_lazy("a name", "introduction"),
    "hint": pgettext_lazy("a name", "hint"),
    "text": pgettext_lazy("a name", "text"),
    "we_did": pgettext_lazy("a name", "we did"),
    "you_said": pgettext_lazy("a name", "you said"),
    "commentary": pgettext_lazy("a name", "commentary"),
}
PROBLEMS = {
    ("cy", False): pgettext_lazy(
        "a gap", "%(what)s ‘%(record)s’: the Welsh of its %(field)s is missing"
    ),
    ("cy", True): pgettext_lazy(
        "a gap", "%(what)s ‘%(record)s’: the Welsh of its %(field)s needs review"
    ),
    ("en", False): pgettext_lazy(
        "a gap", "%(what)s ‘%(record)s’: the English of its %(field)s is missing"
    ),
    ("en", True): pgettext_lazy(
        "a gap", "%(what)s ‘%(record)s’: the English of its %(field)s needs review"
    ),
}


def _attribute(record, path: str):
    for name in path.split("."):
        record = getattr(record, name)
    return record


def _declared_parts() -> dict:
    parts = dict(OWN_PARTS)
    for config in apps.get_app_configs():
        for name, way in getattr(config, "translated_plan_parts", {}).items():
            parts[config.get_model(name)] = way
    return parts


def plan_records(strategy: Strategy):
    """Every record whose text the plan's public pages show, with its editor page."""
    partnership = strategy.partnership
    yield partnership, reverse("partnerships_editor:profile", kwargs={"slug": partnership.slug})
    yield strategy, reverse("strategies_editor:edit", kwargs={"pk": strategy.pk})
    for subgroup in Subgroup.objects.filter(partnership=partnership, is_public=True):
        kwargs = {"slug": partnership.slug, "record_pk": subgroup.pk}
        yield subgroup, reverse("subgroups_editor:subgroup_edit", kwargs=kwargs)
    for model, (way, url_name, arguments) in _declared_parts().items():
        for record in model.objects.filter(**{way: strategy}):
            kwargs = {key: _attribute(record, path) for key, path in arguments.items()}
            yield record, reverse(url_name, kwargs=kwargs)


def translation_gaps(strategy: Strategy) -> list[Gap]:
    """What the plan lacks in either language, or has to review; nothing for a partnership
    that publishes in English only."""
    if not strategy.partnership.is_bilingual:
        return []
    gaps = []
    for record, url in plan_records(strategy):
        review = set(needing_review(record))
        for field in translated_fields(type(record)):
            texts = {language: text_in(record, field, language) for language in ("en", "cy")}
            if not any(texts.values()):
                continue  # an optional text left empty in both
            for language, text in texts.items():
                if not text or (field, language) in review:
                    gaps.append(Gap(record, field, language, bool(text), url))
    return gaps


def check_fully_translated(strategy: Strategy) -> None:
    """Refuse the step while anything lacks a language (the editor lists what)."""
    if gaps := translation_gaps(strategy):
        raise ValidationError(
            " ".join(
                (
                    ngettext(
                        "This plan is published in Welsh and English: %(count)s of its texts "
                        "is not ready in both.",
                        "This plan is published in Welsh and English: %(count)s of its texts "
                        "are not ready in both.",
                        len(gaps),
                    )
                    % {"count": len(gaps)},
                    gettext("The first: %(gap)s.") % {"gap": gaps[0]},
                    gettext("The strategy's page lists them all."),
                )
            )
        )
