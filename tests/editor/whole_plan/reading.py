"""Reading Northbridge's plan back as a resident or a councillor would: the words of a page
or of a PDF, and whether each fact is there, in its place."""

import io
import re

from pypdf import PdfReader


def text_of(html: str) -> str:
    """The words of a page, without its tags, scripts and styles."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", html).replace("&#x27;", "'").replace("&amp;", "&")
    return " ".join(text.split())


def pdf_text(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(body)).pages)
    # A line that breaks after a hyphen ('anti-' / 'social') reads back as 'anti- social'.
    return re.sub(r"(\w)- (\w)", r"\1-\2", " ".join(text.split()))


def missing(text: str, facts) -> list:
    """The facts not in the text: a string, or (a fact, what follows it within 80
    characters) for a fact that must stand beside another (a member and its representative,
    a recommendation and its status)."""
    absent = []
    for fact in facts:
        if isinstance(fact, tuple):
            first, then = fact
            found = any(
                then in text[start + len(first) : start + len(first) + 80]
                for start in (m.start() for m in re.finditer(re.escape(first), text))
            )
        else:
            found = fact in text
        if not found:
            absent.append(fact)
    return absent


def row(html: str, element_id: str) -> str:
    """The words of the table row with this id."""
    match = re.search(rf'<tr[^>]*id="{element_id}"[^>]*>(.*?)</tr>', html, flags=re.S)
    assert match, element_id
    return text_of(match.group(1))
