import datetime
import re
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from csp_portal.fiscal import financial_year_label
from csp_portal.text import render_markdown
from partnerships.models import Funding
from strategies.models import Strand, Strategy, Theme
from tests.factories import (
    ActionFactory,
    DeliveryAreaFactory,
    MembershipFactory,
    PriorityFactory,
    StrategyFactory,
)

pytestmark = pytest.mark.django_db


def test_strategy_period_cannot_end_before_it_starts():
    with pytest.raises(IntegrityError), transaction.atomic():
        StrategyFactory(period_start_year=2024, period_end_year=2021)


def test_strategy_slug_is_unique_within_a_partnership_only():
    first = StrategyFactory(slug="community-safety-strategy")
    StrategyFactory(slug="community-safety-strategy")  # another partnership: fine
    with pytest.raises(IntegrityError), transaction.atomic():
        StrategyFactory(slug="community-safety-strategy", partnership=first.partnership)


def test_an_organisation_is_a_member_of_a_partnership_once():
    membership = MembershipFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        MembershipFactory(partnership=membership.partnership, organisation=membership.organisation)


def test_membership_cannot_end_before_it_starts():
    with pytest.raises(IntegrityError), transaction.atomic():
        MembershipFactory(
            member_from=datetime.date(2021, 6, 26), member_until=datetime.date(2021, 6, 25)
        )


def test_funding_cannot_be_negative():
    membership = MembershipFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Funding.objects.create(
            partnership=membership.partnership,
            name="Community Safety Fund",
            amount=Decimal("-1"),
            financial_year=2021,
        )


def test_priorities_come_back_in_their_order():
    strategy = StrategyFactory()
    third = PriorityFactory(strategy=strategy, order=3, title="Working together")
    first = PriorityFactory(strategy=strategy, order=1, title="Listening")
    second = PriorityFactory(strategy=strategy, order=2, title="Intervening early")
    assert list(strategy.priorities.all()) == [first, second, third]


def test_delivery_area_may_stand_at_strategy_level_or_under_its_own_strategys_priority():
    strategy = StrategyFactory()
    DeliveryAreaFactory(strategy=strategy, priority=None).full_clean()
    DeliveryAreaFactory(strategy=strategy, priority=PriorityFactory(strategy=strategy)).full_clean()
    elsewhere = DeliveryAreaFactory(strategy=strategy, priority=PriorityFactory())
    with pytest.raises(ValidationError, match="same strategy"):
        elsewhere.full_clean()


def test_action_cannot_point_at_another_strategys_priority():
    action = ActionFactory(priority=PriorityFactory())
    with pytest.raises(ValidationError) as error:
        action.full_clean()
    assert "priority" in error.value.message_dict


def test_only_published_and_superseded_strategies_are_public():
    public = {
        StrategyFactory(status=Strategy.Status.PUBLISHED),
        StrategyFactory(status=Strategy.Status.SUPERSEDED),
    }
    for status in ["draft", "consultation", "awaiting_approval", "approved"]:
        StrategyFactory(status=status)
    assert set(Strategy.objects.published()) == public


def test_every_theme_serves_at_least_one_statutory_strand():
    assert Strand.objects.count() == 4
    assert Theme.objects.count() >= 14
    assert not Theme.objects.filter(strands=None).exists()
    serious_violence = Strand.objects.get(code="serious-violence")
    assert serious_violence.in_force_from == datetime.date(2023, 1, 31)
    assert Theme.objects.get(slug="drugs-and-alcohol").strands.get().code == "substance-misuse"


def test_financial_year_label():
    assert financial_year_label(2021) == "2021/22"
    assert financial_year_label(1999) == "1999/00"
    assert financial_year_label(None) == ""


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("<script>alert(1)</script>", "alert"),
        ("[click](javascript:alert(1))", 'href="javascript:'),
        ('<img src=x onerror="alert(1)">', "onerror"),
        ("<a href='javascript:x'>y</a>", "javascript:"),
    ],
)
def test_markdown_never_passes_raw_html(text, forbidden):
    assert forbidden not in render_markdown(text)


def test_markdown_renders_lists_and_safe_links():
    html = render_markdown("- one\n- [two](https://example.org)")
    assert "<li>one</li>" in html
    assert 'href="https://example.org"' in html


def test_a_list_straight_after_a_line_is_a_list_as_commonmark_says():
    html = render_markdown("We will:\n- reduce burglary\n- support victims")
    assert html.startswith("<p>We will:</p>")
    assert "<li>reduce burglary</li>" in html


def test_the_demo_texts_render_as_the_papers_lists(client, demo):
    """No paragraph of a demo page holds a line that starts as a list item would."""
    from strategies.models import Strategy

    pages = [s.get_absolute_url() for s in Strategy.objects.published()]
    for url in pages:
        page = client.get(url).content.decode()
        for paragraph in re.findall(r"<p[^>]*>(.*?)</p>", page, re.S):
            assert not re.search(r"(^|\n|<br>)\s*[-*•] ", paragraph), (url, paragraph[:200])
