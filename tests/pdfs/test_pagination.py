"""The scrutiny pack and the board report of a plan with many indicators, laid out page by
page (WeasyPrint's own boxes, as csp_portal.pdf writes them) and checked: no page ends on a
heading, every chart is on the page of its heading, no table leaves a single row of its
body on a page."""

import datetime
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from csp_portal.fiscal import Quarter
from csp_portal.pdf import layout, render_pdf
from monitoring.models import Indicator, IndicatorValue, ProgressUpdate, QuarterPublication
from reports.pdfs import Kind, strategy_pdf_html
from tests.factories import ActionFactory, PriorityFactory, StrategyFactory

pytestmark = pytest.mark.django_db
HEADINGS = {"h1", "h2", "h3", "h4"}


@pytest.fixture
def plan():
    """A plan of 6 priorities, 48 actions with a year of progress, and 14 indicators with
    eight quarters of figures each."""
    strategy = StrategyFactory(
        status="published",
        period_start_year=2023,
        period_end_year=2026,
        published_on=datetime.date(2023, 6, 1),
    )
    priorities = [
        PriorityFactory(
            strategy=strategy, title=f"Priority {n}", description="Why it matters. " * 12
        )
        for n in range(6)
    ]
    for n in range(48):
        action = ActionFactory(
            strategy=strategy,
            priority=priorities[n % 6],
            year=2024,
            delivery=f"Action {n}: " + "joint work in the ward. " * (n % 4 + 1),
        )
        for quarter in range(1, 5):
            ProgressUpdate.objects.create(
                action=action,
                year=2024,
                quarter=quarter,
                rag=["green", "amber", "red", "complete"][n % 4],
                commentary="Reported at the board. " * (n % 3 + 1),
            )
    for quarter in range(1, 5):
        QuarterPublication.objects.create(strategy=strategy, year=2024, quarter=quarter)
    for n in range(14):
        indicator = Indicator.objects.create(
            strategy=strategy,
            name=f"Indicator {n}",
            unit="offences",
            direction="lower",
            baseline=Decimal(100 + n),
            baseline_period="2022/23",
            target=Decimal(90),
            order=n,
        )
        for i in range(8):
            IndicatorValue.objects.create(
                indicator=indicator,
                year=2023 + i // 4,
                quarter=i % 4 + 1,
                value=Decimal(100 + n - i),
            )
    return strategy


def in_order(page):
    """The page's boxes that have an element of their own, in the order they stand."""
    return [
        box for box in page._page_box.descendants() if getattr(box, "element", None) is not None
    ]


def check_pages(document) -> list[str]:
    problems, table_rows, heading_page = [], {}, None
    last = len(document.pages)
    for number, page in enumerate(document.pages, start=1):
        boxes = in_order(page)
        ends = [b for b in boxes if type(b).__name__ in {"BlockBox", "TableRowBox"}]
        if number < last and ends and ends[-1].element_tag in HEADINGS:
            words = " ".join("".join(ends[-1].element.itertext()).split())
            problems.append(f"page {number} ends on the heading ‘{words}’")
        for box in boxes:
            kind = type(box).__name__
            if box.element_tag in HEADINGS and kind == "BlockBox":
                heading_page = number
            if box.element_tag == "figure" and kind == "BlockBox" and heading_page != number:
                problems.append(
                    f"page {number} has a chart whose heading is on page {heading_page}"
                )
            if kind == "TableBox":
                rows = sum(
                    1
                    for group in box.children
                    if group.element_tag == "tbody"
                    for row in group.children
                    if type(row).__name__ == "TableRowBox"
                )
                table_rows.setdefault(id(box.element), []).append((number, rows))
    for pages in table_rows.values():
        if len(pages) > 1:
            problems.extend(
                f"page {page} has a single row of a table" for page, rows in pages if rows == 1
            )
    return problems


@pytest.mark.parametrize("kind", [Kind.SCRUTINY_REPORT, Kind.BOARD_REPORT])
def test_headings_charts_and_tables_stay_together(plan, kind, tmp_path):
    html = strategy_pdf_html(plan, kind, Quarter(2024, 4) if kind == Kind.BOARD_REPORT else None)
    document = layout(html)
    assert len(document.pages) > 8  # long enough to break everywhere it could
    assert check_pages(document) == []
    pdf = render_pdf(html)
    texts = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]
    for n in range(14):
        assert any(f"Indicator {n}" in text for text in texts)
