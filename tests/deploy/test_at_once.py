"""Requests released at the same moment against gunicorn (two workers of four threads, the
CI's PostgreSQL and Redis), as a burst or a double click sends them: the rate limit holds,
and one form sent twice at once stores one response."""

import datetime
import re
import threading

import pytest
from django.urls import reverse
from django.utils import timezone

from consultations.models import Consultation, Response
from strategies.models import Strategy
from tests.deploy.servers import PASSWORD, Browser, gunicorn
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def form(portal_env):
    from demo.loader import demo_load

    demo_load()
    consultation = Consultation.objects.get(strategy__partnership__slug="wokingham")
    Strategy.objects.filter(pk=consultation.strategy_id).update(status="consultation")
    now = timezone.now()
    Consultation.objects.filter(pk=consultation.pk).update(
        opens_at=now - datetime.timedelta(hours=1), closes_at=now + datetime.timedelta(days=1)
    )
    env = {**portal_env, "CONSULTATION_RATE_LIMIT": "5/600"}
    with gunicorn(env, 8777, workers=2) as (url,):
        yield (
            consultation,
            url
            + reverse(
                "consultations:respond",
                kwargs={"partnership_slug": "wokingham", "pk": consultation.pk},
            ),
        )


def at_once(sends) -> list[int]:
    """Each send prepared (its form fetched), then all released together."""
    start, statuses = threading.Barrier(len(sends)), []

    def go(send):
        start.wait(30)
        statuses.append(send())

    threads = [threading.Thread(target=go, args=(send,)) for send in sends]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return sorted(statuses)


def prepared(browser, url, concerns, page=None):
    page = page or browser.request(url)[1]
    fields = dict(re.findall(rb'name="(csrfmiddlewaretoken|submission)" value="([^"]+)"', page))
    data = {name.decode(): value.decode() for name, value in fields.items()}
    return lambda: browser.request(url, {**data, f"q{concerns}": "Speeding"})[0]


def test_twenty_sent_at_once_from_one_address_meet_a_limit_of_five(form):
    consultation, url = form
    concerns = consultation.questions.get(kind="concerns").pk
    sends = [prepared(Browser(), url, concerns) for _ in range(20)]
    statuses = at_once(sends)
    assert statuses == [302] * 5 + [429] * 15
    assert Response.objects.filter(consultation=consultation).count() == 5


def test_one_form_sent_twice_at_once_stores_one_response(form):
    consultation, url = form
    concerns = consultation.questions.get(kind="concerns").pk
    browser = Browser()
    _status, page = browser.request(url)
    statuses = at_once([prepared(browser, url, concerns, page) for _ in range(2)])
    assert statuses == [302, 302]
    assert Response.objects.filter(consultation=consultation).count() == 1


def test_bursts_of_passwords_meet_the_sign_in_limit(form, settings):
    """11 wrong passwords and the right one sent at once, three times: at most
    AXES_FAILURE_LIMIT (5) are checked each time, the rest are told sign-in is locked (six
    wrong ones were answered, and the right one let in, in one burst of three)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    _consultation, url = form
    login = url.split("/wokingham/")[0] + reverse("login")

    def attempt(username, password):
        browser = Browser()
        token = browser.csrf(login)
        data = {"csrfmiddlewaretoken": token, "username": username, "password": password}
        return lambda: browser.request(login, data)[0]

    for n in range(3):
        user = UserFactory(username=f"chair-{n}")
        user.set_password(PASSWORD)
        user.save()
        burst = [attempt(user.username, "wrong") for _ in range(11)]
        statuses = at_once([*burst, attempt(user.username, PASSWORD)])
        checked = [status for status in statuses if status != 429]  # 200 refused, 302 in
        assert len(checked) <= 5, (n, statuses)
