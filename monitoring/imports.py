"""Indicator figures from a CSV file: every bad row reported by its line and column, nothing
saved unless every row is good (the save is monitoring.services.indicator_values_import)."""

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from csp_portal.imports import Problems
from strategies.imports import parse_year

from .models import Indicator

CSV_COLUMNS = ["indicator", "year", "quarter", "value", "note"]


@dataclass
class ImportResult:
    rows: list[tuple[Indicator, int, int | None, Decimal, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _quarter(text: str) -> int | None:
    text = text.strip().upper().removeprefix("Q")
    if not text:
        return None
    number = int(text)
    if number not in (1, 2, 3, 4):
        raise ValueError
    return number


def _value(problem: Problems, text: str, indicator: Indicator | None) -> Decimal | None:
    """The figure in the cell ('3,460' as well as '3460'), if it is a number that is sane for
    the indicator's unit (Indicator.figure_problem)."""
    try:
        value = Decimal(text.replace(",", "").strip())
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite():
        problem("Value", f"‘{text}’ is not a number")
        return None
    if indicator is not None and (why := indicator.figure_problem(value)):
        problem("Value", f"‘{text}’ cannot be right: {why}")
        return None
    return value


def parse_indicator_csv(strategy, data: bytes, max_rows: int = 10_000) -> ImportResult:
    """Reads indicator values from CSV (the columns of CSV_COLUMNS). Every bad row is
    reported by its line number and column; a file with any errors saves nothing."""
    result = ImportResult()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        result.errors.append("The file is not UTF-8 text. Save it as 'CSV UTF-8' and try again.")
        return result
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in CSV_COLUMNS[:4] if c not in header]
    if missing:
        result.errors.append(
            f"The first line must name the columns {', '.join(CSV_COLUMNS)}; "
            f"missing: {', '.join(missing)}."
        )
        return result
    reader.fieldnames = header
    indicators = {i.name.strip().lower(): i for i in strategy.indicators.all()}
    seen = {}
    for line, row in enumerate(reader, start=2):
        if line > max_rows + 1:
            result.errors.append(f"The file has more than {max_rows:,} rows.")
            break
        cells = {column: (row.get(column) or "").strip() for column in CSV_COLUMNS}
        if not any(cells.values()):
            continue
        problem = Problems(line)
        indicator = indicators.get(cells["indicator"].lower())
        if indicator is None:
            problem("Indicator", f"no indicator called ‘{cells['indicator']}’")
        try:
            year = parse_year(cells["year"])
        except ValueError as error:
            problem("Year", str(error))
        try:
            quarter = _quarter(cells["quarter"])
        except ValueError:
            problem("Quarter", f"‘{cells['quarter']}’ is not 1 to 4 (or empty)")
        value = _value(problem, cells["value"], indicator)
        note = problem.length("Note", cells["note"], 300)
        if not problem.messages:
            key = (indicator.pk, year, quarter)
            if key in seen:
                problem("Quarter", f"line {seen[key]} has a figure for the same period")
            seen[key] = line
        if problem.messages:
            result.errors.extend(problem.messages)
        else:
            result.rows.append((indicator, year, quarter, value.quantize(Decimal("0.01")), note))
    if not result.rows and not result.errors:
        result.errors.append("The file has no figures in it.")
    return result
