"""Published progress and the indicators' names, in Welsh and English (read by
django-modeltranslation)."""

from csp_portal.bilingual import register_translated

from .models import Indicator, ProgressUpdate

register_translated(ProgressUpdate, "commentary")
register_translated(Indicator, "name")
