"""The plan's timeline on its public page: each step in the order it happened, or is planned
to where it has not, with dates known to the day, the month or the year each in its place
and written as the papers give them."""

import re

import pytest

from csp_portal.dates import PartialDate
from strategies.models import Milestone
from tests.factories import StrategyFactory

pytestmark = pytest.mark.django_db

D = PartialDate.of
# Title, planned, actual: entered out of order.
STEPS = [
    ("Plan reviewed", D(2022), None),
    ("Board signs it off", D(2021, 6), D(2021, 5, 3)),
    ("Strategic assessment", D(2021, 3), D(2021, 1, 15)),
    ("Step with no date yet", None, None),
    ("Draft circulated", None, D(2021, 6)),
    ("Consultation planned", D(2021), None),
    ("Scrutiny committee", D(2021, 6, 10), None),
]
# Sorted by the date it happened, or is planned: a month or a year stands at its start.
IN_ORDER = [
    ("Consultation planned", "2021", ""),  # 1 January 2021
    ("Strategic assessment", "15 January 2021", "Planned for March 2021"),
    ("Board signs it off", "3 May 2021", "Planned for June 2021"),  # by when it happened
    ("Draft circulated", "June 2021", ""),  # 1 June 2021
    ("Scrutiny committee", "10 June 2021", ""),
    ("Plan reviewed", "2022", ""),
    ("Step with no date yet", "Not recorded", ""),
]


def test_the_timeline_is_in_date_order_whatever_each_date_is_known_to(client):
    strategy = StrategyFactory(slug="plan")
    for title, planned, actual in STEPS:
        step = Milestone(strategy=strategy, kind="other", title=title)
        step.planned, step.actual = planned, actual
        step.save()
    page = client.get(strategy.get_absolute_url()).content.decode()
    table = page[page.index("Approval and review timeline</caption>") :]
    table = table[: table.index("</table>")]
    rows = [
        [
            " ".join(re.sub(r"<[^>]+>", " ", cell).split())
            for cell in re.findall(r"<td.*?</td>", row)
        ]
        for row in re.findall(r"<tr class=\"govuk-table__row\">(.*?)</tr>", table, flags=re.S)
    ]
    shown = [(step, date) for date, step, _who, _done in filter(None, rows)]
    expected = [(title, f"{date} {planned}".strip()) for title, date, planned in IN_ORDER]
    assert shown == expected
