"""Tables of the workspace (django-tables2), set from their address."""

from django.core.paginator import EmptyPage, PageNotAnInteger
from django_tables2 import RequestConfig

PER_PAGE = 50


def configure(request, table, per_page: int = PER_PAGE):
    """The table sorted as the address asks, and the page it asks for, within the table's
    pages: a number past the last shows the last, anything else the first. How many rows a
    page holds is the portal's choice, never the address's (a negative or huge one broke
    the page)."""
    RequestConfig(request, paginate=False).configure(table)
    try:
        page = int(request.GET.get("page", 1))
    except ValueError:
        page = 1
    try:
        table.paginate(page=page, per_page=per_page)
    except (EmptyPage, PageNotAnInteger):
        table.paginate(page=1 if page < 1 else table.paginator.num_pages, per_page=per_page)
    return table
