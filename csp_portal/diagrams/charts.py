"""Charts of figures: an indicator's line through its periods, a question's answers as bars.
Each is drawn twice (for a phone and for wider screens and print); the table beside it is
what screen readers read."""

from dataclasses import dataclass

from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext

from .axis import nice_ticks, spaced_labels, spread, tick_labels
from .svg import (
    BLUE,
    DARK_BLUE,
    GREY,
    MID_GREY,
    NARROW,
    TEXT,
    WIDE,
    Size,
    both,
    characters,
    coord,
    line,
    lines,
    number,
    svg,
    text,
    text_width,
)


def _figure(value: float) -> str:
    return number(value, 0 if float(value).is_integer() else 1)


def line_chart(points, *, target=None, baseline=None, title: str, ident: str) -> SafeString:
    """A line through the figures in order (label, value), with the target and baseline as
    dashed lines, on an axis of round values with a gridline at each."""
    if not points:
        return svg(WIDE.width, 60, title, gettext("No figures yet."), ident, "")
    guides = [
        (name, float(value), colour, dash)
        for name, value, colour, dash in (
            (gettext("Target"), target, DARK_BLUE, "8 4"),
            (gettext("Baseline"), baseline, GREY, "3 3"),
        )
        if value is not None
    ]
    desc = "; ".join(f"{label}: {_figure(float(value))}" for label, value in points)
    drawings = [
        _line_chart(points, guides, size, title, desc, f"{ident}-{size.variant}")
        for size in (WIDE, NARROW)
    ]
    return both(*drawings)


def _line_chart(points, guides, size: Size, title, desc, ident) -> SafeString:
    font, values = size.font, [float(value) for _label, value in points]
    drawn = values + [value for _name, value, _colour, _dash in guides]
    # The axis does not start at zero, so that a change of a few per cent can be seen; its
    # values say where it starts.
    ticks = nice_ticks(min(drawn), max(drawn), whole=all(v.is_integer() for v in drawn))
    labels = tick_labels(ticks)
    low, high = float(ticks[0]), float(ticks[-1])
    left = max(text_width(label, font) for label in labels) + font * 0.75
    top, right, plot_h = font, font * 0.75, font * 11
    plot_w = size.width - left - right
    rows = 2 if any(" " in label for label, _value in points) else 1
    height = top + plot_h + font * (1.1 + 1.2 * rows)

    def y(value: float) -> float:
        return top + plot_h - (value - low) / (high - low) * plot_h

    def x(i: int) -> float:
        return left + (plot_w * i / (len(values) - 1) if len(values) > 1 else plot_w / 2)

    parts = []
    for tick, label in zip(ticks, labels, strict=True):
        at = y(float(tick))
        parts.append(
            line(left, at, left + plot_w, at, GREY if tick == ticks[0] else MID_GREY, "", 1)
        )
        parts.append(text(left - font / 2, at + font * 0.35, label, size=font, anchor="end"))
    for _name, value, colour, dash in guides:
        parts.append(line(left, y(value), left + plot_w, y(value), colour, dash))
    path = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(values))
    parts.append(
        format_html('<polyline points="{}" fill="none" stroke="{}" stroke-width="3"/>', path, BLUE)
    )
    for i, value in enumerate(values):
        parts.append(
            format_html(
                '<circle cx="{}" cy="{}" r="4" fill="{}"/>', coord(x(i)), coord(y(value)), BLUE
            )
        )
    # The guides' names above their lines, at the end where the figures are further away
    # (so that the line through them does not cross the name), never over each other.
    for at_left in (True, False):
        beside = [
            guide
            for guide in guides
            if (abs(values[0] - guide[1]) > abs(values[-1] - guide[1])) == at_left
        ]
        places = spread(
            [y(value) - font * 0.4 for _name, value, _colour, _dash in beside],
            font * 1.15,
            top + font * 0.8,
            top + plot_h - font * 0.3,
        )
        for (name, _value, colour, _dash), at in zip(beside, places, strict=True):
            x_name, anchor = (left + font / 2, "start") if at_left else (left + plot_w, "end")
            parts.append(text(x_name, at, name, size=font, anchor=anchor, colour=colour, halo=True))
    parts += _period_labels(
        [label for label, _value in points],
        [x(i) for i in range(len(values))],
        font=font,
        width=size.width,
        axis=top + plot_h,
    )
    return svg(size.width, height, title, desc, ident, "".join(parts), size.variant, chart=True)


