"""A consultation's public text, in Welsh and English (read by django-modeltranslation).
The answers of a list are stored by their place in it, so a list has a version in each
language and the answers still count together."""

from csp_portal.bilingual import register_translated

from .models import Consultation, ConsultationChange, Question

register_translated(Consultation, "title", "introduction", "summary")
register_translated(Question, "text", "hint", "options")
register_translated(ConsultationChange, "you_said", "we_did")
