"""Diagrams drawn on the server as SVG from the data: no charting library, no CDN.

Every diagram is an image with a title and a description; the page shows the same content as
a list beside it, which is what screen readers and keyboard users read.
"""

import textwrap
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

TEXT = "#0b0c0c"
BLUE = "#1d70b8"
DARK_BLUE = "#003078"
GREY = "#505a5f"
LIGHT = "#f3f2f1"
WHITE = "#ffffff"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"


@dataclass(frozen=True)
class Box:
    label: str
    caption: str = ""  # a small line above the label, e.g. "Scrutinised by"


def _lines(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width=width, break_long_words=True) or [""]


def _box(x, y, w, h, box: Box, *, fill, stroke, colour, chars) -> str:
    parts = [
        format_html(
            '<rect x="{}" y="{}" width="{}" height="{}" rx="4" '
            'fill="{}" stroke="{}" stroke-width="2"/>',
            x,
            y,
            w,
            h,
            fill,
            stroke,
        )
    ]
    lines = _lines(box.label, chars)
    caption_lines = 1 if box.caption else 0
    line_height = 18
    total = (len(lines) + caption_lines) * line_height
    first = y + (h - total) / 2 + 14
    if box.caption:
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="middle" font-size="12" fill="{}">{}</text>',
                x + w / 2,
                first,
                colour,
                box.caption,
            )
        )
        first += line_height
    for i, line in enumerate(lines):
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="middle" font-size="15" '
                'font-weight="600" fill="{}">{}</text>',
                x + w / 2,
                first + i * line_height,
                colour,
                line,
            )
        )
    return "".join(parts)


def _row_height(boxes: list[Box], chars: int) -> int:
    most = max((len(_lines(b.label, chars)) + (1 if b.caption else 0) for b in boxes), default=1)
    return max(56, 18 * most + 22)


def _svg(width, height, title, desc, ident, body) -> SafeString:
    return mark_safe(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="100%" role="img" aria-labelledby="{ident}-title {ident}-desc" '
        f'font-family="{FONT}" class="portal-diagram">'
        f'<title id="{ident}-title">{escape(title)}</title>'
        f'<desc id="{ident}-desc">{escape(desc)}</desc>{body}</svg>'
    )


def _line(x1, y1, x2, y2, colour, dashed=False) -> str:
    dash = ' stroke-dasharray="6 4"' if dashed else ""
    return format_html(
        '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="2"{}/>',
        x1,
        y1,
        x2,
        y2,
        colour,
        mark_safe(dash),
    )


