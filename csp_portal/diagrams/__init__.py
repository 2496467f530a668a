"""Diagrams drawn on the server as SVG from the data: no charting library, no CDN.

Every diagram is an image with a title and a description; the page shows the same content as
a list or a table beside it, which is what screen readers and keyboard users read. A chart or
a timeline is drawn twice, for a phone and for wider screens and print, and the stylesheets
show one (static/src/portal.scss, static/pdf/print.css)."""

from .charts import Bar, bar_chart, line_chart
from .governance import Box, Step, governance_diagram, timeline_diagram

__all__ = [
    "Bar",
    "Box",
    "Step",
    "bar_chart",
    "governance_diagram",
    "line_chart",
    "timeline_diagram",
]
