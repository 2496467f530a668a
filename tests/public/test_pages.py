"""Residents read published strategies without an account; nothing unpublished leaks."""

import re

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from consultations.models import Consultation
from csp_portal import pagecache
from partnerships.models import GovernanceLink, Membership, Partnership
from reports.pdfs import strategy_pdf_html
from strategies.models import Milestone, Strategy
from subgroups.models import Subgroup, SubgroupMember
from tests.factories import (
    ActionFactory,
    DeliveryAreaFactory,
    IndicatorFactory,
    MembershipFactory,
    PartnershipFactory,
    PriorityFactory,
    StrategyFactory,
    SubgroupFactory,
)

pytestmark = pytest.mark.django_db

UNPUBLISHED = ["draft", "consultation", "awaiting_approval", "approved"]


def strategy_url(strategy):
    return reverse(
        "reports:strategy",
        kwargs={"partnership_slug": strategy.partnership.slug, "slug": strategy.slug},
    )


def wokingham_strategy_url(name="reports:strategy"):
    return reverse(
        name,
        kwargs={
            "partnership_slug": "wokingham",
            "slug": "community-safety-strategy-2021-2024",
        },
    )


def test_public_addresses_stay_as_printed_in_council_papers():
    """The one place the public addresses are written out: links to them are printed in
    committee reports and press releases, so they never move."""
    plan = {"partnership_slug": "wokingham", "slug": "community-safety-strategy-2021-2024"}
    assert reverse("reports:home") == "/"
    assert reverse("reports:search") == "/search/"
    assert reverse("reports:partnership", args=["wokingham"]) == "/wokingham/"
    assert reverse("reports:strategy", kwargs=plan) == (
        "/wokingham/strategies/community-safety-strategy-2021-2024/"
    )
    assert reverse("reports:strategy_pdf", kwargs=plan) == (
        "/wokingham/strategies/community-safety-strategy-2021-2024.pdf"
    )
    assert reverse("reports:subgroup", kwargs={**plan, "slug": "marac"}) == (
        "/wokingham/subgroups/marac/"
    )
    assert reverse("consultations:respond", kwargs={"partnership_slug": "wokingham", "pk": 3}) == (
        "/wokingham/consultations/3/"
    )
    assert reverse("strategies:document", args=[7]) == "/documents/7/"
    assert reverse("accessibility") == "/accessibility/"


def test_home_lists_partnerships_with_their_current_strategy(client, demo):
    response = client.get(reverse("reports:home"))
    assertContains(response, "Community Safety Partnership")
    assertContains(response, "Safer Woking Partnership")
    assertContains(response, f'href="{wokingham_strategy_url()}"')
    assertContains(response, 'role="search"')
    # RBWM's plan is a draft: the home page says so rather than linking it.
    assertNotContains(response, "community-safety-partnership-plan-2021-2024")


def test_partnership_page(client, demo):
    response = client.get(reverse("reports:partnership", kwargs={"slug": "wokingham"}))
    assertContains(
        response,
        '<h1 class="govuk-heading-xl">Wokingham Community Safety Partnership</h1>',
        html=False,
    )
    body = response.content.decode()
    # Responsible authorities come first.
    assert (
        body.index("Responsible authorit")
        < body.index("Co-operating bod")
        < body.index("Other member")
    )
    assertContains(response, "Problem Solving Tasking Group")
    assertContains(response, "(PSTG)")
    assertContains(response, "Police Inspector")
    assertContains(response, "<svg", count=1)
    assertContains(response, 'role="img"')


def test_partnership_page_lists_earlier_strategies(client, demo):
    response = client.get(reverse("reports:partnership", kwargs={"slug": "woking"}))
    assertContains(response, "Earlier strategies")
    assertContains(response, "Safer Woking Partnership Plan 2019-2022")
    assertContains(response, "Superseded")


def test_strategy_page(client, demo, django_capture_on_commit_callbacks):
    strategy = Strategy.objects.get(slug="community-safety-strategy-2021-2024")
    response = client.get(strategy_url(strategy))
    assertContains(response, "Community Safety Strategy 2021-2024")
    for priority in strategy.priorities.all():
        assertContains(response, priority.title)
    for area in strategy.delivery_areas.all():
        assertContains(response, area.title)
    assertContains(response, "Governance and timeline")
    assertContains(response, "1 July 2021")
    # No PDF of record stored yet (the demo's are rendered by `make run`): no link to it.
    pdf_link = f'href="{wokingham_strategy_url("reports:strategy_pdf")}"'
    assertNotContains(response, pdf_link)
    assertContains(response, "The PDF is being prepared.")
    with django_capture_on_commit_callbacks(execute=True):  # as the job's commit would
        strategy.pdf.save("stored.pdf", ContentFile(b"%PDF-1.7\n%%EOF\n"))
        pagecache.partnership_changed(strategy.partnership.slug)
    response = client.get(strategy_url(strategy))
    assertContains(response, pdf_link)
    assertNotContains(response, "The PDF is being prepared.")
    assertContains(
        response,
        "<title>Community Safety Strategy 2021-2024 - "
        "Wokingham Community Safety Partnership - CSP Portal</title>",
    )


