"""Each person's choices, honoured by send_reminders against the real SMTP server: a kind
turned off is not sent, a weekly digest gathers the week's reminders on its weekday (or a
week late at most), and an unsubscribe link stops that kind at once, without signing in."""

import datetime
import re

import pytest
from django.urls import reverse

from notifications.models import Delivery, Kind, Preference, Reminder
from notifications.tokens import unsubscribe_token

from .conftest import AFTER_Q2, BEFORE_Q2, parts, run

pytestmark = pytest.mark.django_db
FRIDAY = BEFORE_Q2 + datetime.timedelta(days=4)


def addresses(inbox) -> set[str]:
    return {address for rcpt, _ in inbox.take() for address in rcpt}


def subjects_to(inbox, address) -> list[str]:
    return sorted(message["Subject"] for rcpt, message in inbox.take() if address in rcpt)


def choose(world, email, kind, **choice):
    Preference.objects.create(email=email, partnership=world["a"], kind=kind, **choice)


def test_a_kind_turned_off_is_not_sent_and_other_peoples_are(inbox, world):
    choose(world, "editor-a@example.org", Kind.PROGRESS, enabled=False)
    choose(world, "editor-b@example.org", Kind.MILESTONES, enabled=False)  # not B's partnership
    run(BEFORE_Q2)
    assert addresses(inbox) == {"lee.lead@police.example.org", "editor-b@example.org"}


def test_a_weekly_digest_waits_for_its_weekday_and_gathers_the_week(inbox, world, settings):
    settings.REMINDER_DIGEST_WEEKDAY = FRIDAY.weekday()
    choose(world, "editor-a@example.org", Kind.PROGRESS, delivery=Delivery.DIGEST)
    choose(world, "editor-a@example.org", Kind.MILESTONES, delivery=Delivery.DIGEST)
    world["plan a"].milestones.create(kind="review", title="Review", planned_on=FRIDAY)
    run(BEFORE_Q2)
    # Held for Friday; the statutory duties (not chosen as a digest) go at once.
    assert [s for s in subjects_to(inbox, "editor-a@example.org") if "duties" not in s] == []
    run(FRIDAY)
    [digest] = inbox.to("editor-a@example.org")
    assert digest["Subject"] == "Your reminders this week: 2 to act on"
    text, html = parts(digest)
    assert "Progress due for Q2 2024/25: 1 action of Plan A" in text
    assert "Milestone due 27 September 2024: Review" in html
    assert len(re.findall(r"/accounts/unsubscribe/[^/\s\"]+/", text)) == 2  # one a kind
    inbox.take()
    run(FRIDAY)
    assert inbox.take() == []
    assert Reminder.objects.filter(email="editor-a@example.org", in_digest=True).count() == 2


def test_a_missed_digest_day_is_made_up_a_week_on(inbox, world, settings):
    settings.REMINDER_DIGEST_WEEKDAY = FRIDAY.weekday()
    choose(world, "editor-a@example.org", Kind.PROGRESS, delivery=Delivery.DIGEST)
    run(BEFORE_Q2)
    inbox.take()
    run(BEFORE_Q2 + datetime.timedelta(days=6))  # not Friday, and not a week yet
    assert inbox.take() == []
    run(BEFORE_Q2 + datetime.timedelta(days=7))  # Friday's run was missed
    assert subjects_to(inbox, "editor-a@example.org") == ["Your reminders this week: 1 to act on"]


def test_the_unsubscribe_link_works_without_signing_in_and_at_once(inbox, world, client):
    run(BEFORE_Q2)
    [message] = inbox.to("lee.lead@police.example.org")
    [link] = re.findall(
        r"https://csp.example.gov.uk(/accounts/unsubscribe/[^/\s]+/)", parts(message)[0]
    )
    page = client.get(link).content.decode()
    assert "Stop sending e-mails about <strong>quarterly progress due</strong>" in page
    assert "lee.lead@police.example.org" in page
    assert not Preference.objects.exists()  # opening the link changes nothing
    done = client.post(link).content.decode()
    assert "You will not be sent these e-mails" in done
    assert Preference.objects.get().enabled is False
    inbox.take()
    run(AFTER_Q2)
    assert "lee.lead@police.example.org" not in addresses(inbox)


def test_unsubscribing_withdraws_what_waits_for_the_digest(inbox, world, client, settings):
    settings.REMINDER_DIGEST_WEEKDAY = FRIDAY.weekday()
    choose(world, "editor-a@example.org", Kind.PROGRESS, delivery=Delivery.DIGEST)
    run(BEFORE_Q2)
    inbox.take()
    token = unsubscribe_token("Editor-A@example.org", world["a"].pk, Kind.PROGRESS)
    client.post(reverse("notifications:unsubscribe", kwargs={"token": token}))
    run(FRIDAY)
    assert inbox.take() == []
    assert not Reminder.objects.filter(email="editor-a@example.org", kind=Kind.PROGRESS).exists()
