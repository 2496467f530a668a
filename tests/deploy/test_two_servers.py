"""Two app servers behind one PostgreSQL and one Redis, as production runs several: a
response sent to one is counted by the other, a rate limit counts across both, sessions
and PDFs rendered by one are served by the other, an edit on one is public on the other."""

import datetime
import os
import re
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from consultations.models import Consultation, Response
from strategies.models import Strategy
from tests.factories import user_with_role

pytestmark = pytest.mark.django_db(transaction=True)
ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = "redis://127.0.0.1:6379/3"
PASSWORD = "correct horse battery staple"


def _redis():
    import redis

    try:
        client = redis.Redis.from_url(REDIS_URL)
        client.ping()
        return client
    except redis.RedisError:
        return None


@pytest.fixture
def shared_services():
    redis_client = _redis()
    if connection.vendor != "postgresql" or redis_client is None:
        reason = "needs PostgreSQL and Redis on 127.0.0.1 (CI has both)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    redis_client.flushdb()
    return redis_client


class Browser:
    """Cookies by hand: the servers run with DEBUG off, so their cookies are Secure, which
    urllib's cookie jar would not send over plain HTTP on loopback."""

    def __init__(self):
        self.cookies = {}

    def request(self, url, data=None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        request = urllib.request.Request(url, data=body, headers=headers)
        opener = urllib.request.build_opener(NoRedirect)
        try:
            response = opener.open(request, timeout=60)
        except urllib.error.HTTPError as error:
            response = error
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name] = rest.split(";")[0]
        return response.status, response.read()

    def csrf(self, url):
        _status, page = self.request(url)
        return re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture
def servers(shared_services, tmp_path_factory, statutory_themes):
    from demo.loader import demo_load

    demo_load()
    env = {
        **os.environ,
        "DATABASE_URL": "postgres://{USER}@{HOST}:{PORT}/{NAME}".format(**connection.settings_dict),
        "CACHE_URL": REDIS_URL,
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "CONSULTATION_RATE_LIMIT": "3/600",
        "STATIC_ROOT": str(tmp_path_factory.mktemp("static")),
        "MEDIA_ROOT": str(tmp_path_factory.mktemp("media")),
        "LOG_LEVEL": "WARNING",
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=300,
    )
    processes, urls = [], []
    for port in (8771, 8772):
        processes.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "csp_portal.wsgi",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    "1",
                    "--threads",
                    "4",
                    "--timeout",
                    "120",
                ],
                cwd=ROOT,
                env=env,
            )
        )
        urls.append(f"http://127.0.0.1:{port}")
    try:
        for url in urls:
            for _ in range(100):
                try:
                    urllib.request.urlopen(url + reverse("accessibility"), timeout=2).read()
                    break
                except OSError:
                    time.sleep(0.2)
        yield urls
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=30)


def test_two_servers_share_everything(servers, shared_services, settings):
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

    # A PDF rendered by A is served from the shared cache by B.
    pdf = reverse(
        "reports:scrutiny_report_pdf",
        kwargs={"partnership_slug": "wokingham", "slug": consultation.strategy.slug},
    )
    started = time.perf_counter()
    status, first = staff.request(a + pdf)
    rendered = time.perf_counter() - started
    assert status == 200
    assert first.startswith(b"%PDF")
    assert any(b"pdf:scrutiny-report" in key for key in shared_services.keys("*"))
    started = time.perf_counter()
    status, second = staff.request(b + pdf)
    cached = time.perf_counter() - started
    assert second == first
    assert cached < rendered / 3, (rendered, cached)

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