def test_unranked_priorities_say_so(client, demo):
    strategy = Strategy.objects.get(slug="safer-woking-partnership-plan-2021-2024")
    response = client.get(strategy_url(strategy))
    assertContains(response, "listed alphabetically, not in priority order")
    page = response.content.decode()
    # Every table has a caption: the action plan's (one under each of its five priorities),
    # the timeline, and (from the illustrative monitoring data) five progress tables and
    # three indicator tables.
    assert page.count("<table") == page.count("<caption") == 14
    assertContains(response, 'data-label="Delivery"')


def test_superseded_strategy_is_readable_and_marked(client, demo):
    old = Strategy.objects.get(slug="safer-woking-partnership-plan-2019-2022")
    response = client.get(strategy_url(old))
    assertContains(response, "This strategy has been superseded")
    assertContains(response, "Safer Woking Partnership Plan 2021-2024")


@pytest.mark.parametrize("status", UNPUBLISHED)
def test_unpublished_strategies_are_not_found_even_by_guessing_the_url(client, status):
    strategy = StrategyFactory(status=status, title="Secret draft strategy")
    assert client.get(strategy_url(strategy)).status_code == 404
    home = client.get(reverse("reports:home"))
    assertNotContains(home, "Secret draft strategy")
    page = client.get(strategy.partnership.get_absolute_url())
    assertNotContains(page, "Secret draft strategy")


def test_subgroup_page_shows_only_what_is_public(client):
    published = PriorityFactory(title="Published priority")
    draft = PriorityFactory(
        title="Draft priority",
        strategy=StrategyFactory(partnership=published.strategy.partnership, status="draft"),
    )
    subgroup = SubgroupFactory(
        partnership=published.strategy.partnership,
        name="Joint Action Group",
        acronym="JAG",
        chair_role="Police Inspector",
    )
    subgroup.priorities.set([published, draft])
    SubgroupMember.objects.create(subgroup=subgroup, name="Children's social care")
    response = client.get(subgroup.get_absolute_url())
    assertContains(response, "Joint Action Group (JAG)")
    assertContains(response, "Children&#x27;s social care")
    assertContains(response, "Published priority")
    assertNotContains(response, "Draft priority")


def test_unknown_pages_are_404(client, demo):
    assert (
        client.get(reverse("reports:partnership", args=["no-such-partnership"])).status_code == 404
    )
    for name in ("reports:strategy", "reports:subgroup"):
        url = reverse(name, kwargs={"partnership_slug": "wokingham", "slug": "no-such-page"})
        assert client.get(url).status_code == 404


def test_editor_text_is_never_echoed_as_html(client):
    strategy = StrategyFactory(summary="<script>alert('x')</script> [bad](javascript:alert(1))")
    PriorityFactory(strategy=strategy, title="<b>bold</b>")
    response = client.get(strategy_url(strategy))
    assertNotContains(response, "<script>alert")
    # CommonMark leaves a refused link as the words typed, never as a link.
    assertNotContains(response, 'href="javascript:')
    assertContains(response, "&lt;b&gt;bold&lt;/b&gt;")


def build_strategy(priorities, areas_per_priority, actions, subgroups):
    strategy = StrategyFactory()
    partnership = strategy.partnership
    for _ in range(subgroups):
        SubgroupFactory(partnership=partnership)
    for _ in range(priorities):
        priority = PriorityFactory(strategy=strategy)
        for _ in range(areas_per_priority):
            DeliveryAreaFactory(strategy=strategy, priority=priority)
        partnership.subgroups.first().priorities.add(priority)
    DeliveryAreaFactory(strategy=strategy, priority=None)
    for _ in range(actions):
        ActionFactory(
            strategy=strategy,
            priority=strategy.priorities.first(),
            lead_subgroup=partnership.subgroups.last(),
        )
    for i in range(priorities):
        Milestone.objects.create(strategy=strategy, kind="other", title=f"Step {i}")
        MembershipFactory(partnership=partnership, role=Membership.Role.OTHER_MEMBER)
        GovernanceLink.objects.create(partnership=partnership, body=f"Board {i}", kind="works_with")
    _monitoring_and_consultation(strategy, size=priorities)
    return strategy


