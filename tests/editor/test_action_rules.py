"""An action, typed on its form or read from a table, keeps to its plan: its year within the
plan's period, its due date not before the plan starts, its delivery area under its
priority; a delivery area chosen fills the area heading left empty; the 4P category has a
real prompt."""

import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from csp_portal.tabular import read_text
from strategies.imports import COLUMNS, parse_action_plan, parse_year
from strategies.models import Action, DeliveryArea
from tests.factories import ActionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def areas(draft_a):
    """Two delivery areas under 'Reduce violence', one at strategy level (2021 to 2024)."""
    violence = draft_a.priorities.get(title="Reduce violence")
    return {
        "knives": DeliveryArea.objects.create(
            strategy=draft_a, priority=violence, title="Knife crime"
        ),
        "night": DeliveryArea.objects.create(strategy=draft_a, title="Night-time economy"),
    }


def post_action(client, strategy, **fields):
    data = {"delivery": "Weapons sweeps in parks", "year": "2021", "due_on_0": "",
            "due_on_1": "", "due_on_2": "", **fields}  # fmt: skip
    url = reverse("strategies_editor:action_add", kwargs={"pk": strategy.pk})
    return client.post(url, data)


@pytest.mark.parametrize(
    ("year", "saved"), [("2020", False), ("2021", True), ("2023", True), ("2024", False)]
)
def test_the_year_is_within_the_plans_period(client, draft_a, editor, year, saved):
    client.force_login(editor)
    response = post_action(client, draft_a, year=year)
    assert Action.objects.exists() == saved
    if not saved:
        assertContains(
            response,
            "The financial year it starts must be between 2021 and 2023: the plan runs from "
            "2021/22 to 2023/24",
        )


@pytest.mark.parametrize(
    ("due", "saved"),
    [
        (("31", "3", "2021"), False),
        (("", "3", "2021"), False),
        (("", "", "2020"), False),
        (("1", "4", "2021"), True),
        (("", "", "2021"), True),  # the year 2021 goes on past 1 April
        (("", "3", "2025"), True),
    ],
)
def test_a_due_date_is_not_before_the_plan_starts(client, draft_a, editor, due, saved):
    client.force_login(editor)
    day, month, year = due
    response = post_action(client, draft_a, due_on_0=day, due_on_1=month, due_on_2=year)
    assert Action.objects.exists() == saved
    if not saved:
        assertContains(
            response, "The due date must be the same as or after 1 April 2021, when the plan starts"
        )


def test_the_delivery_area_belongs_to_the_priority_chosen(client, draft_a, editor, areas):
    client.force_login(editor)
    vulnerable = draft_a.priorities.get(title="Protect the vulnerable")
    response = post_action(
        client, draft_a, priority=vulnerable.pk, delivery_area=areas["knives"].pk
    )
    assertContains(
        response,
        "‘Knife crime’ is under the priority ‘Reduce violence’: choose that priority, or a "
        "delivery area under this one",
    )
    assert not Action.objects.exists()
    # An area at strategy level goes with any priority.
    post_action(client, draft_a, priority=vulnerable.pk, delivery_area=areas["night"].pk)
    assert Action.objects.get().priority == vulnerable


def test_choosing_a_delivery_area_fills_the_priority_and_the_area_left_empty(
    client, draft_a, editor, areas
):
    client.force_login(editor)
    post_action(client, draft_a, delivery_area=areas["knives"].pk, area="")
    action = Action.objects.get()
    assert action.area == "Knife crime"
    assert action.priority.title == "Reduce violence"
    post_action(client, draft_a, delivery_area=areas["knives"].pk, area="Weapons", delivery="B")
    assert Action.objects.get(delivery="B").area == "Weapons"  # what was typed is kept


def test_the_4p_category_has_a_real_prompt_and_nothing_chosen(client, draft_a, editor):
    client.force_login(editor)
    page = client.get(reverse("strategies_editor:action_add", kwargs={"pk": draft_a.pk}))
    assertNotContains(page, "---------")
    assertContains(page, '<option value="" selected>Not given</option>', html=True)
    action = ActionFactory(strategy=draft_a, four_p="pursue")
    edit = reverse(
        "strategies_editor:action_edit", kwargs={"pk": draft_a.pk, "record_pk": action.pk}
    )
    assertContains(client.get(edit), '<option value="pursue" selected>Pursue</option>', html=True)


def rows(*lines: str):
    return read_text("\n".join(["\t".join(COLUMNS), *lines]) + "\n")


def test_a_year_label_must_follow_its_first_year():
    assert parse_year("2026/27") == parse_year("2026/2027") == 2026
    with pytest.raises(ValueError, match="one starting in 2026 is 2026/27"):
        parse_year("2026/28")


def test_the_import_refuses_a_year_outside_the_plan_or_a_due_date_before_it(draft_a):
    preview = parse_action_plan(
        draft_a,
        rows(
            "Reduce violence\t\t\t2024/25\tToo late\t\t\t\t\t",
            "Reduce violence\t\t\t2021/23\tMislabelled\t\t\t\t\t",
            "Reduce violence\t\t\t2021\tDue too early\t\t\t\t\tMarch 2021",
            "Reduce violence\t\t\t2023/24\tGood\t\t\t\t\t2021",
        ),
        default_year=None,
    )
    assert preview.errors == [
        "Line 2, Year: 2024/25 is outside the plan: it runs from 2021/22 to 2023/24",
        "Line 3, Year: ‘2021/23’ is not a financial year: one starting in 2021 is 2021/22",
        "Line 4, Due: March 2021 is before the plan starts, on 1 April 2021",
    ]
    assert [line.cells[4] for line in preview.lines] == ["Good"]


def test_the_import_puts_a_delivery_area_under_the_rows_priority(draft_a, areas):
    """A row naming an area the strategy has under another priority never joins that area:
    the preview lists the area to create under the row's priority."""
    preview = parse_action_plan(
        draft_a,
        rows("Protect the vulnerable\tKnife crime\t\t2021\tSchools talks\t\t\t\t\t"),
        default_year=None,
    )
    assert not preview.errors
    assert preview.to_create == [
        (
            "Delivery areas the strategy does not have yet",
            ["Knife crime (under Protect the vulnerable)"],
        )
    ]
