"""Every editor URL and every public URL the resolver knows, with arguments naming real
records: for the sweeps (access, accessibility, phones) that must cover every page. A URL
name this module has no arguments for fails the sweep, so a new page cannot ship unswept."""

import datetime

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.core.files.base import ContentFile
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from consultations.events import link_code
from consultations.models import (
    Answer,
    Consultation,
    ConsultationChange,
    Question,
    ReportedResult,
    Response,
)
from consultations.views.public import thanks_url
from monitoring.models import Indicator, IndicatorValue
from notifications.models import Kind
from notifications.tokens import unsubscribe_token
from partnerships.models import (
    BoardMeeting,
    BoardPost,
    Contact,
    Funding,
    GovernanceLink,
    Membership,
    Partnership,
    PartnershipRole,
)
from scrutiny.models import ScrutinyRecommendation, ScrutinyReview
from strategies.models import Document, StrategicAssessment, Strategy
from subgroups.models import SubgroupMember
from tests.factories import (
    ActionFactory,
    DeliveryAreaFactory,
    OrganisationFactory,
    SubgroupFactory,
    UserFactory,
    open_consultation,
)

# The public site: the pages of the apps' public namespaces, and those of no namespace (the
# accessibility statement, signing in and the other account pages). Not the back office
# (admin), nor the workspace (the namespaces ending "_editor").
PUBLIC_NAMESPACES = {None, "reports", "strategies", "consultations", "notifications"}


def resolver_urls(keep) -> list[tuple[str, str, list[str], object]]:
    """(name, the address pattern, its arguments, the view) for every URL of the namespaces
    `keep` accepts."""
    found = []

    def walk(patterns, prefix, namespace):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                inner = entry.namespace or namespace
                walk(entry.url_patterns, prefix + str(entry.pattern), inner)
            elif keep(namespace):
                route = prefix + str(entry.pattern)
                params = [p for p in entry.pattern.converters if p not in entry.default_args]
                name = f"{namespace}:{entry.name}" if namespace else entry.name
                found.append((name, route, params, entry.callback))

    walk(get_resolver().url_patterns, "", None)
    return sorted(found, key=lambda f: f[0])


def editor_urls() -> list[tuple[str, str, list[str], object]]:
    """(namespace:name, the address pattern, its arguments, the view) for every editor URL."""
    return resolver_urls(lambda namespace: bool(namespace) and namespace.endswith("_editor"))


def public_urls() -> list[tuple[str, str, list[str], object]]:
    return resolver_urls(lambda namespace: namespace in PUBLIC_NAMESPACES)


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
        if param == "pk" and "strategies/<id:pk>" in address:
            values[param] = records["strategy"].pk
        elif param == "pk" and "consultations/<id:pk>" in address:
            values[param] = records["consultation"].pk
        elif param == "pk" and "organisations/<id:pk>" in address:
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


def public_records() -> dict:
    """What the public addresses name, in the demo's partnerships (loaded): Woking's plan,
    its partnership and a subgroup; Wokingham's plan out for consultation again, with an open
    consultation, and its own consultation of 2021 answered; a stored document; a person who
    asked to reset their password."""
    woking = Partnership.objects.get(slug="woking")
    plan = Strategy.objects.get(partnership=woking, status="published")
    consulting = Strategy.objects.get(partnership__slug="wokingham", status="published")
    answered = consulting.consultations.get()
    Strategy.objects.filter(pk=consulting.pk).update(status="consultation")
    consulting.refresh_from_db()
    choices = ["strongly_agree", "agree", "agree", "neither", "disagree", "dont_know"] * 3
    for n, choice in enumerate(choices):
        response = Response.objects.create(consultation=answered, reference=f"SWEEP-{n:04}")
        Answer.objects.bulk_create(
            Answer(response=response, question=question, choice=choice)
            for question in answered.questions.filter(kind="agreement")
        )
    document = Document.objects.create(
        partnership=woking,
        strategy=plan,
        title="Equality impact assessment (a test file)",
        kind="eia",
        file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="eia.pdf"),
    )
    person = UserFactory()
    return {
        "partnership": woking,
        "strategy": plan,
        "consulting": consulting,
        "open_consultation": open_consultation(consulting),
        "answered_consultation": answered,
        "subgroup": woking.subgroups.filter(is_public=True).first(),
        "document": document,
        "quarter": "2021-Q4",
        "uidb64": urlsafe_base64_encode(force_bytes(person.pk)),
        "token": default_token_generator.make_token(person),
        "unsubscribe_token": unsubscribe_token("lee@example.org", woking.pk, Kind.PROGRESS),
    }


def _on_strategy(strategy) -> dict:
    return {"partnership_slug": strategy.partnership.slug, "slug": strategy.slug}


def _on_consultation(consultation) -> dict:
    return {"partnership_slug": consultation.strategy.partnership.slug, "pk": consultation.pk}


# The record each kind of public address names, by a part of its pattern: the first that
# matches.
PUBLIC_ADDRESSES = [
    ("/consultations/<id:pk>/results/", lambda r: _on_consultation(r["answered_consultation"])),
    (
        "/consultations/<id:pk>/event/<str:code>/",
        lambda r: {
            **_on_consultation(r["open_consultation"]),
            "code": link_code(r["open_consultation"], timezone.localdate()),
        },
    ),
    ("/consultations/<id:pk>/", lambda r: _on_consultation(r["open_consultation"])),
    ("/draft-for-consultation", lambda r: _on_strategy(r["consulting"])),
    (
        "/board-report-<str:quarter>",
        lambda r: {**_on_strategy(r["strategy"]), "quarter": r["quarter"]},
    ),
    ("/strategies/<slug:slug>", lambda r: _on_strategy(r["strategy"])),
    (
        "/subgroups/<slug:slug>/",
        lambda r: {"partnership_slug": r["partnership"].slug, "slug": r["subgroup"].slug},
    ),
    ("documents/<id:pk>/", lambda r: {"pk": r["document"].pk}),
    ("<uidb64>/<token>/", lambda r: {"uidb64": r["uidb64"], "token": r["token"]}),
    ("unsubscribe/<str:token>/", lambda r: {"token": r["unsubscribe_token"]}),
    ("<slug:slug>/", lambda r: {"slug": r["partnership"].slug}),
]


def public_arguments(name: str, address: str, params: list[str], records) -> dict:
    """The public URL's arguments; fails on one it does not know."""
    if not params:
        return {}
    for part, values in PUBLIC_ADDRESSES:
        if part in address:
            kwargs = values(records)
            if set(kwargs) == set(params):
                return kwargs
    pytest.fail(f"No arguments for {name} ({address}): add them to this sweep")


# Pages whose address carries more than its pattern: the whole address, from the records.
WHOLE_ADDRESSES = {
    # what the confirmation says travels signed in its address (no database)
    "consultations:thanks": lambda r: thanks_url(
        r["open_consultation"], Response(reference="SWEP-0002")
    ),
}


def swept_public_urls(records) -> list[tuple[str, str, type]]:
    """(URL name, address, the view) of every public page."""
    urls = [
        (
            name,
            WHOLE_ADDRESSES[name](records)
            if name in WHOLE_ADDRESSES
            else reverse(name, kwargs=public_arguments(name, address, params, records)),
            view,
        )
        for name, address, params, view in public_urls()
    ]
    assert len(urls) > 20  # the public apps' pages and the account pages are found
    return urls
