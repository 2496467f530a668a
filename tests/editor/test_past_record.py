"""The record of a plan published before the portal, and a new plan started after it, which
is a plan of its own, not its revision."""

import pytest
from django.urls import reverse

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
