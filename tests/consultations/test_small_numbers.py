"""Small numbers in the published results: no group of fewer than 5 people shown, nor one
that could be worked out from the totals; staff see the true figures."""

import datetime
import itertools

import pytest
from django.urls import reverse
from django.utils import timezone

from consultations.disclosure import FEWER, NOT_SHOWN, THRESHOLD, withhold
from consultations.models import Consultation
from tests.consultations.conftest import respond, results_url
from tests.factories import user_with_role

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("counts", "unlisted", "marks"),
    [
        ([12, 7], 0, ["", ""]),
        # 2 alone is "fewer than 5"; then 20 - 12 would give it: the next smallest goes too.
        ([12, 6, 2], 0, ["", NOT_SHOWN, FEWER]),
        # Three who did not say hide the 2 as well as a group would.
        ([12, 6, 2], 3, ["", "", FEWER]),
        # Two small groups still make fewer than 5 together.
        ([20, 9, 2, 1], 0, ["", NOT_SHOWN, FEWER, FEWER]),
        ([5, 2, 1], 0, [NOT_SHOWN, FEWER, FEWER]),
        # None answered points at no one, and hides nothing.
        ([0, 3, 9, 20], 0, ["", FEWER, NOT_SHOWN, ""]),
        ([4], 0, [FEWER]),
    ],
)
def test_the_rule(counts, unlisted, marks):
    assert withhold(counts, unlisted=unlisted) == marks


def test_no_small_group_is_shown_or_can_be_worked_out_whatever_the_counts():
    for counts in itertools.product([0, 1, 2, 4, 5, 6, 11], repeat=3):
        for unlisted in (0, 1, 4):
            marks = withhold(list(counts), unlisted=unlisted)
            shown = [c for c, m in zip(counts, marks, strict=True) if not m]
            assert not [c for c in shown if 0 < c < THRESHOLD], (counts, unlisted)
            hidden = sum(c for c, m in zip(counts, marks, strict=True) if m) + unlisted
            assert not any(marks) or hidden >= THRESHOLD or not any(shown), (counts, unlisted)


@pytest.fixture
def published(consultation):
    """Twenty responses: 12 residents, 6 businesses, 2 partners; 15 in RG40, 5 in RG41.
    Closed, and its results published."""
    rows = (
        [("agree", "resident", "RG40")] * 9
        + [("disagree", "resident", "RG41")] * 3
        + [("strongly_agree", "business", "RG40")] * 4
        + [("agree", "business", "RG41")] * 2
        + [("disagree", "partner", "RG40")] * 2
    )
    for agreement, who, area in rows:
        respond(consultation, agreement0=agreement, respondent_type=who, area=area)
    Consultation.objects.filter(pk=consultation.pk).update(
        closes_at=timezone.now() - datetime.timedelta(minutes=1), results_published=True
    )
    return consultation


def test_the_public_page_withholds_small_groups_and_says_why(client, published):
    page = client.get(results_url(published)).content.decode()
    assert "a group of fewer than 5 people as ‘fewer than 5’" in page
    # Who answered: the 2 partners withheld, and the 6 businesses, or 20 - 12 would tell.
    assert "A resident (12)" in page
    assert "A business (not shown)" in page
    assert "A partner organisation (fewer than 5)" in page
    assert "(6)" not in page
    assert "(2)" not in page
    # The same groups in the answers to "Are you answering as": no chart, no counts.
    answering_as = page.split("Are you answering as")[1].split("</section>")[0]
    assert "<svg" not in answering_as
    assert ">12<" in answering_as
    assert ">Not shown<" in answering_as
    assert ">Fewer than 5<" in answering_as
    assert ">6<" not in answering_as
    # Where: 15 and 5, both shown; within RG41 the 5 are all shown too.
    assert "RG40 (15)" in page
    assert "RG41 (5)" in page


def test_staff_see_the_true_figures(client, published):
    client.force_login(user_with_role(published.strategy.partnership, "viewer"))
    page = client.get(
        reverse("consultations_editor:results", kwargs={"pk": published.pk})
    ).content.decode()
    assert "You see the true figures" in page
    assert "A business (6)" in page
    assert "A partner organisation (2)" in page
    assert "0% (2)" in page  # the partners' agreement


def test_a_breakdown_of_only_small_groups_is_not_shown_at_all(client, consultation):
    for who in ["resident", "resident", "business"]:
        respond(consultation, agreement0="agree", respondent_type=who, area="RG40")
    Consultation.objects.filter(pk=consultation.pk).update(
        closes_at=timezone.now() - datetime.timedelta(minutes=1), results_published=True
    )
    page = client.get(results_url(consultation)).content.decode()
    assert "Too few people answered in each group" in page
    assert "A resident (" not in page
    assert "100% (" not in page.split('id="breakdown-1"')[1]
