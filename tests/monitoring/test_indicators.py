"""Performance indicators: CSV import (all or nothing), export, trend and the chart."""

import csv
import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from monitoring.imports import parse_indicator_csv
from monitoring.models import IndicatorValue
from monitoring.selectors import indicator_series
from tests.factories import IndicatorFactory, user_with_role
from tests.pages import assert_page_says

pytestmark = pytest.mark.django_db


@pytest.fixture
def indicators(plan):
    burglary = IndicatorFactory(
        strategy=plan, name="Residential burglaries", baseline=Decimal(53), target=Decimal(47)
    )
    marac = IndicatorFactory(strategy=plan, name="Repeat MARAC referrals", unit="%")
    return burglary, marac


GOOD = (
    "indicator,year,quarter,value,note\n"
    "Residential burglaries,2021/22,1,52,\n"
    "residential burglaries,2021,Q2,49.5,rounded\n"
    "Repeat MARAC referrals,2021,,31,whole year\n"
)


def upload(client, plan, text, name="figures.csv"):
    return client.post(
        reverse("monitoring_editor:indicator_import", kwargs={"pk": plan.pk}),
        {"file": SimpleUploadedFile(name, text.encode(), content_type="text/csv")},
    )


def test_a_good_file_is_imported(client, plan, indicators):
    client.force_login(user_with_role(plan.partnership, "editor"))
    response = upload(client, plan, GOOD)
    assert response.status_code == 302
    values = sorted(
        IndicatorValue.objects.values_list("indicator__name", "year", "quarter", "value", "note")
    )
    assert values == [
        ("Repeat MARAC referrals", 2021, None, Decimal("31.00"), "whole year"),
        ("Residential burglaries", 2021, 1, Decimal("52.00"), ""),
        ("Residential burglaries", 2021, 2, Decimal("49.50"), "rounded"),
    ]
    # Importing again replaces, not duplicates.
    upload(client, plan, GOOD.replace(",52,", ",51,"))
    assert IndicatorValue.objects.count() == 3
    assert IndicatorValue.objects.get(quarter=1).value == Decimal("51.00")


def test_a_file_with_bad_rows_saves_nothing_and_says_which(client, plan, indicators):
    client.force_login(user_with_role(plan.partnership, "editor"))
    bad = GOOD + (
        "Knife crime,2021,1,4,\n"
        "Residential burglaries,21/22,5,many,\n"
        "Residential burglaries,2021/22,1,50,\n"
    )
    response = upload(client, plan, bad)
    assert_page_says(
        response,
        "The file has errors, listed below. Nothing was saved.",
        "Line 5, Indicator: no indicator called ‘Knife crime’",
        "Line 6, Year: ‘21/22’ is not a year such as 2021 or 2021/22",
        "Line 6, Quarter: ‘5’ is not 1 to 4 (or empty)",
        "Line 6, Value: ‘many’ is not a number",
        "Line 7, Quarter: line 2 has a figure for the same period",
        status_code=400,
    )
    assert not IndicatorValue.objects.exists()


@pytest.mark.parametrize(
    ("row", "error"),
    [
        (
            "Residential burglaries,2026/28,1,52",
            "Line 2, Year: ‘2026/28’ is not a financial year: one starting in 2026 is 2026/27",
        ),
        (
            "Residential burglaries,2021/2023,1,52",
            "Line 2, Year: ‘2021/2023’ is not a financial year: one starting in 2021 is 2021/22",
        ),
        (
            "Residential burglaries,2021,1,-4",
            "Line 2, Value: ‘-4’ cannot be right: a figure in offences cannot be below 0",
        ),
        (
            "Repeat MARAC referrals,2021,1,1e9",
            "Line 2, Value: ‘1e9’ cannot be right: a percentage cannot be over 100",
        ),
        (
            "Repeat MARAC referrals,2021,1,100.01",
            "Line 2, Value: ‘100.01’ cannot be right: a percentage cannot be over 100",
        ),
        ("Repeat MARAC referrals,2021,1,NaN", "Line 2, Value: ‘NaN’ is not a number"),
        ("Residential burglaries,2021,1,inf", "Line 2, Value: ‘inf’ is not a number"),
        ("Residential burglaries,2021,1,-Infinity", "Line 2, Value: ‘-Infinity’ is not a number"),
        (
            "Residential burglaries,2021,1,1e12",
            "Line 2, Value: ‘1e12’ cannot be right: enter a number below 10,000,000,000",
        ),
    ],
)
def test_a_year_unlike_its_label_or_a_figure_out_of_range_is_refused(plan, indicators, row, error):
    result = parse_indicator_csv(plan, f"indicator,year,quarter,value\n{row}\n".encode())
    assert len(result.errors) == 1
    assert result.errors[0].startswith(error), result.errors
    assert not result.rows


@pytest.mark.parametrize(
    ("row", "saved"),
    [
        ('Residential burglaries,2021/22,1,"3,460"', Decimal("3460.00")),
        ("Residential burglaries,2021-2022,1,0", Decimal("0.00")),
        ("Repeat MARAC referrals,2021,1,100", Decimal("100.00")),
        ("Repeat MARAC referrals,2099/00,,62.5", Decimal("62.50")),
    ],
)
def test_sane_figures_and_years_as_written_are_read(plan, indicators, row, saved):
    result = parse_indicator_csv(plan, f"indicator,year,quarter,value\n{row}\n".encode())
    assert not result.errors
    assert result.rows[0][3] == saved


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"name,when\nx,y\n", "missing: indicator, year, quarter, value"),
        (b"indicator,year,quarter,value\n", "The file has no figures in it."),
        ("indicator,year,quarter,value\nRésumé,2021,1,1\n".encode("latin-1"), "not UTF-8"),
    ],
)
def test_unreadable_files_are_explained(plan, indicators, content, message):
    result = parse_indicator_csv(plan, content)
    assert not result.rows
    assert any(message in error for error in result.errors), result.errors


def test_export_round_trips(client, plan, indicators):
    client.force_login(user_with_role(plan.partnership, "viewer"))
    parsed = parse_indicator_csv(plan, GOOD.encode())
    from monitoring.services import indicator_values_import

    indicator_values_import(
        strategy=plan, rows=parsed.rows, by=user_with_role(plan.partnership, "editor")
    )
    body = client.get(reverse("monitoring_editor:indicator_export", kwargs={"pk": plan.pk})).content
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0] == ["indicator", "year", "quarter", "value", "note"]
    assert ["Residential burglaries", "2021", "2", "49.5", "rounded"] in rows
    assert not parse_indicator_csv(plan, body).errors


def test_trend_target_and_chart(plan, indicators):
    burglary, _marac = indicators
    for quarter, value in [(1, 52), (2, 49), (3, 55), (4, 44)]:
        IndicatorValue.objects.create(indicator=burglary, year=2021, quarter=quarter, value=value)
    series = {s.indicator.name: s for s in indicator_series(plan)}
    burglaries = series["Residential burglaries"]
    assert burglaries.trend == "Improving"  # 55 then 44, lower is better
    assert burglaries.against_target == "Target met"  # 44 <= 47
    assert "<polyline" in burglaries.chart
    assert "Q4 2021/22: 44" in burglaries.chart  # the description lists every figure
    assert series["Repeat MARAC referrals"].trend == "Not enough figures yet"


def test_importing_needs_an_editor(client, plan, indicators):
    client.force_login(user_with_role(plan.partnership, "viewer"))
    assert upload(client, plan, GOOD).status_code == 403
    assert not IndicatorValue.objects.exists()
