"""PDF rendering with WeasyPrint: tagged PDF/UA, fonts embedded, nothing fetched from outside.

The PDF is rendered from the same templates and data as the page, with its own print
stylesheet. Rendering is slow (tens of milliseconds a page), so callers store or cache the
result; see strategies/pdfs.py.
"""

import logging
import re
from pathlib import Path
from urllib.parse import unquote, urlparse

from django.conf import settings
from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher

logger = logging.getLogger(__name__)

PRINT_STYLESHEET = Path(settings.BASE_DIR) / "static" / "pdf" / "print.css"


class PdfRenderError(Exception):
    """WeasyPrint could not produce the PDF; the cause is logged."""


class StaticOnlyFetcher(URLFetcher):
    """Lets WeasyPrint read the project's own static files and data: URLs, and nothing else:
    no network fetch ever happens while rendering."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.roots = [Path(p).resolve() for p in (*settings.STATICFILES_DIRS, settings.STATIC_ROOT)]

    def fetch(self, url, headers=None):
        parsed = urlparse(url)
        if parsed.scheme == "data":
            return super().fetch(url, headers)
        if parsed.scheme == "file":
            path = Path(unquote(parsed.path)).resolve()
            if any(path.is_relative_to(root) for root in self.roots):
                return super().fetch(url, headers)
        logger.warning("PDF rendering refused to fetch %s", url)
        raise ValueError(f"Only the portal's static files may be used in a PDF, not {url}")


def with_site_links(html: str) -> str:
    """The page's links to the portal (href="/woking/...") as the portal's real addresses
    (settings.SITE_URL): a PDF is read away from the site, and its own files are none."""
    return re.sub(r'href="/(?!/)', f'href="{settings.SITE_URL}/', html)


def layout(html: str):
    """The laid-out document (WeasyPrint's pages and boxes), with the print stylesheet: what
    render_pdf writes, and what the pagination tests read."""
    base = Path(settings.BASE_DIR) / "static"
    document = HTML(
        string=with_site_links(html), base_url=base.as_uri() + "/", url_fetcher=StaticOnlyFetcher()
    )
    return document.render(
        stylesheets=[CSS(filename=str(PRINT_STYLESHEET))], pdf_variant="pdf/ua-1"
    )


def render_pdf(html: str) -> bytes:
    """HTML to a tagged, accessible PDF (PDF/UA-1). Raises PdfRenderError on any failure,
    so a caller never serves a broken or empty file."""
    try:
        pdf = layout(html).write_pdf(pdf_variant="pdf/ua-1", custom_metadata=True)
    except Exception as error:
        logger.exception("WeasyPrint failed to render a PDF")
        raise PdfRenderError(str(error)) from error
    if not pdf or not pdf.startswith(b"%PDF"):
        logger.error("WeasyPrint returned no PDF (%d bytes)", len(pdf or b""))
        raise PdfRenderError("WeasyPrint returned no PDF")
    return pdf
