from decimal import Decimal

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.dateformat import format as format_date
from django.utils.safestring import mark_safe

from csp_portal import bilingual
from csp_portal.text import render_markdown

register = template.Library()


@register.filter
def fallback_language(record, field: str) -> str:
    """The lang of an element showing the record's `field`: 'en-GB' where a Welsh page
    shows its English (no Welsh was written), else '' (the page's own language)."""
    return bilingual.fallback_language(record, field)


@register.filter
def in_other_language(address: str) -> str:
    """The same address in the other language: /cy/... for an English page's, and the
    English for a Welsh page's."""
    welsh = translation.get_language() == "cy"
    return translate_url(address, settings.LANGUAGE_CODE if welsh else "cy")


@register.filter
def weekday_and_date(moment) -> str:
    """'Thursday 5 December 2026', for a sentence that says a consultation is open until
    then or opens on it. In Welsh the weekday follows 'tan' or 'ar' there, and so takes the
    soft mutation: 'tan ddydd Iau 5 Rhagfyr 2026', not 'tan Dydd Iau'."""
    if not moment:
        return ""
    text = format_date(moment, "l j F Y")
    if translation.get_language() == "cy" and text.startswith("Dydd "):
        return "ddydd " + text[len("Dydd ") :]
    return text


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


@register.filter
def number(value) -> str:
    """A count or a figure with its thousands separated: 3,460, 62.5, -1,234.25 (no
    trailing zeros after the point, never 3.46E+3)."""
    if value is None or value == "":
        return ""
    text = f"{Decimal(str(value)):,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@register.filter
def percent(value) -> str:
    """A percentage as the paper gives it: 62.5%, 70% (no trailing zeros)."""
    if value is None:
        return ""
    text = f"{Decimal(value):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"{text}%"


@register.filter
def widget_type(bound_field) -> str:
    return bound_field.field.widget.__class__.__name__.lower()


GOVUK_CLASSES = {
    "textarea": "govuk-textarea",
    "select": "govuk-select",
    "nullbooleanselect": "govuk-select",
}


@register.filter
def govuk_widget(bound_field):
    """The field's widget with GOV.UK classes, its hint and error linked by aria-describedby."""
    kind = widget_type(bound_field)
    css = GOVUK_CLASSES.get(kind, "govuk-input")
    if bound_field.errors:
        css += {
            "govuk-textarea": " govuk-textarea--error",
            "govuk-select": " govuk-select--error",
        }.get(css, " govuk-input--error")
    if kind in ("numberinput", "dateinput"):
        css += " govuk-input--width-10"
    described = []
    if bound_field.help_text:
        described.append(f"{bound_field.id_for_label}-hint")
    if bound_field.errors:
        described.append(f"{bound_field.id_for_label}-error")
    attrs = {"class": css}
    if described:
        attrs["aria-describedby"] = " ".join(described)
    if kind == "textarea" and "rows" not in bound_field.field.widget.attrs:
        attrs["rows"] = 5
    return bound_field.as_widget(attrs=attrs)


@register.filter
def option_hint(bound_field, value) -> str:
    """The hint of one choice of a field that has them (`option_hints`, by value)."""
    return getattr(bound_field.field, "option_hints", {}).get(str(value), "")
