import pytest

from tests.factories import ActionFactory, PartnershipFactory, PriorityFactory, StrategyFactory


@pytest.fixture
def plan(db):
    """A published 2021 to 2024 plan: two priorities, five actions starting 2021/22."""
    strategy = StrategyFactory(
        partnership=PartnershipFactory(slug="borough-a"),
        status="published",
        period_start_year=2021,
        period_end_year=2024,
    )
    violence = PriorityFactory(strategy=strategy, title="Reduce violence", order=1)
    asb = PriorityFactory(strategy=strategy, title="Tackle anti-social behaviour", order=2)
    for n in range(3):
        ActionFactory(strategy=strategy, priority=violence, delivery=f"Violence action {n}")
    for n in range(2):
        ActionFactory(strategy=strategy, priority=asb, delivery=f"ASB action {n}")
    return strategy
