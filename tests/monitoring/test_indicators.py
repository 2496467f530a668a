"""Performance indicators: CSV import (all or nothing), export, trend and the chart."""

import csv
import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from monitoring.imports import parse_indicator_csv
from monitoring.models import Indicator, IndicatorValue
from monitoring.selectors import indicator_series
from tests.factories import user_with_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def indicators(plan):
    burglary = Indicator.objects.create(
        strategy=plan,
        name="Residential burglaries",
        unit="offences",
        direction="lower",
        baseline=Decimal(53),
        target=Decimal(47),
    )
    marac = Indicator.objects.create(
        strategy=plan, name="Repeat MARAC referrals", unit="%", direction="lower"
    )
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
    page = response.content.decode()
    assert response.status_code == 400
    assert "The file has errors, listed below. Nothing was saved." in page
    assert "Line 5: no indicator called ‘Knife crime’." in page
    assert "Line 6: the year ‘21/22’ is not a year" in page
    assert "the quarter ‘5’ is not 1 to 4" in page
    assert "the value ‘many’ is not a number" in page
    assert "Line 7: the same figure as line 2." in page
    assert not IndicatorValue.objects.exists()


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
    assert ["Residential burglaries", "2021", "2", "49.50", "rounded"] in rows
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
