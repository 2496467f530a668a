import datetime

import pytest
from django.utils import timezone

from consultations.models import Consultation, Question
from consultations.questions import standard_questions
from tests.factories import PartnershipFactory, PriorityFactory, StrategyFactory


@pytest.fixture
def consultation(db):
    """Out for consultation, open since yesterday for a week, with the standard questions on
    two draft priorities."""
    strategy = StrategyFactory(
        partnership=PartnershipFactory(slug="borough-a"), status="consultation"
    )
    PriorityFactory(strategy=strategy, title="Reduce violence", order=1)
    PriorityFactory(strategy=strategy, title="Protect the vulnerable", order=2)
    now = timezone.now()
    consultation = Consultation.objects.create(
        strategy=strategy,
        title="Have your say on our draft priorities",
        opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=7),
    )
    Question.objects.bulk_create(standard_questions(consultation))
    return consultation


def question(consultation, kind, n=0):
    return list(consultation.questions.filter(kind=kind))[n]


def field(consultation, kind, n=0):
    return f"q{question(consultation, kind, n).pk}"
