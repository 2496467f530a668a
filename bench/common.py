"""What the benchmarks share: a scratch PostgreSQL database with the demo data, gunicorn
on a loopback port, and a small HTTP client that keeps cookies by hand."""

import datetime
import http.client
import os
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 30


def server_env(database: str, **extra) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{database}",
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "CONSULTATION_RATE_LIMIT": "0/1",  # every client is 127.0.0.1 here
        "STATIC_ROOT": str(ROOT / "staticfiles"),
        "LOG_LEVEL": "WARNING",
        **extra,
    }


def manage(env: dict, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, timeout=900)


def psql(sql: str):
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", sql], check=True)


def fresh_database(env: dict, name: str, *, demo: bool = True):
    """Drop and create the database, migrate, collect static files, load the demo data."""
    psql(f"DROP DATABASE IF EXISTS {name}")
    psql(f"CREATE DATABASE {name}")
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "collectstatic", "--no-input", "-v0")
    if demo:
        manage(env, "load_demo")


def django_setup(env: dict):
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "csp_portal.settings")
    import django

    django.setup()


def scratch_django(prefix: str, **defaults) -> Path:
    """Set Django up in this process on a scratch SQLite database and media folder, in a new
    temporary directory (named from `prefix`), unless the environment names others; the
    environment wins over `defaults` too. Returns the directory."""
    scratch = Path(tempfile.mkdtemp(prefix=prefix))
    django_setup(
        {
            "DATABASE_URL": f"sqlite:///{scratch / 'bench.sqlite3'}",
            "DEBUG": "true",
            "MEDIA_ROOT": str(scratch / "media"),
            "ALLOWED_HOSTS": "testserver,127.0.0.1,localhost",
            **defaults,
            **os.environ,
        }
    )
    return scratch


def open_wokingham_consultation():
    """Reopen the demo's Wokingham consultation; returns (pk, agreement ids, concerns id)."""
    from django.utils import timezone

    from consultations.models import Consultation
    from strategies.models import Strategy

    consultation = Consultation.objects.get(strategy__partnership__slug="wokingham")
    Strategy.objects.filter(pk=consultation.strategy_id).update(status="consultation")
    now = timezone.now()
    Consultation.objects.filter(pk=consultation.pk).update(
        opens_at=now - datetime.timedelta(hours=1), closes_at=now + datetime.timedelta(days=1)
    )
    agreement = list(consultation.questions.filter(kind="agreement").values_list("pk", flat=True))
    return consultation.pk, agreement, consultation.questions.get(kind="concerns").pk


def start_gunicorn(env: dict, port: int, workers: int = 2, threads: int = 4):
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", port)) == 0:  # another bench's server: its figures
            raise RuntimeError(f"Port {port} is taken: is another bench running?")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "csp_portal.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--timeout",
            "60",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    for _ in range(150):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/accessibility/", timeout=2).read()
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("gunicorn did not start")


def stop(process):
    import signal

    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=30)


class Browser:
    """Cookies kept by hand (DEBUG off makes them Secure, which a browser would not send over
    plain HTTP); redirects not followed, so a 302 is seen as a 302. One connection is kept
    open from request to request, as a browser keeps it; one the server closed while it was
    idle is opened again (the request had not reached the server)."""

    def __init__(self):
        self.cookies = {}
        self.connection, self.address = None, None

    def request(self, url, data=None, timeout=TIMEOUT):
        parts = urllib.parse.urlsplit(url)
        path = f"{parts.path}?{parts.query}" if parts.query else parts.path
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in (1, 2):
            reused = self.connection is not None and self.address == parts.netloc
            if not reused:
                self.close()
                self.connection = http.client.HTTPConnection(parts.netloc, timeout=timeout)
                self.address = parts.netloc
            try:
                self.connection.request("GET" if body is None else "POST", path, body, headers)
                response = self.connection.getresponse()
                content = response.read()
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self.close()
                if not reused or attempt == 2:
                    raise
            except OSError:
                self.close()
                raise
            except http.client.HTTPException as error:  # an answer cut short: as urllib says it
                self.close()
                raise ConnectionError(f"{type(error).__name__}: {error}") from error
        if response.will_close:
            self.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name] = rest.split(";")[0]
        return response.status, content

    def close(self):
        if self.connection is not None:
            self.connection.close()
        self.connection = None

    def csrf(self, url) -> str | None:
        _status, page = self.request(url)
        match = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        return match.group(1).decode() if match else None
