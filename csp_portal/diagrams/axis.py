"""Where a chart's ticks and labels go: round ticks ("nice numbers"), labels that never
print over each other."""

from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from .svg import number

NICE_STEPS = (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5))


def nice_ticks(low: float, high: float, *, most: int = 6, whole: bool = False) -> list[Decimal]:
    """Round values from `low` or below to `high` or above, a step of 1, 2, 2.5 or 5 times a
    power of ten apart, as many as fit in `most` (at least two); whole numbers only when the
    figures are (counts: no 2.5 of a burglary)."""
    low, high = Decimal(str(min(low, high))), Decimal(str(max(low, high)))
    if low == high:  # one figure: an axis around it, not below zero for a figure that is not
        pad = abs(high) / 10 or Decimal(1)
        low, high = (low - pad if low - pad >= 0 or low < 0 else Decimal(0)), high + pad
    raw = (high - low) / (most - 1)
    exponent = raw.adjusted()  # the power of ten at or below it
    while True:
        for nice in NICE_STEPS:
            step = nice * Decimal(10) ** exponent
            if step < raw or (whole and step != step.to_integral_value()):
                continue
            first = (low / step).to_integral_value(ROUND_FLOOR)
            last = (high / step).to_integral_value(ROUND_CEILING)
            if last - first + 1 <= most:
                return [(first + i) * step for i in range(int(last - first) + 1)]
        exponent += 1


def tick_labels(ticks: list[Decimal]) -> list[str]:
    """With thousands separators, and as many decimals as the step needs: 1,250; 2.5."""
    step = (ticks[1] - ticks[0]).normalize() if len(ticks) > 1 else ticks[0].normalize()
    decimals = max(0, -step.as_tuple().exponent)
    return [number(float(tick), decimals) for tick in ticks]


def spread(wanted: list[float], gap: float, low: float, high: float) -> list[float]:
    """Positions on one axis as near the wanted ones as can be while at least `gap` apart and
    within low to high, in the order given (labels of lines that lie close together)."""
    order = sorted(range(len(wanted)), key=lambda i: wanted[i])
    placed = [max(wanted[i], low) for i in order]
    for k in range(1, len(placed)):
        placed[k] = max(placed[k], placed[k - 1] + gap)
    if placed and placed[-1] > high:
        placed[-1] = high
        for k in range(len(placed) - 2, -1, -1):
            placed[k] = min(placed[k], placed[k + 1] - gap)
    result = [0.0] * len(wanted)
    for k, i in enumerate(order):
        result[i] = placed[k]
    return result


def spaced_labels(
    centres: list[float], widths: list[float], *, gap: float, low: float, high: float
) -> list[tuple[int, float]]:
    """Which of the labels at `centres` (in order along the axis) to show, and where, so
    that none overlaps another or passes low or high: every k-th one, counted back from the
    last (the latest figure is always labelled), k as small as it can be. Returns (index,
    centre) of each shown, a centre moved inwards where the label would pass an end."""
    placed = [min(max(c, low + w / 2), high - w / 2) for c, w in zip(centres, widths, strict=True)]
    n = len(centres)
    for every in range(1, n + 1):
        shown = sorted(range(n - 1, -1, -every))
        if all(
            placed[a] + widths[a] / 2 + gap <= placed[b] - widths[b] / 2
            for a, b in zip(shown, shown[1:], strict=False)
        ):
            return [(i, placed[i]) for i in shown]
    return []
