"""Editors write plain text, formatted as CommonMark (a list straight after "We will:" is a
list, as people type it); nothing they write is ever echoed as raw HTML."""

import nh3
from django.utils.text import slugify
from markdown_it import MarkdownIt

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "ul",
    "ol",
    "li",
    "a",
    "blockquote",
    "code",
    "pre",
    "h2",
    "h3",
    "h4",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope"}}


# CommonMark with tables. HTML typed into the text passes to nh3, which keeps only the
# allowed tags (<strong> pasted from a web page stays bold; <script> goes, with its content).
COMMONMARK = MarkdownIt("commonmark", {"html": True}).enable("table")


def render_markdown(text: str) -> str:
    """CommonMark to HTML, then cleaned by nh3: raw HTML and javascript: links never pass."""
    html = COMMONMARK.render(text or "")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


def unique_slug(text: str, taken, *, max_length: int = 120, fallback: str = "page") -> str:
    """An address made from `text`, unique among `taken` (the slugs already used, e.g. a
    queryset's values_list): 'plan', then 'plan-2', 'plan-3' ..."""
    base = slugify(text)[: max_length - 4] or fallback
    used = set(taken)
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}-{n}", n + 1
    return slug
