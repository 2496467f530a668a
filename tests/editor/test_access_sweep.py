"""Every editor URL the resolver knows, swept as someone who should not get in: anonymous
(to the sign-in page), a manager of another partnership (404, never a hint it exists) and a
viewer writing (403). The URL names come from the resolver, so a new page cannot ship
unswept: a URL name this test has no arguments for fails it."""

import datetime

import pytest
from django.apps import apps
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone

from consultations.models import (
    Answer,
    Consultation,
    ConsultationChange,
    Question,
    ReportedResult,
    Response,
)
from monitoring.models import Indicator
from partnerships import permissions
from partnerships.models import (
    BoardMeeting,
    BoardPost,
    Contact,
    Funding,
    GovernanceLink,
    Membership,
    PartnershipRole,
)
from scrutiny.models import ScrutinyRecommendation, ScrutinyReview
from strategies.models import Document, StrategicAssessment
from subgroups.models import SubgroupMember
from tests.factories import (
    ActionFactory,
    DeliveryAreaFactory,
    OrganisationFactory,
    StrategyFactory,
    SubgroupFactory,
    user_with_role,
)

pytestmark = pytest.mark.django_db


def editor_urls() -> list[tuple[str, str, list[str], object]]:
    """(namespace:name, the address pattern, its arguments, the view) for every editor URL."""
    found = []

    def walk(patterns, prefix, namespace):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                inner = entry.namespace or namespace
                walk(entry.url_patterns, prefix + str(entry.pattern), inner)
            elif namespace and namespace.endswith("_editor"):
                route = prefix + str(entry.pattern)
                params = [p for p in entry.pattern.converters if p not in entry.default_args]
                found.append((f"{namespace}:{entry.name}", route, params, entry.callback))

    walk(get_resolver().url_patterns, "", None)
    return sorted(found, key=lambda f: f[0])


@pytest.fixture
def records(partnership_a, draft_a):
    """One of everything an editor URL can name, in partnership A."""
    strategy = draft_a
    priority = strategy.priorities.first()
    area = DeliveryAreaFactory(strategy=strategy, priority=priority)
    action = ActionFactory(strategy=strategy, priority=priority)
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
    organisation = OrganisationFactory(name="Borough A Council", kind="local_authority")
    subgroup = SubgroupFactory(partnership=partnership_a)
    one_of_each = [
        priority,
        area,
        action,
        strategy.milestones.create(kind="review", title="Review"),
        strategy.risks.create(title="Funding ends"),
        strategy.policy_links.create(kind="national", title="Serious Violence Strategy"),
        Membership.objects.create(
            partnership=partnership_a, organisation=organisation, role="responsible_authority"
        ),
        Contact.objects.create(partnership=partnership_a, name="Sam", role="Manager"),
        Funding.objects.create(
            partnership=partnership_a, name="Fund", amount=1000, financial_year=2021
        ),
        GovernanceLink.objects.create(partnership=partnership_a, body="Cabinet", kind="works_with"),
        BoardPost.objects.create(partnership=partnership_a, post="chair", holder="The chair"),
        BoardMeeting.objects.create(partnership=partnership_a, held_on=now.date()),
        subgroup,
        SubgroupMember.objects.create(subgroup=subgroup, name="Police"),
        Document.objects.create(
            partnership=partnership_a, strategy=strategy, title="EIA", kind="eia"
        ),
        StrategicAssessment.objects.create(partnership=partnership_a, title="Assessment"),
        review,
        ReportedResult.objects.create(consultation=consultation, statement="Reduce violence"),
    ]
    return {
        "strategy": strategy,
        "consultation": consultation,
        "partnership": partnership_a,
        "by_model": {type(record): record for record in one_of_each},
        "organisation": organisation,
        "subgroup_pk": subgroup.pk,
        "action_pk": action.pk,
        "indicator_pk": indicator.pk,
        "question_pk": question.pk,
        "answer_pk": answer.pk,
        "change_pk": change.pk,
        "review_pk": review.pk,
        "item_pk": recommendation.pk,
        "role_pk": role.pk if role else 1,
    }


def arguments(name: str, address: str, params: list[str], view, records) -> dict:
    """The URL's arguments, for partnership A's records; fails on one it does not know."""
    kind = view.view_initkwargs.get("kind") or getattr(view.view_class, "kind", None)
    values = {}
    for param in params:
        if param == "pk" and "strategies/<int:pk>" in address:
            values[param] = records["strategy"].pk
        elif param == "pk" and "consultations/<int:pk>" in address:
            values[param] = records["consultation"].pk
        elif param == "pk" and "organisations/<int:pk>" in address:
            values[param] = records["organisation"].pk
        elif param == "slug" and "partnerships/<slug:slug>" in address:
            values[param] = records["partnership"].slug
        elif param in ("record_pk", "history_id") and kind is not None:
            record = records["by_model"].get(kind.model)
            if record is None:
                pytest.fail(f"No {kind.model.__name__} for {name}: add one to this sweep")
            values[param] = record.pk if param == "record_pk" else record.history.first().pk
        elif param in records:
            values[param] = records[param]
        else:
            pytest.fail(f"No arguments for {name} ({address}): add '{param}' to this sweep")
    return values


@pytest.fixture
def swept(records):
    """(URL name, address, whether it names a partnership's record, the view)."""
    urls = []
    for name, address, params, view in editor_urls():
        kwargs = arguments(name, address, params, view, records)
        urls.append((name, reverse(name, kwargs=kwargs), bool(params), view.view_class))
    assert len(urls) > 100  # every app's editor pages are found
    return urls


def is_portal_page(url: str) -> bool:
    """The portal administrators' pages: for their group alone (403), not a partnership's."""
    return url.startswith(reverse("partnerships_editor:portal"))


def row_counts() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label
        in {"partnerships", "subgroups", "strategies", "consultations", "monitoring", "scrutiny"}
    }


def test_every_editor_url_is_swept():
    names = {name for name, *_rest in editor_urls()}
    namespaces = {name.split(":")[0] for name in names}
    assert namespaces == {
        "partnerships_editor",
        "subgroups_editor",
        "strategies_editor",
        "consultations_editor",
        "monitoring_editor",
        "scrutiny_editor",
        "reports_editor",
    }
    assert "strategies_editor:priority_restore" in names
    assert "partnerships_editor:member_add" in names


def test_every_editor_url_turns_away_anonymous_users(client, swept):
    for name, url, *_ in swept:
        for response in (client.get(url), client.post(url, {"title": "x", "to": "consultation"})):
            assert response.status_code == 302, name
            assert response["Location"].startswith(reverse("login")), name


def test_another_partnerships_manager_finds_nothing_by_editing_urls(client, swept, draft_a):
    other = user_with_role(StrategyFactory().partnership, "approver")
    client.force_login(other)
    before = row_counts()
    for name, url, has_object, _view in swept:
        if is_portal_page(url):
            expected = 403
        elif has_object:
            expected = 404
        else:
            continue  # the dashboard: their own
        assert client.get(url).status_code in (expected, 405), name
        assert client.post(url, {"title": "x", "to": "consultation"}).status_code == expected, name
    assert row_counts() == before
    draft_a.refresh_from_db()
    assert draft_a.status == "draft"


def test_a_viewer_is_refused_every_write(client, swept, partnership_a):
    """All but recording scrutiny, which the scrutiny officers and councillors do."""
    client.force_login(user_with_role(partnership_a, "viewer"))
    before = row_counts()
    for name, url, _has_object, view in swept:
        if is_portal_page(url):
            expected = 403
        elif not hasattr(view, "post"):
            expected = 405
        elif getattr(view, "needs", None) == permissions.READ:
            continue  # scrutiny: the viewer may write
        else:
            expected = 403
        response = client.post(url, {"title": "x", "to": "consultation", "email": "a@b.org"})
        assert response.status_code == expected, name
    assert row_counts() == before


def test_a_viewer_records_scrutiny(client, partnership_a):
    client.force_login(user_with_role(partnership_a, "viewer"))
    response = client.post(
        reverse("scrutiny_editor:review_add", kwargs={"slug": partnership_a.slug}),
        {
            "committee": "Overview and Scrutiny Committee",
            "meeting_on_0": "",
            "meeting_on_1": "3",
            "meeting_on_2": "2021",
            "outcome": "endorsed",
        },
    )
    assert response.status_code == 302
    review = ScrutinyReview.objects.get(partnership=partnership_a)
    assert str(review.meeting) == "March 2021"
