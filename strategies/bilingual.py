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

from csp_portal.bilingual import LANGUAGE_NAMES, needing_review, text_in, translated_fields
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
        name = self.record._meta.get_field(self.field).verbose_name
        what = type(self.record)._meta.verbose_name
        problem = "needs review" if self.needs_review else "is missing"
        return f"{what.capitalize()} ‘{self.record}’: the {LANGUAGE_NAMES[self.language]} of "\
            f"its {name} {problem}"  # fmt: skip


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
            f"This plan is published in Welsh and English: {len(gaps)} of its texts "
            f"{'is' if len(gaps) == 1 else 'are'} not ready in both. The first: {gaps[0]}. "
            "The strategy's page lists them all."
        )
