"""An indicator's figures, entered, corrected and deleted one at a time as every kind of
record is (csp_portal.kinds)."""

from csp_portal.kinds import Kind

from .forms import FigureForm
from .models import IndicatorValue

FIGURE = Kind(
    "figure", "figures", IndicatorValue, FigureForm, "figure", "monitoring_editor:indicators"
)