def _monitoring_and_consultation(strategy, size):
    """Everything else the page can show, in numbers that grow with `size`: a consultation
    with published results and responses, indicators with figures, published progress,
    documents, policy links and an earlier version."""
    import datetime

    from django.utils import timezone

    from consultations.models import Answer, Consultation, Question, Response
    from consultations.questions import standard_questions
    from monitoring.models import IndicatorValue, ProgressUpdate, QuarterPublication
    from strategies.models import Document, PolicyLink

    now = timezone.now()
    consultation = Consultation.objects.create(
        strategy=strategy,
        title="Have your say",
        opens_at=now - datetime.timedelta(days=30),
        closes_at=now - datetime.timedelta(days=1),
        results_published=True,
    )
    Question.objects.bulk_create(standard_questions(consultation))
    agreement = consultation.questions.filter(kind="agreement").first()
    for n in range(size * 3):
        response = Response.objects.create(
            consultation=consultation, reference=f"R{n}-{strategy.pk}"
        )
        Answer.objects.create(response=response, question=agreement, choice="agree")
    for i in range(size):
        indicator = IndicatorFactory(strategy=strategy, name=f"Indicator {i}")
        for q in range(1, 5):
            IndicatorValue.objects.create(indicator=indicator, year=2021, quarter=q, value=10 + q)
        Document.objects.create(
            partnership=strategy.partnership, strategy=strategy, title=f"Paper {i}", kind="other"
        )
        PolicyLink.objects.create(strategy=strategy, kind="legislation", title=f"Act {i}")
    for action in strategy.actions.all():
        ProgressUpdate.objects.create(
            action=action, year=2021, quarter=1, rag="green", commentary="On track"
        )
    QuarterPublication.objects.create(strategy=strategy, year=2021, quarter=1)
    StrategyFactory(partnership=strategy.partnership, status="superseded")


def queries_for(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_page_queries_do_not_grow_with_the_size_of_the_plan(
    client, django_capture_on_commit_callbacks
):
    small = build_strategy(priorities=1, areas_per_priority=1, actions=1, subgroups=1)
    large = build_strategy(priorities=12, areas_per_priority=5, actions=150, subgroups=16)
    strategy_small, strategy_large = (
        queries_for(client, strategy_url(small)),
        queries_for(client, strategy_url(large)),
    )
    print(f"strategy page: {strategy_small} queries small, {strategy_large} large")
    assert strategy_small == strategy_large
    # 15 before the plan's scrutiny was shown on its page; one more, the content versions;
    # three more to read only the first actions of each priority and group (not all 1,800)
    assert strategy_large <= 20
    partnership_small = queries_for(client, small.partnership.get_absolute_url())
    partnership_large = queries_for(client, large.partnership.get_absolute_url())
    assert partnership_small == partnership_large <= 15
    subgroup = large.partnership.subgroups.first()
    assert queries_for(client, subgroup.get_absolute_url()) <= 10
    home_before = queries_for(client, reverse("reports:home"))
    with django_capture_on_commit_callbacks(execute=True):  # the new ones retire the cache
        PartnershipFactory.create_batch(5)
    assert queries_for(client, reverse("reports:home")) == home_before


def test_a_plan_whose_period_has_ended_is_never_current(client, django_capture_on_commit_callbacks):
    ended = StrategyFactory(status="published", period_start_year=2021, period_end_year=2024,
                            title="Plan 2021-2024")  # fmt: skip
    assert ended.ends_on.isoformat() == "2024-03-31"
    partnership_page = client.get(ended.partnership.get_absolute_url()).content.decode()
    assert "No strategy of the partnership is in force today" in partnership_page
    assert "ended on 31 March 2024" in partnership_page
    strategy_page = client.get(ended.get_absolute_url()).content.decode()
    assert ">Ended</strong>" in strategy_page
    assert ">Current</strong>" not in strategy_page
    home = client.get(reverse("reports:home")).content.decode()
    assert "No strategy in force today" in home
    with django_capture_on_commit_callbacks(execute=True):  # the cached pages retire
        running = StrategyFactory(partnership=ended.partnership, status="published", slug="now",
                                  period_start_year=2025, period_end_year=2028)  # fmt: skip
    partnership_page = client.get(ended.partnership.get_absolute_url()).content.decode()
    assert "in force today" not in partnership_page
    assert running.title in partnership_page
    assert ">Current</strong>" in partnership_page


def test_a_plan_published_before_its_period_is_not_yet_current(client):
    year = timezone.localdate().year + 1
    StrategyFactory(status="published", period_start_year=year, period_end_year=year + 3)
    home = client.get(reverse("reports:home")).content.decode()
    assert f"Published strategy, in force from 1 April {year}" in home
    assert "Current strategy" not in home


def test_notes_for_staff_stay_off_the_public_pages_and_pdfs(client, demo):
    """The demo's notes on what its papers do not say ('The paper gives the planned date
    only') are for the partnership's staff: in the workspace, not public."""
    editorial = re.compile(r"\bthe paper\b|recorded here|\bpaper (does|gives|says)", re.I)
    pages = [p.get_absolute_url() for p in Partnership.objects.all()]
    pages += [s.get_absolute_url() for s in Strategy.objects.published()]
    pages += [s.get_absolute_url() for s in Subgroup.objects.filter(is_public=True)]
    pages += [
        reverse(
            "consultations:results",
            kwargs={"partnership_slug": c.strategy.partnership.slug, "pk": c.pk},
        )
        for c in Consultation.objects.select_related("strategy__partnership")
    ]
    for url in pages:
        response = client.get(url)
        if response.status_code == 404:
            continue  # results not published: nothing public to check
        text = response.content.decode()
        assert not editorial.search(text), (url, editorial.search(text).group(0))
    for strategy in Strategy.objects.published():
        assert not editorial.search(strategy_pdf_html(strategy)), strategy.slug
    milestone = Milestone.objects.filter(staff_note="The paper gives the planned date only.")
    assert milestone.exists()  # kept, for the workspace
