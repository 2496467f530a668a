"""What every diagram is drawn with: the colours, the font, text and lines, and the two
drawings of one diagram (for a phone, and for wider screens and print).

A drawing is one unit to one CSS pixel at its full size and only ever scales down to fit
(static/src/portal.scss), so its text is never larger than the size it is drawn at, and a
phone's drawing is narrow enough that its text stays legible on a 320 pixel screen."""

import textwrap
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

TEXT = "#0b0c0c"
BLUE = "#1d70b8"
DARK_BLUE = "#003078"
GREY = "#505a5f"
MID_GREY = "#b1b4b6"
LIGHT = "#f3f2f1"
WHITE = "#ffffff"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"

# The width of a character as a share of the font size: generous for the system fonts'
# digits (DejaVu Sans, 0.64; Roboto, 0.56), so that what is measured is never too narrow.
CHARACTER = 0.62


@dataclass(frozen=True)
class Size:
    """A drawing's width and font size, in units (CSS pixels at full size)."""

    width: int
    font: int
    variant: str  # the class the stylesheet shows on its screens: "wide" or "narrow"


# Wider screens and print: the page's column. A phone: 300 units, shown at 288 pixels on a
# 320 pixel screen, so that 16 units of text are 15 pixels or more.
WIDE = Size(640, 16, "wide")
NARROW = Size(300, 16, "narrow")


def text_width(text: str, size: float) -> float:
    return len(text) * size * CHARACTER


def characters(width: float, size: float) -> int:
    """How many characters fit in a width."""
    return max(1, int(width / (size * CHARACTER)))


def lines(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width=width, break_long_words=True) or [""]


def coord(value: float) -> str:
    """A position, to a tenth of a unit: 12, 12.5."""
    return f"{value:.1f}".removesuffix(".0")


def number(value: float, decimals: int = 0) -> str:
    """With thousands separators: 3,460; 2.5."""
    return f"{value:,.{decimals}f}"


def svg(width, height, title, desc, ident, body, variant="", chart=False) -> SafeString:
    """A diagram: of one variant (its class), a chart of figures or not (print sizes it)."""
    classes = " ".join(
        ["portal-diagram"]
        + ([f"portal-diagram--{variant}"] if variant else [])
        + (["portal-chart"] if chart else [])
    )
    return mark_safe(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {coord(height)}" '
        f'width="{width}" height="{coord(height)}" role="img" '
        f'aria-labelledby="{ident}-title {ident}-desc" font-family="{FONT}" class="{classes}">'
        f'<title id="{ident}-title">{escape(title)}</title>'
        f'<desc id="{ident}-desc">{escape(desc)}</desc>{body}</svg>'
    )


def both(wide: SafeString, narrow: SafeString) -> SafeString:
    """The two drawings of one diagram: the stylesheet shows one."""
    return mark_safe(wide + narrow)


def line(x1, y1, x2, y2, colour, dash="", width=2) -> str:
    dashes = format_html(' stroke-dasharray="{}"', dash) if dash else ""
    return format_html(
        '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="{}"{}/>',
        coord(x1),
        coord(y1),
        coord(x2),
        coord(y2),
        colour,
        width,
        dashes,
    )


def text(x, y, content, *, size, anchor="start", colour=TEXT, bold=False, halo=False) -> str:
    """A line of text; with a halo, over a white outline of itself that keeps it legible
    where it crosses a line (drawn twice: WeasyPrint knows no paint-order)."""
    weight = mark_safe(' font-weight="600"') if bold else ""
    drawn = format_html(
        '<text x="{}" y="{}" text-anchor="{}" font-size="{}"{} fill="{}">{}</text>',
        coord(x),
        coord(y),
        anchor,
        size,
        weight,
        colour,
        content,
    )
    if not halo:
        return drawn
    outline = format_html(
        '<text x="{}" y="{}" text-anchor="{}" font-size="{}"{} fill="{}" stroke="{}" '
        'stroke-width="5" stroke-linejoin="round">{}</text>',
        coord(x),
        coord(y),
        anchor,
        size,
        weight,
        WHITE,
        WHITE,
        content,
    )
    return outline + drawn
