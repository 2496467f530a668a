"""Behind nginx, as docs/deploy.md runs the portal: every request reaches gunicorn from the
proxy, yet each resident keeps their own rate limit, a lockout at sign-in is of the
address that failed, and the audit log names the client, because the proxy's
X-Forwarded-For is believed (from a trusted proxy only, and only its last hop)."""

import datetime
import shutil
import subprocess
from contextlib import contextmanager

import pytest
from django.urls import reverse
from django.utils import timezone

from consultations.models import Consultation, Response
from csp_portal.models import AuditEvent
from strategies.models import Strategy
from tests.deploy.servers import PASSWORD, Browser, gunicorn, wait_for
from tests.factories import user_with_role

pytestmark = pytest.mark.django_db(transaction=True)

NGINX = """
worker_processes 1;
pid {dir}/nginx.pid;
error_log {dir}/error.log;
events {{ worker_connections 64; }}
http {{
  access_log off;
  client_body_temp_path {dir}/body;
  proxy_temp_path {dir}/proxy;
  fastcgi_temp_path {dir}/fastcgi;
  uwsgi_temp_path {dir}/uwsgi;
  scgi_temp_path {dir}/scgi;
  server {{
    listen 127.0.0.1:{port};
    location / {{
      proxy_pass {upstream};
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }}
  }}
}}
"""


@contextmanager
def nginx(tmp_path, port: int, upstream: str):
    if shutil.which("nginx") is None:
        pytest.fail("nginx is not installed: scripts/system-deps.sh installs it")
    conf = tmp_path / "nginx.conf"
    conf.write_text(NGINX.format(dir=tmp_path, port=port, upstream=upstream))
    process = subprocess.Popen(["nginx", "-c", str(conf), "-p", str(tmp_path), "-g", "daemon off;"])
    try:
        wait_for(f"http://127.0.0.1:{port}")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture
def proxy(portal_env, tmp_path):
    from demo.loader import demo_load

    demo_load()
    env = {**portal_env, "TRUSTED_PROXIES": "127.0.0.1", "AXES_FAILURE_LIMIT": "3"}
    with gunicorn(env, 8775) as (upstream,), nginx(tmp_path, 8776, upstream) as url:
        yield url


def test_each_resident_behind_the_proxy_is_told_apart(proxy, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    consultation = Consultation.objects.get(strategy__partnership__slug="wokingham")
    Strategy.objects.filter(pk=consultation.strategy_id).update(status="consultation")
    now = timezone.now()
    Consultation.objects.filter(pk=consultation.pk).update(
        opens_at=now - datetime.timedelta(hours=1), closes_at=now + datetime.timedelta(days=1)
    )
    concerns = consultation.questions.get(kind="concerns").pk
    form = proxy + reverse(
        "consultations:respond", kwargs={"partnership_slug": "wokingham", "pk": consultation.pk}
    )

    def answer(resident):
        token = resident.csrf(form)
        return resident.request(form, {"csrfmiddlewaretoken": token, f"q{concerns}": "Speeding"})[0]

    # The rate limit (3 in 10 minutes) is each resident's own, and a forged header does not
    # buy another: the proxy appends the address it saw, and that is the one believed.
    first = Browser(source="127.0.0.2")
    forger = Browser(source="127.0.0.2", headers={"X-Forwarded-For": "203.0.113.9"})
    assert [answer(first), answer(first), answer(forger), answer(forger)] == [302, 302, 302, 429]
    assert answer(Browser(source="127.0.0.3")) == 302  # another resident: not their limit
    assert Response.objects.filter(consultation=consultation).count() == 4

    # A lockout at sign-in is of the address that failed, not of everyone behind the proxy.
    chair = user_with_role(consultation.strategy.partnership, "approver", username="chair")
    chair.set_password(PASSWORD)
    chair.save()
    login = proxy + reverse("login")

    def sign_in(browser, password):
        data = {"csrfmiddlewaretoken": browser.csrf(login), "username": "chair",
                "password": password}  # fmt: skip
        return browser.request(login, data)

    guesser = Browser(source="127.0.0.4")
    for _ in range(3):
        sign_in(guesser, "wrong")
    status, page = sign_in(guesser, PASSWORD)
    assert b"Sign-in locked" in page, status
    status, _page = sign_in(Browser(source="127.0.0.5"), PASSWORD)
    assert status == 302  # the chair, from their own desk
    failed = AuditEvent.objects.filter(kind="login_failed", username="chair")
    assert set(failed.values_list("ip_address", flat=True)) == {"127.0.0.4"}
