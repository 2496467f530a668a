"""Tables people already have: a CSV file, an Excel workbook (XLSX), or rows copied from a
table in Word or Excel and pasted (tab-separated). Read into one shape, every row with its
line number, for an import to check before anything is saved."""

import csv
import datetime
import io
import zipfile
from dataclasses import dataclass, field

from django.utils.translation import gettext
from openpyxl import load_workbook

from .csvfiles import FORMULA_STARTS

MAX_BYTES = 5 * 1024 * 1024


class Unreadable(ValueError):
    """The file or the pasted text is not a table the portal can read (the message says why)."""


@dataclass
class Table:
    header: list[str]  # as normalised by `column_name`
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)  # (line, cells)
    titles: list[str] = field(default_factory=list)  # the headings as the table writes them

    def as_tsv(self) -> str:
        """The table as tab-separated text: how it travels from the preview to the save."""
        out = io.StringIO()
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(self.titles or self.header)
        for _line, cells in self.rows:
            writer.writerow([cells.get(name, "") for name in self.header])
        return out.getvalue()


def column_name(text: str) -> str:
    """'Success  Measure:' -> 'success measure': headings compared without case or spaces."""
    words = str(text or "").replace("\u00a0", " ").strip().strip(":").split()
    return " ".join(words).lower()


def _cell(value, number_format: str = "") -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        # A cell formatted 'mmm yyyy' holds the 1st of the month: the sheet gives the month
        # only, and so does the text (2022-03), as it would for one typed 'March 2022'.
        shown = number_format.lower().split(";")[0]
        if "d" not in shown:
            return f"{value:%Y-%m}" if "m" in shown else f"{value:%Y}"
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    lines = str(value).replace("\u00a0", " ").replace("\r\n", "\n").split("\n")
    text = "\n".join(" ".join(line.split()) for line in lines).strip()
    if text[:1] == "'" and text[1:2] in FORMULA_STARTS:
        return text[1:]  # as the portal's own CSV downloads guard such a cell
    return text


def _table(lines, max_rows: int, headings: frozenset) -> Table:
    """From rows of cells (text, or values with their number format). The header is the
    first row that names one of `headings` (a title above the table is passed over), or the
    first row with any text."""
    table, seen = None, False
    for number, cells in lines:
        cells = [_cell(*cell) if isinstance(cell, tuple) else _cell(cell) for cell in cells]
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue
        seen = True
        if table is None:
            names = [column_name(cell) for cell in cells]
            if not headings or headings & set(names):
                table = Table(header=names, titles=cells)
            continue
        if len(cells) > len(table.header):
            raise Unreadable(
                gettext(
                    "Line %(number)s has %(cells)s cells, more than the %(header)s columns the "
                    "heading row names: give every column a heading."
                )
                % {"number": number, "cells": len(cells), "header": len(table.header)}
            )
        if len(table.rows) >= max_rows:
            raise Unreadable(
                gettext("The table has more than %(max_rows)s rows: import it in parts.")
                % {"max_rows": f"{max_rows:,}"}
            )
        table.rows.append((number, dict(zip(table.header, cells, strict=False))))
    if table is None:
        if seen:
            raise Unreadable(
                "No row of the table names its columns: its first row should be headings "
                "such as " + ", ".join(sorted(headings)[:3]) + "."
            )
        raise Unreadable(gettext("The table is empty."))
    if not table.rows:
        raise Unreadable(gettext("The table has a heading row but no rows under it."))
    return table


def read_upload(data: bytes, *, max_rows: int = 5000, headings: frozenset = frozenset()) -> Table:
    """An uploaded CSV file or Excel workbook (its first sheet), recognised by its content."""
    if len(data) > MAX_BYTES:
        raise Unreadable(gettext("The file is bigger than 5 MB."))
    if data.startswith(b"PK\x03\x04"):
        try:
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError):
            raise Unreadable(
                gettext("The file is not an Excel workbook (.xlsx) the portal can read.")
            ) from None
        sheet = workbook.worksheets[0]
        rows = (
            [(cell.value, getattr(cell, "number_format", "")) for cell in row]
            for row in sheet.iter_rows()
        )
        return _table(enumerate(rows, start=1), max_rows, headings)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Unreadable(
            gettext(
                "The file is neither an Excel workbook nor UTF-8 text: save it as 'CSV UTF-8' "
                "or as an Excel workbook, and try again."
            )
        ) from None
    return read_text(text, max_rows=max_rows, headings=headings)


def read_text(text: str, *, max_rows: int = 5000, headings: frozenset = frozenset()) -> Table:
    """Rows pasted from Word or Excel (tab-separated), or CSV text."""
    delimiter = "\t" if "\t" in text else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        return _table(((reader.line_num, row) for row in reader), max_rows, headings)
    except csv.Error as error:
        raise Unreadable(
            gettext("The table cannot be read: %(error)s.") % {"error": error}
        ) from None
