"""'You said, we did': an entry someone else changed after the form was opened is not
saved over (409, the change named, what was typed kept)."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from consultations.models import Consultation, ConsultationChange
from tests.browsing import Visitor
from tests.factories import user_with_role

pytestmark = pytest.mark.django_db


def test_an_entry_changed_meanwhile_is_not_saved_over(client, partnership_a, draft_a):
    yesterday = timezone.now() - datetime.timedelta(days=1)
    consultation = Consultation.objects.create(
        strategy=draft_a, title="Have your say", opens_at=yesterday - datetime.timedelta(days=30),
        closes_at=yesterday,
    )  # fmt: skip
    change = ConsultationChange.objects.create(
        consultation=consultation, you_said="More lighting", we_did="Added lighting to Priority 2"
    )
    client.force_login(user_with_role(partnership_a, "editor"))
    url = reverse(
        "consultations_editor:change_edit", kwargs={"pk": consultation.pk, "change_pk": change.pk}
    )
    page = client.get(url).content.decode()
    ConsultationChange.objects.filter(pk=change.pk).update(we_did="Lighting on the high street")
    response = Visitor(client).submit(url, html=page, expect=409)
    assert "Someone else changed this entry" in response.content.decode()
    change.refresh_from_db()
    assert change.we_did == "Lighting on the high street"
