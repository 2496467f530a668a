"""What a page says, it says once and truly: an action's delivery area and its own heading
of the same name ('Knife crime') are not printed as 'Knife crime: Knife crime'; a step of
the timeline with no date recorded says 'Not recorded', on the public page and in the
workspace, never 'No date' or 'Not yet' (which would say it has not happened)."""

import re

import pytest
from django.urls import reverse

from tests.factories import (
    ActionFactory,
    DeliveryAreaFactory,
    PriorityFactory,
    StrategyFactory,
    user_with_role,
)

pytestmark = pytest.mark.django_db


def words(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_a_delivery_area_and_a_heading_of_the_same_name_are_said_once(client):
    strategy = StrategyFactory(slug="plan")
    priority = PriorityFactory(strategy=strategy, title="Serious violence")
    knife = DeliveryAreaFactory(strategy=strategy, priority=priority, title="Knife crime")
    ActionFactory(strategy=strategy, priority=priority, delivery_area=knife, area="Knife crime",
                  delivery="Weapons sweeps in parks")  # fmt: skip
    ActionFactory(strategy=strategy, priority=priority, delivery_area=knife, area="Town centre",
                  delivery="Test purchases of knives")  # fmt: skip
    page = words(client.get(strategy.get_absolute_url()).content.decode())
    assert "Knife crime Weapons sweeps in parks" in page
    assert "Knife crime: Knife crime" not in page
    assert "Knife crime: Town centre Test purchases of knives" in page


def test_a_step_with_no_date_says_not_recorded_in_the_workspace(client):
    strategy = StrategyFactory(status="draft")
    strategy.milestones.create(kind="review", title="Review by the board")
    client.force_login(user_with_role(strategy.partnership, "editor"))
    page = words(
        client.get(reverse("reports_editor:strategy", kwargs={"pk": strategy.pk})).content.decode()
    )
    milestones = page[page.index("Milestone Planned Done") :]
    assert milestones.startswith(
        "Milestone Planned Done Change Review by the board Not recorded Not recorded"
    )
    assert "No date" not in milestones
    assert "Not yet" not in milestones
