import pytest

from tests.factories import (
    DeliveryAreaFactory,
    PartnershipFactory,
    PriorityFactory,
    StrategyFactory,
)


@pytest.fixture
def english_only(db):
    return PartnershipFactory(slug="english-borough", area="English Borough")


@pytest.fixture
def bilingual_plan(bilingual):
    """A published plan of the bilingual partnership, written in both languages."""
    strategy = StrategyFactory(
        partnership=bilingual,
        slug="strategaeth",
        title_en="Community Safety Strategy",
        title_cy="Strategaeth Diogelwch Cymunedol",
        summary_en="We will keep people safe.",
        summary_cy="Byddwn yn cadw pobl yn ddiogel.",
    )
    priority = PriorityFactory(
        strategy=strategy, title_en="Reduce violence", title_cy="Lleihau trais", order=1
    )
    DeliveryAreaFactory(
        strategy=strategy, priority=priority, title_en="Knife crime", title_cy="Troseddau cyllyll"
    )
    return strategy
