import pytest

from tests.workers import DATABASE_BACKEND


@pytest.fixture(autouse=True)
def _queued_in_the_database(settings):
    """Jobs queued in the database, for worker processes to run, as in production."""
    settings.TASKS = DATABASE_BACKEND


@pytest.fixture
def big_plan(db):
    """A published plan big enough that rendering it takes a few seconds, and so can be
    interrupted."""
    from tests.factories import ActionFactory, DeliveryAreaFactory, PriorityFactory, StrategyFactory

    strategy = StrategyFactory(status="approved", published_on=None)
    for _ in range(6):
        priority = PriorityFactory(strategy=strategy)
        area = DeliveryAreaFactory(strategy=strategy, priority=priority)
        ActionFactory.create_batch(40, strategy=strategy, delivery_area=area)
    return strategy
