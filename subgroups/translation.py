"""A subgroup's public text, in Welsh and English (read by django-modeltranslation)."""

from csp_portal.bilingual import register_translated

from .models import Subgroup

register_translated(
    Subgroup, "name", "overview", "chair_role", "deputy_chair_role", "meeting_frequency"
)
