"""The charts: round ticks, labels that never print over each other or past the edge, and
a phone's drawing whose every label stays legible on a 320 pixel screen."""

import math
import xml.etree.ElementTree as ET
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from csp_portal.diagrams import Bar, Step, bar_chart, line_chart, timeline_diagram
from csp_portal.diagrams.axis import nice_ticks, spaced_labels, spread, tick_labels
from csp_portal.diagrams.svg import text_width

SVG = "{http://www.w3.org/2000/svg}"
# A phone's drawing is shown at the width of a 320 pixel screen's column (288 pixels, GOV.UK's
# gutters taken off) or wider; its text must be 14 pixels high or more there.
PHONE_COLUMN, LEGIBLE = 288, 14

figures = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)


def drawings(chart) -> dict[str, ET.Element]:
    """The chart's drawings, by variant (wide, narrow)."""
    root = ET.fromstring(f"<figure>{chart}</figure>")
    return {svg.get("class").split()[1].split("--")[1]: svg for svg in root.iter(f"{SVG}svg")}


def labels(svg) -> list[tuple[str, float, float, float, float]]:
    """(text, left, right, top, bottom) of each label, as wide as text_width measures it;
    a halo (the white outline drawn under a label) is not a label."""
    boxes = []
    for text in svg.iter(f"{SVG}text"):
        if text.get("fill") == "#ffffff":
            continue
        size, x, y = float(text.get("font-size")), float(text.get("x")), float(text.get("y"))
        width = text_width(text.text, size)
        left = {"start": x, "middle": x - width / 2, "end": x - width}[text.get("text-anchor")]
        boxes.append((text.text, left, left + width, y - size * 0.8, y + size * 0.2))
    return boxes


def assert_labels_apart_and_inside(svg):
    width, height = (float(n) for n in svg.get("viewBox").split()[2:])
    boxes = labels(svg)
    for text, left, right, top, bottom in boxes:
        assert 0 <= left < right <= width, (text, left, right, width)
        assert 0 <= top < bottom <= height, (text, top, bottom, height)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart = a[2] <= b[1] or b[2] <= a[1] or a[4] <= b[3] or b[4] <= a[3]
            assert apart, (a, b)


def assert_legible_on_a_phone(svg):
    scale = PHONE_COLUMN / float(svg.get("viewBox").split()[2])
    for text in svg.iter(f"{SVG}text"):
        assert float(text.get("font-size")) * scale >= LEGIBLE, text.text


def test_the_axis_of_a_count_ends_at_round_whole_numbers():
    # The demo's anti-social behaviour figures, baseline and target: the axis ran from 134.2
    # to 175.8.
    ticks = nice_ticks(139, 171, whole=True)
    assert tick_labels(ticks) == ["130", "140", "150", "160", "170", "180"]
    assert tick_labels(nice_ticks(0, 7, whole=True)) == ["0", "2", "4", "6", "8"]
    assert tick_labels(nice_ticks(44, 55, whole=True)) == ["40", "45", "50", "55"]


def test_tick_labels_have_thousands_separators_and_the_decimals_of_their_step():
    assert tick_labels(nice_ticks(0, 1_234_567.8)) == [
        "0",
        "250,000",
        "500,000",
        "750,000",
        "1,000,000",
        "1,250,000",
    ]
    assert tick_labels(nice_ticks(0, 11)) == ["0.0", "2.5", "5.0", "7.5", "10.0", "12.5"]
    assert tick_labels(nice_ticks(0.1, 0.37)) == ["0.1", "0.2", "0.3", "0.4"]


@given(figures, figures, st.booleans())
def test_ticks_are_round_and_cover_the_figures(low, high, whole):
    if whole:
        low, high = math.floor(low), math.ceil(high)
    ticks = nice_ticks(low, high, whole=whole)
    step = ticks[1] - ticks[0]
    mantissa = step.scaleb(-step.adjusted()).normalize()
    assert mantissa in {Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5)}
    assert all(b - a == step for a, b in zip(ticks, ticks[1:], strict=False))
    assert all(tick % step == 0 for tick in ticks)
    assert ticks[0] <= Decimal(str(min(low, high)))
    assert ticks[-1] >= Decimal(str(max(low, high)))
    assert 2 <= len(ticks) <= 6
    if whole:
        assert all(tick == tick.to_integral_value() for tick in ticks)


