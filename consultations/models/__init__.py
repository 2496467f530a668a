"""Consultation of residents, businesses and groups on a draft strategy: the questions, the
responses, what people said and what the partnership did about it."""

from .consultation import OPEN_STATUS, Consultation, ConsultationQuerySet, Question
from .outcomes import ConsultationChange, ReportedResult
from .responses import (
    REFERENCE_ALPHABET,
    Answer,
    Response,
    ResponseQuerySet,
    UpdateRequest,
    new_reference,
)
from .tallies import Tally

__all__ = [
    "OPEN_STATUS",
    "REFERENCE_ALPHABET",
    "Answer",
    "Consultation",
    "ConsultationChange",
    "ConsultationQuerySet",
    "Question",
    "ReportedResult",
    "Response",
    "ResponseQuerySet",
    "Tally",
    "UpdateRequest",
    "new_reference",
]
