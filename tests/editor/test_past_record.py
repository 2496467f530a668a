"""The record of a plan published before the portal: published on the date the papers give
(never a day to come, never the day it was typed in), judged by the statutory checklist by
that date; and a new plan started after it, which is a plan of its own, not its revision."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from reports.checklist import DUE_SOON, MET, NOT_MET, statutory_checklist
from strategies.models import Strategy
from strategies.services import strategy_start_refresh
from tests.browsing import Visitor
from tests.factories import StrategyFactory, user_with_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def approver(client, partnership_a):
    user = user_with_role(partnership_a, "approver")
    client.force_login(user)
    return user


def date_fields(name: str, day=None, month=None, year=None) -> dict:
    return {f"{name}_0": day or "", f"{name}_1": month or "", f"{name}_2": year or ""}


def start(client, partnership, title: str, *, record: bool) -> Strategy:
    Visitor(client).submit(
        reverse("strategies_editor:add", kwargs={"slug": partnership.slug}),
        {
            "published_elsewhere": "True" if record else "False",
            "title": title,
            "period_start_year": "2022",
            "period_end_year": "2025",
        },
    )
    return Strategy.objects.get(partnership=partnership, title=title)


@pytest.fixture
def record(client, partnership_a, approver):
    """'Plan 2022-2025', published in July 2022 as the council's papers say."""
    strategy = start(client, partnership_a, "Plan 2022-2025", record=True)
    Visitor(client).submit(
        reverse("strategies_editor:record_publication", kwargs={"pk": strategy.pk}),
        date_fields("published_on", None, 7, 2022),
    )
    strategy.refresh_from_db()
    assert strategy.status == "published"
    return strategy


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (datetime.date(2023, 5, 1), MET),
        (datetime.date(2023, 5, 2), DUE_SOON),  # 60 days before July 2023 begins
        (datetime.date(2023, 7, 31), DUE_SOON),  # July 2022 may have been its last day
        (datetime.date(2023, 8, 1), NOT_MET),  # 12 months after July 2022, whatever its day
    ],
)
def test_the_checklist_judges_a_record_by_the_date_it_was_published(
    partnership_a, record, today, expected
):
    checks = {check.row: check for check in statutory_checklist(partnership_a, today)}
    refreshed, published = checks[7], checks[9]
    assert refreshed.status == expected
    assert "Published July 2022" in refreshed.evidence
    assert published.status == MET
    assert published.evidence[0].startswith("Published before the portal, July 2022; ")


def days_to_come() -> list[tuple[str, dict]]:
    """The first day, month and year still to come, as the date input takes them."""
    today = timezone.localdate()
    tomorrow = today + datetime.timedelta(days=1)
    next_month = (today.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
    return [
        ("tomorrow", date_fields("published_on", tomorrow.day, tomorrow.month, tomorrow.year)),
        ("next month", date_fields("published_on", None, next_month.month, next_month.year)),
        ("next year", date_fields("published_on", None, None, today.year + 1)),
    ]


def test_a_record_cannot_be_published_on_a_date_to_come(client, partnership_a, approver):
    strategy = start(client, partnership_a, "Plan 2022-2025", record=True)
    url = reverse("strategies_editor:record_publication", kwargs={"pk": strategy.pk})
    for when, fields in days_to_come():
        response = Visitor(client).submit(url, fields, expect=200)
        page = response.content.decode()
        assert "The date of publication cannot be in the future" in page, when
        typed = [str(fields[f"published_on_{i}"]) for i in range(3)]
        assert response.context["form"]["published_on"].value() == typed, when  # kept
    strategy.refresh_from_db()
    assert (strategy.status, strategy.published_on) == ("draft", None)


def test_a_new_plan_after_a_record_is_its_own_first_revision(client, partnership_a, record):
    new = start(client, partnership_a, "Plan 2025-2028", record=False)
    assert (new.revision, new.supersedes) == (1, None)
    page = client.get(reverse("reports_editor:strategy", kwargs={"pk": new.pk})).content.decode()
    assert "Revision 1," in page
    assert "Compare with the previous revision" not in page


def test_a_refresh_is_the_next_revision_of_its_own_plan(partnership_a, approver, record):
    other = StrategyFactory(
        partnership=partnership_a, slug="older", revision=4, status="superseded"
    )
    assert other.revision > record.revision
    draft, _copied = strategy_start_refresh(strategy=record, by=approver)
    assert (draft.revision, draft.supersedes) == (2, record)
