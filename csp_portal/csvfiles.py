"""CSV downloads that open cleanly in a spreadsheet and cannot run in one."""

import csv

from django.http import HttpResponse

FORMULA_STARTS = ("=", "+", "-", "@")


def csv_response(rows, filename: str) -> HttpResponse:
    """Rows as a CSV download. Cells that a spreadsheet would run as a formula are
    prefixed with an apostrophe (CSV injection)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # so Excel reads UTF-8
    writer = csv.writer(response)
    for row in rows:
        writer.writerow(
            "'" + cell if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) else cell
            for cell in row
        )
    return response
