"""CSV downloads that open cleanly in a spreadsheet and cannot run in one."""

import csv
import re

from django.http import HttpResponse

# What a spreadsheet takes for the start of a formula (a tab or a carriage return before
# one is passed over by some).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A number as the portal writes one: -4, +3, 49.5, -1,234.50, 12%. A spreadsheet reads it
# as the number it is; nothing in it can run.
NUMBER = re.compile(r"[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?")


def guarded(cell):
    """The cell as it goes into the file: text that a spreadsheet would run as a formula
    gets an apostrophe before it (CSV injection); numbers, and numbers written as text,
    stay as they are."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) and not NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def csv_response(rows, filename: str) -> HttpResponse:
    """Rows as a CSV download, every cell `guarded`."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # so Excel reads UTF-8
    writer = csv.writer(response)
    for row in rows:
        writer.writerow(guarded(cell) for cell in row)
    return response
