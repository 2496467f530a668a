"""Indicator figures from a CSV file: every bad row reported by its line, nothing saved
unless every row is good (the save is monitoring.services.indicator_values_import)."""

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from .models import Indicator

CSV_COLUMNS = ["indicator", "year", "quarter", "value", "note"]


@dataclass
class ImportResult:
    rows: list[tuple[Indicator, int, int | None, Decimal, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _year(text: str) -> int:
    """'2021' or '2021/22' (the financial year)."""
    first = text.split("/")[0].strip()
    year = int(first)
    if not 2000 <= year <= 2100:
        raise ValueError
    return year


def _quarter(text: str) -> int | None:
    text = text.strip().upper().removeprefix("Q")
    if not text:
        return None
    number = int(text)
    if number not in (1, 2, 3, 4):
        raise ValueError
    return number


def parse_indicator_csv(strategy, data: bytes, max_rows: int = 10_000) -> ImportResult:
    """Reads indicator values from CSV (the columns of CSV_COLUMNS). Every bad row is
    reported by its line number; a file with any errors saves nothing."""
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
        if not any((v or "").strip() for v in row.values()):
            continue
        problems = []
        indicator = indicators.get((row.get("indicator") or "").strip().lower())
        if indicator is None:
            problems.append(f"no indicator called ‘{(row.get('indicator') or '').strip()}’")
        try:
            year = _year(row.get("year") or "")
        except ValueError:
            problems.append(f"the year ‘{row.get('year')}’ is not a year such as 2021 or 2021/22")
            year = None
        try:
            quarter = _quarter(row.get("quarter") or "")
        except ValueError:
            problems.append(f"the quarter ‘{row.get('quarter')}’ is not 1 to 4 (or empty)")
            quarter = None
        try:
            value = Decimal((row.get("value") or "").replace(",", "").strip())
            if not value.is_finite() or abs(value) >= 10**10:
                raise InvalidOperation
        except InvalidOperation:
            problems.append(f"the value ‘{row.get('value')}’ is not a number")
            value = None
        note = (row.get("note") or "").strip()
        if len(note) > 300:
            problems.append("the note is longer than 300 characters")
        if not problems:
            key = (indicator.pk, year, quarter)
            if key in seen:
                problems.append(f"the same figure as line {seen[key]}")
            seen[key] = line
        if problems:
            result.errors.append(f"Line {line}: {'; '.join(problems)}.")
        else:
            result.rows.append((indicator, year, quarter, value.quantize(Decimal("0.01")), note))
    if not result.rows and not result.errors:
        result.errors.append("The file has no figures in it.")
    return result
