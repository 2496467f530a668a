"""Event mode: a kiosk or the tablets at a drop-in event send one response after another from
one address, which the limit on an address would refuse; staff open the day's event link on
each device instead."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from consultations import events
from consultations.models import Response
from consultations.results import consultation_results
from tests.consultations.conftest import field, respond_url
from tests.factories import user_with_role

pytestmark = pytest.mark.django_db


def event_link(consultation, day=None):
    return reverse(
        "consultations:event_link",
        kwargs={
            "partnership_slug": consultation.strategy.partnership.slug,
            "pk": consultation.pk,
            "code": events.link_code(consultation, day or timezone.localdate()),
        },
    )


def answers(consultation):
    return {field(consultation, "agreement"): "agree"}


def test_an_editor_finds_todays_event_link_in_the_workspace(client, consultation):
    page_url = reverse("consultations_editor:event_mode", kwargs={"pk": consultation.pk})
    client.force_login(user_with_role(consultation.strategy.partnership, "viewer"))
    page = client.get(page_url).content.decode()
    assert "An editor of the partnership can give you the day's event link" in page
    assert event_link(consultation) not in page

    client.force_login(user_with_role(consultation.strategy.partnership, "editor"))
    detail = client.get(
        reverse("consultations_editor:detail", kwargs={"pk": consultation.pk})
    ).content.decode()
    assert f'href="{page_url}">Event mode' in detail
    page = client.get(page_url).content.decode()
    assert f"http://testserver{event_link(consultation)}" in page
    assert "up to 500 responses today" in page
    code = events.link_code(consultation, timezone.localdate())
    assert len(code) == 19  # 16 digits in fours: typed on a kiosk
    assert code != events.link_code(consultation, timezone.localdate() + datetime.timedelta(1))


def test_an_event_device_sends_past_the_limit_on_its_address(client, consultation, settings):
    settings.CONSULTATION_RATE_LIMIT = "2/600"
    response = client.get(event_link(consultation))
    assert response.status_code == 302
    assert response["Location"] == respond_url(consultation)
    cookie = response.cookies[f"consultation-event-{consultation.pk}"]
    assert cookie["httponly"]
    assert 0 < int(cookie["max-age"]) <= 24 * 60 * 60  # until midnight
    assert "Event mode" in client.get(respond_url(consultation)).content.decode()

    for _ in range(4):
        sent = client.post(respond_url(consultation), answers(consultation))
        assert sent.status_code == 302
    assert "Start again for the next person" in client.get(sent["Location"]).content.decode()
    assert list(Response.objects.values_list("channel", flat=True)) == ["event"] * 4

    # Another device at the same address, not in event mode, keeps the address's limit.
    other = client.__class__()
    assert other.post(respond_url(consultation), answers(consultation)).status_code == 302
    assert other.post(respond_url(consultation), answers(consultation)).status_code == 302
    assert other.post(respond_url(consultation), answers(consultation)).status_code == 429
    assert Response.objects.filter(channel="online").count() == 2

    results = consultation_results(consultation)
    assert (results.responses, results.event) == (6, 4)
    client.force_login(user_with_role(consultation.strategy.partnership, "viewer"))
    page = client.get(
        reverse("consultations_editor:results", kwargs={"pk": consultation.pk})
    ).content.decode()
    assert "4 from devices at staffed events or kiosks" in page


def test_an_event_device_still_has_a_daily_cap(client, consultation, monkeypatch):
    monkeypatch.setattr(events, "DEVICE_DAILY_CAP", 3)
    client.get(event_link(consultation))
    for _ in range(3):
        assert client.post(respond_url(consultation), answers(consultation)).status_code == 302
    refused = client.post(respond_url(consultation), answers(consultation))
    assert refused.status_code == 429
    assert "This device has sent 3 responses today" in refused.content.decode()
    assert Response.objects.count() == 3


def test_the_link_enrols_a_bounded_number_of_devices_a_day(client, consultation, monkeypatch):
    monkeypatch.setattr(events, "DEVICES_A_DAY", 2)
    for _ in range(2):
        assert client.__class__().get(event_link(consultation)).status_code == 302
    refused = client.get(event_link(consultation))
    assert refused.status_code == 429
    assert "No more devices today" in refused.content.decode()
    assert not refused.cookies


def test_yesterdays_link_and_a_made_up_one_do_nothing(client, consultation):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    for url in [
        event_link(consultation, yesterday),
        event_link(consultation).replace(events.link_code(consultation, timezone.localdate()), "0"),
    ]:
        response = client.get(url)
        assert response.status_code == 404
        assert "This event link does not work today" in response.content.decode()
        assert not response.cookies


def test_an_event_device_is_one_only_for_the_day_it_was_enrolled(rf, consultation):
    from django.http import HttpResponse

    enrolled = HttpResponse()
    assert events.enrol(enrolled, consultation)
    name = f"consultation-event-{consultation.pk}"
    request = rf.get("/")
    request.COOKIES[name] = enrolled.cookies[name].value
    assert events.event_device(request, consultation)
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    assert events.event_device(request, consultation, tomorrow) is None
    # One signed for another consultation is no use here, even under this one's name.
    elsewhere = HttpResponse()
    value = f"{timezone.localdate().isoformat()}:device"
    elsewhere.set_signed_cookie(name, value, salt=f"{events.SALT}:{consultation.pk + 1}")
    request.COOKIES[name] = elsewhere.cookies[name].value
    assert events.event_device(request, consultation) is None
