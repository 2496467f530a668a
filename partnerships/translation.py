"""The partnership's public text, in Welsh and English (read by django-modeltranslation)."""

from csp_portal.bilingual import register_translated

from .models import Partnership

register_translated(Partnership, "local_name", "area", "description", "board_name", "board_meets")
