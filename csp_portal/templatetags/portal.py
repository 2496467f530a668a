from django import template
from django.utils.safestring import mark_safe

from csp_portal.text import render_markdown

register = template.Library()


@register.filter
def markdown(text: str) -> str:
    """Editors' Markdown as HTML; `render_markdown` cleans it with nh3, so it is safe."""
    return mark_safe(render_markdown(text))  # noqa: S308 - cleaned by nh3


@register.filter
def money(amount) -> str:
    """£147,397 (pence shown only when there are any)."""
    if amount is None:
        return ""
    if amount == int(amount):
        return f"£{amount:,.0f}"
    return f"£{amount:,.2f}"