def _period_labels(labels: list[str], xs: list[float], *, font, width, axis) -> list[str]:
    """Under the axis, each period's first word under its point ("Q1"), and the rest
    ("2021/22") once, under the points that share it: as many as fit without overlapping."""
    heads = [label.split(" ", 1)[0] for label in labels]
    groups: dict[str, list[float]] = {}
    for label, x in zip(labels, xs, strict=True):
        if " " in label:
            groups.setdefault(label.split(" ", 1)[1], []).append(x)
    rows = [(heads, xs), (list(groups), [(g[0] + g[-1]) / 2 for g in groups.values()])]
    parts = []
    for row, (names, centres) in enumerate(rows):
        widths = [text_width(name, font) for name in names]
        at = axis + font * (1.5 + 1.2 * row)
        for i, centre in spaced_labels(centres, widths, gap=font / 2, low=2, high=width - 2):
            parts.append(text(centre, at, names[i], size=font, anchor="middle"))
    return parts


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    percent: int


def bar_chart(bars: list[Bar], *, title: str, ident: str) -> SafeString:
    """Horizontal bars, one an answer, as long as its share of the answers: its name beside it
    on wider screens, above it on a phone."""
    desc = "; ".join(f"{b.label}: {b.percent}% ({number(b.count)})" for b in bars)
    return both(
        _bar_chart(bars, WIDE, title, desc, f"{ident}-wide", stacked=False),
        _bar_chart(bars, NARROW, title, desc, f"{ident}-narrow", stacked=True),
    )


def _bar_chart(bars, size: Size, title, desc, ident, *, stacked: bool) -> SafeString:
    font, bar_h, line_h = size.font, size.font * 1.4, size.font * 1.25
    shares = [f"{bar.percent}% ({number(bar.count)})" for bar in bars]
    share_w = max((text_width(share, font) for share in shares), default=0) + font
    if stacked:
        label_w = bar_x = 0
        chars = characters(size.width, font)
    else:
        longest = max((text_width(bar.label, font) for bar in bars), default=0)
        label_w = min(longest + font, size.width * 0.45)
        bar_x = label_w
        chars = characters(label_w - font, font)
    bar_w = size.width - bar_x - share_w
    parts, y = [], font / 2
    for bar, share in zip(bars, shares, strict=True):
        names = lines(bar.label, chars)
        if stacked:
            for i, name in enumerate(names):
                parts.append(text(0, y + font + i * line_h, name, size=font, colour=TEXT))
            y += len(names) * line_h + font * 0.4
            bar_top, row_h = y, bar_h
        else:
            row_h = max(bar_h, len(names) * line_h)
            bar_top = y + (row_h - bar_h) / 2
            first = y + (row_h - len(names) * line_h) / 2 + font
            for i, name in enumerate(names):
                parts.append(
                    text(label_w - font / 2, first + i * line_h, name, size=font, anchor="end")
                )
        length = max(bar.percent * bar_w / 100, 1 if bar.count else 0)
        parts.append(
            format_html(
                '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>',
                coord(bar_x),
                coord(bar_top),
                coord(length),
                coord(bar_h),
                BLUE,
            )
        )
        parts.append(
            text(bar_x + length + font / 2, bar_top + bar_h / 2 + font * 0.35, share, size=font)
        )
        y = (bar_top + bar_h if stacked else y + row_h) + font * 0.9
    return svg(size.width, y, title, desc, ident, "".join(parts), size.variant, chart=True)
