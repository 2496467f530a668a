"""Every editor URL the resolver knows, swept as someone who should not get in: anonymous
(to the sign-in page), a manager of another partnership (404, never a hint it exists) and a
viewer writing (403). The URL names come from the resolver, so a new page cannot ship
unswept: a URL name this test has no arguments for fails it."""

import datetime

import pytest
from django.apps import apps
from django.urls import get_resolver, resolve, reverse
from django.utils import timezone

from consultations.models import Answer, Consultation, ConsultationChange, Question, Response
from monitoring.models import Indicator
from partnerships.models import PartnershipRole
from scrutiny.models import ScrutinyRecommendation, ScrutinyReview
from strategies.parts import PARTS
from tests.factories import (
    ActionFactory,
    DeliveryAreaFactory,
    StrategyFactory,
    user_with_role,
)

pytestmark = pytest.mark.django_db


def editor_urls() -> list[tuple[str, str, list[str]]]:
    """(namespace:name, the address pattern, its arguments) for every editor URL."""
    found = []
    for namespace, (_prefix, resolver) in get_resolver().namespace_dict.items():
        if not namespace.endswith("_editor"):
            continue
        for name, entries in resolver.reverse_dict.lists():
            if not isinstance(name, str):
                continue
            for possibilities, _pattern, defaults, _converters in entries:
                for address, params in possibilities:
                    arguments = [p for p in params if p not in defaults]
                    found.append((f"{namespace}:{name}", address, arguments))
    return sorted(found)


@pytest.fixture
def records(partnership_a, draft_a):
    """One of everything an editor URL can name, in partnership A."""
    strategy = draft_a
    priority = strategy.priorities.first()
    area = DeliveryAreaFactory(strategy=strategy, priority=priority)
    action = ActionFactory(strategy=strategy, priority=priority)
    milestone = strategy.milestones.create(kind="review", title="Review")
    risk = strategy.risks.create(title="Funding ends")
    indicator = Indicator.objects.create(
        strategy=strategy, name="Burglaries", unit="offences", direction="lower"
    )
    now = timezone.now()
    consultation = Consultation.objects.create(
        strategy=strategy,
        title="Have your say",
        opens_at=now + datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=8),
    )
    question = Question.objects.create(consultation=consultation, kind="concerns", text="What?")
    response = Response.objects.create(consultation=consultation, reference="SWEP-0001")
    answer = Answer.objects.create(response=response, question=question, text="Speeding")
    change = ConsultationChange.objects.create(
        consultation=consultation, you_said="More patrols", we_did="Added a priority"
    )
    review = ScrutinyReview.objects.create(
        partnership=partnership_a, committee="Overview and Scrutiny", meeting_on=now.date()
    )
    recommendation = ScrutinyRecommendation.objects.create(review=review, text="Report yearly")
    role = PartnershipRole.objects.filter(partnership=partnership_a).first()
    parts = {
        "priority": priority,
        "delivery_area": area,
        "action": action,
        "milestone": milestone,
        "risk": risk,
    }
    return {
        "strategy": strategy,
        "consultation": consultation,
        "partnership": partnership_a,
        "parts": parts,
        "history": {p.name: parts[p.name].history.first().history_id for p in PARTS},
        "action_pk": action.pk,
        "indicator_pk": indicator.pk,
        "question_pk": question.pk,
        "answer_pk": answer.pk,
        "change_pk": change.pk,
        "review_pk": review.pk,
        "item_pk": recommendation.pk,
        "role_pk": role.pk if role else 1,
    }


def arguments(name: str, address: str, params: list[str], records) -> dict:
    """The URL's arguments, for partnership A's records; fails on one it does not know."""
    kinds = {f"{p.name}_": p.name for p in PARTS}
    part = next(
        (kind for prefix, kind in kinds.items() if name.split(":")[1].startswith(prefix)), None
    )
    values = {}
    for param in params:
        if param == "pk" and address.startswith("strategies/"):
            values[param] = records["strategy"].pk
        elif param == "pk" and address.startswith("consultations/"):
            values[param] = records["consultation"].pk
        elif param == "slug" and address.startswith("partnerships/"):
            values[param] = records["partnership"].slug
        elif param == "part_pk" and part:
            values[param] = records["parts"][part].pk
        elif param == "history_id" and part:
            values[param] = records["history"][part]
        elif param in records:
            values[param] = records[param]
        else:
            pytest.fail(f"No arguments for {name} ({address}): add '{param}' to this sweep")
    return values


@pytest.fixture
def swept(records):
    urls = []
    for name, address, params in editor_urls():
        kwargs = arguments(name, address, params, records)
        urls.append((name, reverse(name, kwargs=kwargs), bool(params)))
    assert len(urls) > 40  # every app's editor pages are found
    return urls


def row_counts() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label
        in {"partnerships", "subgroups", "strategies", "consultations", "monitoring", "scrutiny"}
    }


def test_every_editor_url_is_swept():
    names = {name for name, _address, _params in editor_urls()}
    namespaces = {name.split(":")[0] for name in names}
    assert namespaces == {
        "partnerships_editor",
        "strategies_editor",
        "consultations_editor",
        "monitoring_editor",
        "scrutiny_editor",
        "reports_editor",
    }
    assert "strategies_editor:priority_restore" in names


def test_every_editor_url_turns_away_anonymous_users(client, swept):
    for name, url, _ in swept:
        for response in (client.get(url), client.post(url, {"title": "x", "to": "consultation"})):
            assert response.status_code == 302, name
            assert response["Location"].startswith(reverse("login")), name


def test_another_partnerships_manager_finds_nothing_by_editing_urls(client, swept, draft_a):
    other = user_with_role(StrategyFactory().partnership, "approver")
    client.force_login(other)
    before = row_counts()
    for name, url, has_object in swept:
        if not has_object:
            continue  # the dashboard: their own
        assert client.get(url).status_code == 404, name
        assert client.post(url, {"title": "x", "to": "consultation"}).status_code == 404, name
    assert row_counts() == before
    draft_a.refresh_from_db()
    assert draft_a.status == "draft"


def test_a_viewer_is_refused_every_write(client, swept, partnership_a):
    client.force_login(user_with_role(partnership_a, "viewer"))
    before = row_counts()
    for name, url, _ in swept:
        view = resolve(url).func.view_class
        expected = 403 if hasattr(view, "post") else 405
        response = client.post(url, {"title": "x", "to": "consultation", "email": "a@b.org"})
        assert response.status_code == expected, name
    assert row_counts() == before
