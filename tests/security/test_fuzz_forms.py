"""Property-based tests (hypothesis): whatever arrives in a form, arbitrary Unicode, huge
strings, missing fields, the answer is never a server error, a refusal saves nothing, and
nothing the user typed comes back as markup."""

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consultations.models import Answer, Response
from strategies.models import Action, DeliveryArea, StrategicPriority
from tests.factories import PriorityFactory, StrategyFactory, open_consultation, user_with_role

pytestmark = pytest.mark.django_db

# Text a browser could send: any Unicode but lone surrogates (which cannot be UTF-8).
TEXT = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=400),
    st.sampled_from(
        [
            "",
            " ",
            "<script>alert(1)</script>",
            "x" * 70_000,
            "\u202e\u0000\ufeff",
            "1" * 30,
            "-1",
            "2021-02-30",
        ]
    ),
)


def form_data(fields):
    """Each field present with arbitrary text, or missing."""
    return st.fixed_dictionaries({name: st.one_of(st.none(), TEXT) for name in fields}).map(
        lambda data: {k: v for k, v in data.items() if v is not None}
    )


FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def editor_client(client):
    strategy = StrategyFactory(status="draft")
    PriorityFactory(strategy=strategy, title="Reduce violence")
    client.force_login(user_with_role(strategy.partnership, "editor"))
    client.raise_request_exception = True  # a 500 fails the test with its traceback
    return client, strategy


PARTS = {
    "priority": (StrategicPriority, ["title", "subtitle", "description", "themes"]),
    "delivery_area": (DeliveryArea, ["title", "priority", "description"]),
    "action": (
        Action,
        ["delivery", "priority", "year", "area", "target", "four_p", "due_on", "lead_subgroup"],
    ),
}


@pytest.mark.parametrize("kind", PARTS)
def test_editor_part_forms_never_fail_and_never_half_save(editor_client, kind):
    client, strategy = editor_client
    model, fields = PARTS[kind]
    url = reverse(f"strategies_editor:{kind}_add", kwargs={"pk": strategy.pk})

    @FUZZ
    @given(data=form_data(fields))
    def check(data):
        before = model.objects.count()
        response = client.post(url, data)
        assert response.status_code in (200, 302)
        if response.status_code == 200:
            assert model.objects.count() == before
            assert b"There is a problem" in response.content
            assert b"<script>alert(1)</script>" not in response.content
        else:
            assert model.objects.count() == before + 1

    check()


def test_strategy_form_never_fails(editor_client):
    client, strategy = editor_client
    fields = ["title", "period_start_year", "period_end_year", "vision", "summary", "version"]
    edit = reverse("strategies_editor:edit", kwargs={"pk": strategy.pk})

    @FUZZ
    @given(data=form_data(fields))
    def check(data):
        strategy.refresh_from_db()
        title = strategy.title
        response = client.post(edit, data)
        assert response.status_code in (200, 302, 409)
        if response.status_code != 302:
            strategy.refresh_from_db()
            assert strategy.title == title

    check()


@pytest.fixture
def consultation(client):
    strategy = StrategyFactory(status="consultation")
    PriorityFactory(strategy=strategy, title="Reduce violence")
    client.raise_request_exception = True
    return open_consultation(strategy, title="Have your say")


def test_consultation_form_never_fails_and_never_half_saves(client, consultation, settings):
    settings.CONSULTATION_RATE_LIMIT = "0/1"
    url = reverse(
        "consultations:respond",
        kwargs={"partnership_slug": consultation.strategy.partnership.slug, "pk": consultation.pk},
    )
    fields = [f"q{q.pk}" for q in consultation.questions.all()] + ["email", "website"]

    @FUZZ
    @given(data=form_data(fields))
    def check(data):
        responses, answers = Response.objects.count(), Answer.objects.count()
        response = client.post(url, data)
        assert response.status_code in (200, 302, 413)
        if response.status_code != 302 or data.get("website", "").strip():
            assert (Response.objects.count(), Answer.objects.count()) == (responses, answers)
        if response.status_code == 200:
            assert b"<script>alert(1)</script>" not in response.content

    check()


def test_filters_never_fail(editor_client):
    client, strategy = editor_client
    actions = reverse("strategies_editor:actions", kwargs={"pk": strategy.pk})

    @FUZZ
    @given(data=form_data(["priority", "lead_subgroup", "lead_organisation", "year", "four_p"]))
    def check(data):
        response = client.get(actions, data)
        assert response.status_code == 200

    check()
