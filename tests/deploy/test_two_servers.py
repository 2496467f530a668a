"""Two app servers and a job worker behind one PostgreSQL and one Redis, as production runs
several: a response sent to one is counted by the other, a rate limit counts across both,
sessions are shared, a PDF asked for on one is rendered by the worker and served by both,
an edit on one is public on the other."""

import datetime
import time

import pytest
from django.urls import reverse
from django.utils import timezone

from consultations.models import Consultation, Response
from strategies.models import Strategy
from tests.deploy.servers import PASSWORD, Browser, gunicorn, job_worker
from tests.factories import user_with_role

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def servers(portal_env):
    from demo.loader import demo_load

    demo_load()
    with gunicorn(portal_env, 8771, 8772) as urls:
        yield urls


def test_two_servers_share_everything(servers, shared_services, portal_env, settings):
    # The servers know the production hashers, not the tests' fast MD5.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    a, b = servers
    consultation = Consultation.objects.get(strategy__partnership__slug="wokingham")
    Strategy.objects.filter(pk=consultation.strategy_id).update(status="consultation")
    now = timezone.now()
    Consultation.objects.filter(pk=consultation.pk).update(
        opens_at=now - datetime.timedelta(hours=1), closes_at=now + datetime.timedelta(days=1)
    )
    approver = user_with_role(consultation.strategy.partnership, "approver", username="chair")
    approver.set_password(PASSWORD)
    approver.save()
    concerns = consultation.questions.get(kind="concerns").pk
    path = reverse(
        "consultations:respond", kwargs={"partnership_slug": "wokingham", "pk": consultation.pk}
    )
    login = reverse("login")

    # A response through A is counted in the results served by B, to a session made on A.
    resident = Browser()
    status, _ = resident.request(
        a + path, {"csrfmiddlewaretoken": resident.csrf(a + path), f"q{concerns}": "Speeding"}
    )
    assert status == 302
    staff = Browser()
    status, page = staff.request(
        a + login,
        {
            "csrfmiddlewaretoken": staff.csrf(a + login),
            "username": "chair",
            "password": PASSWORD,
        },
    )
    assert status == 302, page[:2000]
    status, results = staff.request(
        b + reverse("consultations_editor:results", kwargs={"pk": consultation.pk})
    )
    assert status == 200
    assert b"1 response online" in results

    # The rate limit (3 in 10 minutes) counts across both servers.
    statuses = []
    for server in (b, b, a):
        token = resident.csrf(server + path)
        status, _ = resident.request(
            server + path, {"csrfmiddlewaretoken": token, f"q{concerns}": "Again"}
        )
        statuses.append(status)
    assert statuses == [302, 302, 429]
    assert Response.objects.filter(consultation=consultation).count() == 3

    # A PDF asked for on A: the page saying it is being prepared, at once; the job worker
    # renders it into the shared MEDIA_ROOT, and B serves it, as A does.
    pdf = reverse(
        "reports:scrutiny_report_pdf",
        kwargs={"partnership_slug": "wokingham", "slug": consultation.strategy.slug},
    )
    status, waiting = staff.request(a + pdf)
    assert status == 200
    assert b"The PDF is being prepared" in waiting
    with job_worker(portal_env):
        deadline = time.monotonic() + 180
        status, first = staff.request(b + pdf)
        while not first.startswith(b"%PDF") and time.monotonic() < deadline:
            time.sleep(0.5)
            status, first = staff.request(b + pdf)
    assert status == 200
    assert first.startswith(b"%PDF")
    status, second = staff.request(a + pdf)
    assert second == first

    # An edit through B retires the public page A cached.
    visitor = Browser()
    partnership_page = reverse("reports:partnership", args=["wokingham"])
    _, page = visitor.request(a + partnership_page)
    assert b"Have your say" in page
    strategy = {"pk": consultation.strategy_id}
    token = staff.csrf(b + reverse("reports_editor:strategy", kwargs=strategy))
    status, _ = staff.request(
        b + reverse("strategies_editor:transition", kwargs=strategy),
        {"csrfmiddlewaretoken": token, "to": "awaiting_approval"},
    )
    assert status == 302
    _, page = visitor.request(a + partnership_page)
    assert b"Have your say" not in page
