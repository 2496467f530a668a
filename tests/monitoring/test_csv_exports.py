"""Every CSV download of the portal keeps its numbers as numbers (-4 stays -4) and guards
only text a spreadsheet would run as a formula."""

import csv
import io
from decimal import Decimal

import pytest
from django.urls import reverse

from consultations.models import Answer, Response, new_reference
from csp_portal.csvfiles import guarded
from csp_portal.tabular import read_upload
from monitoring.imports import parse_indicator_csv
from monitoring.models import IndicatorValue
from strategies.imports import parse_action_plan
from tests.factories import (
    ActionFactory,
    IndicatorFactory,
    StrategyFactory,
    open_consultation,
    user_with_role,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("-4", "-4"),
        ("+3", "+3"),
        ("-4.50", "-4.50"),
        ("-1,234.5", "-1,234.5"),
        ("-12%", "-12%"),
        (-4, -4),
        (Decimal("-4.5"), Decimal("-4.5")),
        ("49.5", "49.5"),
        ("=SUM(A1:A2)", "'=SUM(A1:A2)"),
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+44 118 974 6000", "'+44 118 974 6000"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("-4e3", "'-4e3"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("- a list item", "'- a list item"),
        ("Reduce burglary by 4", "Reduce burglary by 4"),
        ("", ""),
    ],
)
def test_only_text_that_would_run_is_guarded(cell, written):
    assert guarded(cell) == written


def rows_of(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_action_plan_download_keeps_a_negative_target_and_imports_back(client):
    strategy = StrategyFactory(status="draft")
    ActionFactory(strategy=strategy, delivery="Fewer repeat victims", target="-4")
    client.force_login(user_with_role(strategy.partnership, "viewer"))
    url = reverse("strategies_editor:actions", kwargs={"pk": strategy.pk})
    response = client.get(url, {"_export": "csv"})
    rows = rows_of(response)
    target = rows[0].index("Target")
    assert rows[1][target] == "-4"
    preview = parse_action_plan(strategy, read_upload(response.content), default_year=None)
    assert not preview.errors
    assert preview.lines[0].record.action.target == "-4"


def test_the_indicator_download_writes_figures_as_numbers(client, plan):
    change = IndicatorFactory(
        strategy=plan, name="Change in repeat victims", unit="change on last year"
    )
    IndicatorValue.objects.create(indicator=change, year=2021, quarter=1, value=Decimal("-4"))
    IndicatorValue.objects.create(indicator=change, year=2021, quarter=2, value=Decimal("3460"))
    client.force_login(user_with_role(plan.partnership, "viewer"))
    response = client.get(reverse("monitoring_editor:indicator_export", kwargs={"pk": plan.pk}))
    rows = rows_of(response)
    assert rows[1] == ["Change in repeat victims", "2021", "1", "-4", ""]
    assert rows[2][3] == "3460"
    parsed = parse_indicator_csv(plan, response.content)
    assert [row[3] for row in parsed.rows] == [Decimal("-4.00"), Decimal("3460.00")]


def test_the_consultation_downloads_keep_numbers(client):
    strategy = StrategyFactory(status="consultation")
    consultation = open_consultation(strategy)
    question = consultation.questions.filter(kind="concerns").first()
    for text in ["-4", "=cmd"]:
        response = Response.objects.create(consultation=consultation, reference=new_reference())
        Answer.objects.create(response=response, question=question, text=text)
    client.force_login(user_with_role(strategy.partnership, "viewer"))
    rows = rows_of(
        client.get(reverse("consultations_editor:responses_csv", kwargs={"pk": consultation.pk}))
    )
    column = rows[0].index(question.text)
    assert [row[column] for row in rows[1:]] == ["-4", "'=cmd"]
    totals = rows_of(
        client.get(reverse("consultations_editor:equality_csv", kwargs={"pk": consultation.pk}))
    )
    assert all(row[2].isdigit() for row in totals[1:])