def governance_diagram(
    *, board: str, answers_to: list[Box], works_with: list[Box], subgroups: list[Box], ident: str
) -> SafeString:
    """The board in the middle; above it the bodies it answers to, either side of it those it
    works with, below it its subgroups: as the councils' own governance charts draw it."""
    width, gap, columns, chars = 960, 16, 4, 24
    box_w = (width - gap * (columns + 1)) / columns
    centre = width / 2  # with four columns this falls in the gap between the middle two
    parts, y = [], gap

    def grid(boxes, top, fill, stroke, colour, row_gap):
        """Boxes in rows of four, centred; returns each row's (top, box centres) and the end."""
        h = _row_height(boxes, chars)
        rows = []
        for start in range(0, len(boxes), columns):
            chunk = boxes[start : start + columns]
            offset = (width - (len(chunk) * box_w + (len(chunk) - 1) * gap)) / 2
            xs = []
            for i, b in enumerate(chunk):
                x = offset + i * (box_w + gap)
                parts.append(
                    _box(x, top, box_w, h, b, fill=fill, stroke=stroke, colour=colour, chars=chars)
                )
                xs.append(x + box_w / 2)
            rows.append((top, h, xs))
            top += h + row_gap
        return rows, top - row_gap

    above_rows = []
    if answers_to:
        above_rows, y = grid(answers_to, y, WHITE, GREY, TEXT, gap)
        y += 32

    # The board, with the bodies it works with stacked on its left and right.
    left, right = works_with[0::2], works_with[1::2]
    side_h = _row_height(works_with, chars) if works_with else 0
    stack = max(len(left), len(right))
    board_box = Box(board)
    board_h = max(_row_height([board_box], 36), stack * side_h + (stack - 1) * gap if stack else 0)
    board_w = 2 * box_w + gap
    board_x, board_top = (width - board_w) / 2, y
    for top, h, xs in above_rows:
        for cx in xs:
            parts.append(_line(cx, top + h, cx, top + h + gap / 2, GREY))
        parts.append(
            _line(
                min(xs + [centre]), top + h + gap / 2, max(xs + [centre]), top + h + gap / 2, GREY
            )
        )
    if above_rows:
        first_bus = above_rows[0][0] + above_rows[0][1] + gap / 2
        parts.append(_line(centre, first_bus, centre, board_top, GREY))
    for side, boxes in (("left", left), ("right", right)):
        x = gap if side == "left" else width - gap - box_w
        for i, b in enumerate(boxes):
            top = board_top + i * (side_h + gap)
            parts.append(
                _box(x, top, box_w, side_h, b, fill=LIGHT, stroke=GREY, colour=TEXT, chars=chars)
            )
            x1, x2 = (x + box_w, board_x) if side == "left" else (board_x + board_w, x)
            parts.append(_line(x1, top + side_h / 2, x2, top + side_h / 2, GREY, dashed=True))
    parts.append(
        _box(
            board_x,
            board_top,
            board_w,
            board_h,
            board_box,
            fill=DARK_BLUE,
            stroke=DARK_BLUE,
            colour=WHITE,
            chars=36,
        )
    )
    y = board_top + board_h

    if subgroups:
        row_gap = 32
        rows, y = grid(subgroups, y + row_gap, WHITE, BLUE, TEXT, row_gap)
        last_bus = rows[-1][0] - row_gap / 2
        parts.append(_line(centre, board_top + board_h, centre, last_bus, BLUE))
        for top, _h, xs in rows:
            bus = top - row_gap / 2
            parts.append(_line(min(xs + [centre]), bus, max(xs + [centre]), bus, BLUE))
            for cx in xs:
                parts.append(_line(cx, bus, cx, top, BLUE))
    y += gap
    desc = (
        f"{board} answers to {len(answers_to)} bodies, works with {len(works_with)} and has "
        f"{len(subgroups)} subgroups. The same information follows as a list."
    )
    return _svg(width, y, f"Governance of {board}", desc, ident, "".join(parts))


@dataclass(frozen=True)
class Step:
    date: str
    title: str
    body: str = ""
    done: bool = False


def timeline_diagram(steps: list[Step], *, title: str, ident: str) -> SafeString:
    """A vertical timeline: filled circles for steps that happened, hollow for planned ones."""
    width, x_line, chars = 960, 200, 70
    parts, y = [], 24
    tops = []
    for step in steps:
        lines = _lines(step.title, chars)
        sub = [step.body] if step.body else []
        h = max(48, 20 * (len(lines) + len(sub)) + 16)
        tops.append((y, h))
        y += h
    if steps:
        parts.append(
            format_html(
                '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="4"/>',
                x_line,
                tops[0][0] + 10,
                x_line,
                tops[-1][0] + 10,
                BLUE,
            )
        )
    for step, (top, _h) in zip(steps, tops, strict=True):
        parts.append(
            format_html(
                '<circle cx="{}" cy="{}" r="9" fill="{}" stroke="{}" stroke-width="3"/>',
                x_line,
                top + 10,
                BLUE if step.done else WHITE,
                BLUE,
            )
        )
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="end" font-size="15" '
                'font-weight="600" fill="{}">{}</text>',
                x_line - 24,
                top + 15,
                TEXT,
                step.date,
            )
        )
        for i, line in enumerate(_lines(step.title, chars)):
            parts.append(
                format_html(
                    '<text x="{}" y="{}" font-size="15" fill="{}">{}</text>',
                    x_line + 24,
                    top + 15 + 20 * i,
                    TEXT,
                    line,
                )
            )
        if step.body:
            parts.append(
                format_html(
                    '<text x="{}" y="{}" font-size="13" fill="{}">{}</text>',
                    x_line + 24,
                    top + 15 + 20 * len(_lines(step.title, chars)),
                    GREY,
                    step.body,
                )
            )
    desc = (
        f"{len(steps)} steps; {sum(s.done for s in steps)} have happened. "
        "The same information follows as a list."
    )
    return _svg(width, y + 8, title, desc, ident, "".join(parts))


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    percent: int


