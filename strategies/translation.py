"""The plan's public text, in Welsh and English (read by django-modeltranslation)."""

from csp_portal.bilingual import register_translated

from .models import Action, DeliveryArea, Milestone, StrategicPriority, Strategy

register_translated(
    Strategy,
    "title",
    "summary",
    "vision",
    "aims",
    "delivery_approach",
    "strategy_level_areas_heading",
)
register_translated(StrategicPriority, "title", "subtitle", "description")
register_translated(DeliveryArea, "title", "description")
register_translated(Action, "area", "delivery", "success_measure", "target", "lead_description")
register_translated(Milestone, "title", "note")
