"""Results reported for a consultation held elsewhere, added, changed and deleted as every
kind of record is (csp_portal.kinds)."""

from csp_portal.kinds import Kind

from .forms import ReportedResultForm
from .models import ReportedResult

REPORTED_RESULT = Kind(
    "reported_result",
    "reported",
    ReportedResult,
    ReportedResultForm,
    "reported result",
    "consultations_editor:detail",
    "reported",
    another=True,
)