def bar_chart(bars: list[Bar], *, title: str, ident: str) -> SafeString:
    """Horizontal bars, one an answer, as long as its share of the answers."""
    width, label_w, bar_w, row_h = 640, 250, 280, 30
    parts = []
    for i, bar in enumerate(bars):
        y = 8 + i * row_h
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="end" font-size="14" fill="{}">{}</text>',
                label_w - 10,
                y + 17,
                TEXT,
                bar.label,
            )
        )
        parts.append(
            format_html(
                '<rect x="{}" y="{}" width="{}" height="20" fill="{}"/>',
                label_w,
                y + 3,
                max(bar.percent * bar_w / 100, 1 if bar.count else 0),
                BLUE,
            )
        )
        parts.append(
            format_html(
                '<text x="{}" y="{}" font-size="14" fill="{}">{}% ({})</text>',
                label_w + bar.percent * bar_w / 100 + 8,
                y + 17,
                TEXT,
                bar.percent,
                bar.count,
            )
        )
    desc = "; ".join(f"{b.label}: {b.percent}% ({b.count})" for b in bars)
    return _svg(width, 16 + len(bars) * row_h, title, desc, ident, "".join(parts))


def line_chart(points, *, target=None, baseline=None, title: str, ident: str) -> SafeString:
    """A line through the figures in order (label, value), with the target and baseline as
    dashed lines. The table beside it is what screen readers read."""
    width, height, left, right, top, bottom = 640, 260, 70, 20, 20, 60
    values = [float(v) for _label, v in points]
    guides = [float(g) for g in (target, baseline) if g is not None]
    if not values:
        return _svg(width, 60, title, "No figures yet.", ident, "")
    # The axis spans the figures, the target and the baseline, with a little room; it does
    # not start at zero, so that a change of a few per cent can be seen (the labels say so).
    low, high = min(values + guides), max(values + guides)
    pad = (high - low) * 0.15 or abs(high) * 0.1 or 1.0
    low, high = (max(low - pad, 0.0) if low >= 0 else low - pad), high + pad
    span = high - low
    plot_w, plot_h = width - left - right, height - top - bottom

    def y(value: float) -> float:
        return top + plot_h - (value - low) / span * plot_h

    def x(i: int) -> float:
        return left + (plot_w * i / (len(values) - 1) if len(values) > 1 else plot_w / 2)

    parts = [
        _line(left, top, left, top + plot_h, GREY),
        _line(left, top + plot_h, left + plot_w, top + plot_h, GREY),
    ]
    for value in (low, high):
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="end" font-size="12" fill="{}">{}</text>',
                left - 6,
                y(value) + 4,
                TEXT,
                f"{value:,.0f}" if value == int(value) else f"{value:,.1f}",
            )
        )
    for name, guide, colour in (("Target", target, DARK_BLUE), ("Baseline", baseline, GREY)):
        if guide is not None:
            parts.append(_line(left, y(float(guide)), left + plot_w, y(float(guide)), colour, True))
            parts.append(
                format_html(
                    '<text x="{}" y="{}" text-anchor="end" font-size="12" fill="{}">{}</text>',
                    left + plot_w,
                    y(float(guide)) - 4,
                    colour,
                    name,
                )
            )
    path = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(values))
    parts.append(
        format_html('<polyline points="{}" fill="none" stroke="{}" stroke-width="3"/>', path, BLUE)
    )
    step = max(1, len(points) // 8)
    for i, (label, _value) in enumerate(points):
        parts.append(
            format_html('<circle cx="{}" cy="{}" r="4" fill="{}"/>', x(i), y(values[i]), BLUE)
        )
        if i % step == 0 or i == len(points) - 1:
            anchor = "start" if i == 0 else "end" if i == len(points) - 1 else "middle"
            parts.append(
                format_html(
                    '<text x="{}" y="{}" text-anchor="{}" font-size="11" fill="{}">{}</text>',
                    x(i),
                    top + plot_h + 18,
                    anchor,
                    TEXT,
                    label,
                )
            )
    desc = "; ".join(f"{label}: {value}" for label, value in points)
    return _svg(width, height, title, desc, ident, "".join(parts))
