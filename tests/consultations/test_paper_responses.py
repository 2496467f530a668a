"""Responses that came on paper, typed in by staff: counted with the online ones in every
result, and shown by channel in the workspace, on the public results and on the plan's
page."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from consultations.models import Consultation, Response
from tests.browsing import Visitor
from tests.consultations.conftest import field
from tests.factories import user_with_role

pytestmark = pytest.mark.django_db


def text_of(html: str) -> str:
    """The words of a page, without its tags."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_paper_responses_are_counted_with_online_ones_and_shown_by_channel(
    client, consultation, django_capture_on_commit_callbacks
):
    strategy, partnership = consultation.strategy, consultation.strategy.partnership
    respond = reverse(
        "consultations:respond",
        kwargs={"partnership_slug": partnership.slug, "pk": consultation.pk},
    )
    reduce_violence = field(consultation, "agreement", 0)
    for answer in ("agree", "disagree"):  # two residents, online
        assert client.post(respond, {reduce_violence: answer}).status_code == 302

    staff = user_with_role(partnership, "approver")
    client.force_login(staff)
    visitor = Visitor(client)
    paper = reverse("consultations_editor:paper_response", kwargs={"pk": consultation.pk})
    for answer in ("strongly_agree", "agree"):  # two forms that came by post
        visitor.submit(paper, {reduce_violence: answer})
    assert {(r.channel, r.entered_by) for r in Response.objects.all()} == {
        ("online", None),
        ("paper", staff),
    }
    assert Response.objects.filter(channel="paper").count() == 2

    detail = reverse("consultations_editor:detail", kwargs={"pk": consultation.pk})
    assert "2 online, 2 on paper entered here" in text_of(visitor.page(detail))
    results = reverse("consultations_editor:results", kwargs={"pk": consultation.pk})
    staff_results = text_of(visitor.page(results))
    assert "4 responses on the portal (2 of them on paper, entered by staff)" in staff_results
    # Agreement with 'Reduce violence': three of the four agree, online and on paper together.
    assert "Reduce violence 75% 4" in staff_results

    # Closed and published: the public sees the same counts, by channel.
    Consultation.objects.filter(pk=consultation.pk).update(
        closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    with django_capture_on_commit_callbacks(execute=True):
        publish = reverse("consultations_editor:publish", kwargs={"pk": consultation.pk})
        visitor.submit(publish, button="Publish the results")
        strategy.status = "published"
        strategy.save()
    client.logout()
    public = reverse(
        "consultations:results",
        kwargs={"partnership_slug": partnership.slug, "pk": consultation.pk},
    )
    public_results = text_of(client.get(public).content.decode())
    assert "4 responses on the portal (2 of them on paper, entered by staff)" in public_results
    assert "Reduce violence 75% 4" in public_results
    plan = text_of(client.get(strategy.get_absolute_url()).content.decode())
    assert (
        "Agreement with the draft priorities (4 responses on the portal, 2 of them on paper)"
        in (plan)
    )
