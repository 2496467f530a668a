"""Financial-year quarters and month arithmetic."""

import datetime

import pytest

from csp_portal.fiscal import Quarter, add_months, last_closed, quarters_between

D = datetime.date


@pytest.mark.parametrize(
    ("day", "quarter"),
    [
        (D(2021, 4, 1), Quarter(2021, 1)),
        (D(2021, 6, 30), Quarter(2021, 1)),
        (D(2021, 7, 1), Quarter(2021, 2)),
        (D(2021, 12, 31), Quarter(2021, 3)),
        (D(2022, 1, 1), Quarter(2021, 4)),
        (D(2022, 3, 31), Quarter(2021, 4)),
        (D(2022, 4, 1), Quarter(2022, 1)),
    ],
)
def test_the_quarter_of_a_day(day, quarter):
    assert Quarter.of(day) == quarter


def test_quarter_dates_labels_and_order():
    q4 = Quarter(2021, 4)
    assert (q4.starts_on, q4.ends_on) == (D(2022, 1, 1), D(2022, 3, 31))
    assert q4.label == "Q4 2021/22 (January to March 2022)"
    assert Quarter(2021, 1).label == "Q1 2021/22 (April to June 2021)"
    assert q4.next() == Quarter(2022, 1)
    assert Quarter(2022, 1).previous() == q4
    assert Quarter.parse("2021-Q4") == q4
    assert q4.slug == "2021-Q4"
    assert Quarter(2021, 3) < q4 < Quarter(2022, 1)
    assert len(quarters_between(Quarter(2021, 1), Quarter(2023, 4))) == 12
    with pytest.raises(ValueError, match="1 to 4"):
        Quarter(2021, 5)


def test_a_quarter_closes_the_day_after_its_last_day():
    assert not Quarter(2021, 4).has_closed(D(2022, 3, 31))
    assert Quarter(2021, 4).has_closed(D(2022, 4, 1))
    assert last_closed(D(2022, 4, 1)) == Quarter(2021, 4)
    assert last_closed(D(2022, 3, 31)) == Quarter(2021, 3)


def test_the_current_quarter_is_the_uk_date(settings):
    # 23:30 UTC on 31 March 2022 is already 00:30 on 1 April in London (BST).
    from unittest import mock

    from django.utils import timezone

    moment = datetime.datetime(2022, 3, 31, 23, 30, tzinfo=datetime.UTC)
    with mock.patch.object(timezone, "now", return_value=moment):
        assert Quarter.current() == Quarter(2022, 1)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2021, 1, 31), 12, D(2022, 1, 31)),
        (D(2024, 2, 29), 12, D(2025, 2, 28)),
        (D(2021, 8, 31), 6, D(2022, 2, 28)),
        (D(2021, 3, 15), -3, D(2020, 12, 15)),
    ],
)
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected
