"""Every editor URL the resolver knows, with arguments naming one of everything in one
partnership: for the sweeps (access, accessibility) that must cover every page. A URL name
this module has no arguments for fails the sweep, so a new page cannot ship unswept."""

import datetime

import pytest
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
from monitoring.models import Indicator, IndicatorValue
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
    SubgroupFactory,
)


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


def one_of_everything(partnership_a, draft_a) -> dict:
    """One of everything an editor URL can name, in partnership A (its draft strategy
    given), and the arguments for the URLs of each."""
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
            partnership=partnership_a,
            strategy=strategy,
            title="EIA",
            kind="eia",
            url="https://www.example.gov.uk/eia.pdf",
        ),
        StrategicAssessment.objects.create(partnership=partnership_a, title="Assessment"),
        review,
        recommendation,
        ReportedResult.objects.create(consultation=consultation, statement="Reduce violence"),
        IndicatorValue.objects.create(indicator=indicator, year=2021, quarter=1, value=52),
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


def swept_urls(records) -> list[tuple[str, str, bool, type]]:
    """(URL name, address, whether it names a partnership's record, the view)."""
    urls = []
    for name, address, params, view in editor_urls():
        kwargs = arguments(name, address, params, view, records)
        urls.append((name, reverse(name, kwargs=kwargs), bool(params), view.view_class))
    assert len(urls) > 100  # every app's editor pages are found
    return urls
