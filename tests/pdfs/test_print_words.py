"""What a PDF prints as the page shows it: a chart's title (its figcaption) bold and at the
captions' size, as its heading is on screen; the counts of the PDFs' tables with thousands
separators (3,460), as on the pages."""

import re
from pathlib import Path

from django.conf import settings

from csp_portal.pdf import layout

CHART = """<html lang="en-GB"><head><title>Chart</title></head><body><figure class="portal-figure">
<figcaption class="govuk-heading-s">Draft priority: Knife crime</figcaption>
<p>The chart</p></figure></body></html>"""


def boxes(box):
    yield box
    for child in getattr(box, "children", []):
        yield from boxes(child)


def test_a_charts_title_prints_as_a_heading():
    page = layout(CHART).pages[0]
    caption = next(b for b in boxes(page._page_box) if b.element_tag == "figcaption")
    assert caption.style["font_weight"] >= 700
    assert caption.style["font_size"] >= 14  # 10.5pt, in CSS pixels
    assert tuple(caption.style["color"])[:3] == (0x0B / 255, 0x0C / 255, 0x0C / 255)


def test_every_count_in_a_pdfs_table_has_thousands_separators():
    """A numeric cell of the PDFs' templates shows its figure through |number (or |percent,
    |money), or names one a sentence for translation took through it ({% blocktranslate
    with count=n|number %}): '3460' printed bare is what this finds."""
    bare = []
    for template in (Path(settings.BASE_DIR) / "templates" / "reports" / "pdf").glob("*.html"):
        for cell in re.findall(r'class="numeric">(.*?)</td>', template.read_text()):
            formatted = set(re.findall(r"(\w+)=[^ %]+\|(?:number|percent|money)\b", cell))
            for figure in re.findall(r"\{\{\s*([^}|]+?)\s*(\|[^}]*)?\}\}", cell):
                if figure[0] in formatted:
                    continue
                if not re.search(r"\|(number|percent|money)", figure[1]):
                    bare.append(f"{template.name}: {figure[0]}")
    assert not bare, bare
