import pytest

from tests.factories import (
    PartnershipFactory,
    PriorityFactory,
    StrategyFactory,
    open_consultation,
)


@pytest.fixture
def consultation(db):
    """Out for consultation, open since yesterday for a week, with the standard questions on
    two draft priorities."""
    strategy = StrategyFactory(
        partnership=PartnershipFactory(slug="borough-a"), status="consultation"
    )
    PriorityFactory(strategy=strategy, title="Reduce violence", order=1)
    PriorityFactory(strategy=strategy, title="Protect the vulnerable", order=2)
    return open_consultation(strategy)


def question(consultation, kind, n=0):
    return list(consultation.questions.filter(kind=kind))[n]


def field(consultation, kind, n=0):
    return f"q{question(consultation, kind, n).pk}"
