"""Diagrams of how a partnership works: its governance (the board, the bodies around it,
its subgroups) and a plan's approval and review timeline."""

from dataclasses import dataclass

from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext

from .svg import (
    BLUE,
    DARK_BLUE,
    GREY,
    LIGHT,
    NARROW,
    TEXT,
    WHITE,
    Size,
    both,
    characters,
    coord,
    line,
    lines,
    svg,
    text,
)


@dataclass(frozen=True)
class Box:
    label: str
    caption: str = ""  # a small line above the label, e.g. "Scrutinised by"


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
    labels = lines(box.label, chars)
    caption_lines = 1 if box.caption else 0
    line_height = 18
    total = (len(labels) + caption_lines) * line_height
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
    for i, label in enumerate(labels):
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="middle" font-size="15" '
                'font-weight="600" fill="{}">{}</text>',
                x + w / 2,
                first + i * line_height,
                colour,
                label,
            )
        )
    return "".join(parts)


def _row_height(boxes: list[Box], chars: int) -> int:
    most = max((len(lines(b.label, chars)) + (1 if b.caption else 0) for b in boxes), default=1)
    return max(56, 18 * most + 22)


def _line(x1, y1, x2, y2, colour, dashed=False) -> str:
    return line(x1, y1, x2, y2, colour, "6 4" if dashed else "")


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
    desc = " ".join(
        (
            gettext(
                "%(board)s answers to %(answers_to)s bodies, works with %(works_with)s and "
                "has %(subgroups)s subgroups."
            )
            % {
                "board": board,
                "answers_to": len(answers_to),
                "works_with": len(works_with),
                "subgroups": len(subgroups),
            },
            gettext("The same information follows as a list."),
        )
    )
    title = gettext("Governance of %(board)s") % {"board": board}
    # Too wide to read on a phone: there, the lists that follow it say the same.
    return svg(width, y, title, desc, ident, "".join(parts), "wide")


@dataclass(frozen=True)
class Step:
    date: str
    title: str
    body: str = ""
    done: bool = False


def timeline_diagram(steps: list[Step], *, title: str, ident: str) -> SafeString:
    """A vertical timeline: filled circles for steps that happened, hollow for planned ones.
    On wider screens each step's date stands left of the line; on a phone, above its title."""
    desc = " ".join(
        (
            gettext("%(steps)s steps; %(done)s have happened.")
            % {"steps": len(steps), "done": sum(s.done for s in steps)},
            gettext("The same information follows as a list."),
        )
    )
    return both(
        _timeline(steps, TIMELINE_WIDE, title, desc, f"{ident}-wide"),
        _timeline(steps, NARROW, title, desc, f"{ident}-narrow"),
    )


TIMELINE_WIDE = Size(960, 16, "wide")


def _timeline(steps: list[Step], size: Size, title, desc, ident) -> SafeString:
    font, line_h = size.font, size.font * 1.3
    wide = size.variant == "wide"
    x_line = 200 if wide else 12
    x_text = x_line + (24 if wide else 22)
    chars = characters(size.width - x_text, font)
    parts, y, rows = [], font * 1.5, []
    for step in steps:
        words = ([] if wide else [(step.date, TEXT, True)]) + [
            (part, TEXT, False) for part in lines(step.title, chars)
        ]
        words += [(part, GREY, False) for part in lines(step.body, chars) if step.body]
        rows.append((y, words))
        y += max(3 * line_h, len(words) * line_h + font)
    if steps:
        parts.append(
            line(x_line, rows[0][0] - font / 3, x_line, rows[-1][0] - font / 3, BLUE, "", 4)
        )
    for step, (top, words) in zip(steps, rows, strict=True):
        parts.append(
            format_html(
                '<circle cx="{}" cy="{}" r="9" fill="{}" stroke="{}" stroke-width="3"/>',
                coord(x_line),
                coord(top - font / 3),
                BLUE if step.done else WHITE,
                BLUE,
            )
        )
        if wide:
            parts.append(text(x_line - 24, top, step.date, size=font, anchor="end", bold=True))
        for i, (part, colour, bold) in enumerate(words):
            parts.append(text(x_text, top + i * line_h, part, size=font, colour=colour, bold=bold))
    return svg(size.width, y, title, desc, ident, "".join(parts), size.variant)