def test_labels_of_lines_close_together_are_spread_apart_within_the_plot():
    # Target 154 and baseline 155, a pixel apart: their names may not print over each other.
    assert spread([100, 101], 18, 10, 200) == [100, 118]
    assert spread([101, 100], 18, 10, 200) == [118, 100]  # in the order given
    assert spread([199, 200], 18, 10, 200) == [182, 200]  # kept inside
    assert spread([5, 90], 18, 10, 200) == [10, 90]


@given(st.lists(st.floats(min_value=0, max_value=300), min_size=1, max_size=4))
def test_spread_labels_are_a_gap_apart_and_inside(wanted):
    placed = spread(wanted, 18, 10, 300)
    assert all(10 <= at <= 300 for at in placed)
    ordered = sorted(placed)
    assert all(b - a >= 18 - 1e-9 for a, b in zip(ordered, ordered[1:], strict=False))


@given(st.integers(min_value=1, max_value=40), st.floats(min_value=10, max_value=120))
def test_the_labels_shown_under_an_axis_never_overlap_and_the_last_is_shown(n, label_width):
    centres = [40 + 250 * i / max(n - 1, 1) for i in range(n)]
    shown = spaced_labels(centres, [label_width] * n, gap=8, low=0, high=300)
    assert shown[-1][0] == n - 1
    for (_a, x1), (_b, x2) in zip(shown, shown[1:], strict=False):
        assert x1 + label_width / 2 + 8 <= x2 - label_width / 2
    if label_width <= 300:
        assert all(label_width / 2 <= x <= 300 - label_width / 2 for _i, x in shown)


def test_baseline_and_target_close_together_do_not_print_over_each_other():
    points = [(f"Q{q} 2021/22", v) for q, v in zip((1, 2, 3, 4), (160, 171, 148, 139), strict=True)]
    chart = line_chart(points, target=Decimal(154), baseline=Decimal(155), title="ASB", ident="a")
    for svg in drawings(chart).values():
        assert {"Target", "Baseline", "Q1", "Q4", "2021/22", "130", "180"} <= {
            text for text, *_box in labels(svg)
        }
        assert_labels_apart_and_inside(svg)


def test_large_figures_are_labelled_whole_with_separators_on_a_phone_too():
    points = [(f"{year}/{year - 1999}", 1_000_000 + year * 1_000) for year in range(2015, 2027)]
    chart = line_chart(points, target=900_000, title="Calls", ident="calls")
    for variant, svg in drawings(chart).items():
        texts = [text for text, *_box in labels(svg)]
        assert "3,000,000" in texts, texts
        assert not any(text.endswith(".6") for text in texts)
        assert_labels_apart_and_inside(svg)
        assert "2026/27" in texts  # the latest period is always labelled
        if variant == "narrow":
            assert_legible_on_a_phone(svg)


def test_a_single_figure_and_a_fraction():
    for points in ([("Q1 2021/22", 7)], [("2021/22", 0.25), ("2022/23", 0.3)]):
        for svg in drawings(line_chart(points, title="One", ident="one")).values():
            assert_labels_apart_and_inside(svg)


def test_every_label_of_the_phone_drawings_is_legible_at_320_pixels():
    points = [("Q1 2021/22", 60), ("Q2 2021/22", 64)]
    bars = [Bar("Neither agree nor disagree", 1234, 40), Bar("Agree", 2, 60)]
    steps = [Step("9 Mar 2021", "Draft plan approved in principle for publication", "Board", True)]
    for chart in (
        line_chart(points, target=70, baseline=60, title="Diverted", ident="d"),
        bar_chart(bars, title="Agree?", ident="q"),
        timeline_diagram(steps, title="Timeline", ident="t"),
    ):
        narrow = drawings(chart)["narrow"]
        assert float(narrow.get("viewBox").split()[2]) <= 300
        assert_legible_on_a_phone(narrow)
        assert_labels_apart_and_inside(narrow)


def test_bar_counts_have_thousands_separators():
    chart = bar_chart([Bar("Agree", 3460, 100)], title="Agree?", ident="q")
    for svg in drawings(chart).values():
        assert "100% (3,460)" in [text for text, *_box in labels(svg)]
        assert_labels_apart_and_inside(svg)
