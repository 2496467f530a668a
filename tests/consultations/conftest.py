import pytest
from django.urls import reverse

from consultations.models import Answer, Response, new_reference
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


def respond(consultation, **by_kind):
    """One response; by_kind maps 'agreement0', 'respondent_type', 'area', ... to answers."""
    response = Response.objects.create(
        consultation=consultation,
        reference=new_reference(),
        respondent_type=by_kind.get("respondent_type", ""),
        area=by_kind.get("area", ""),
    )
    for key, value in by_kind.items():
        kind, n = (key[:-1], int(key[-1])) if key[-1].isdigit() else (key, 0)
        q = question(consultation, kind, n)
        is_text = q.kind in ("concerns", "priority_comment", "text")
        Answer.objects.create(
            response=response,
            question=q,
            choice="" if is_text else value,
            text=value if is_text else "",
        )
    return response


def respond_url(consultation) -> str:
    return public_url("consultations:respond", consultation)


def results_url(consultation) -> str:
    return public_url("consultations:results", consultation)


def public_url(name: str, consultation) -> str:
    """A public page of the consultation, under its partnership's address."""
    return reverse(
        name,
        kwargs={"partnership_slug": consultation.strategy.partnership.slug, "pk": consultation.pk},
    )
