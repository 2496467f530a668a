"""gunicorn with DEBUG off on the CI's PostgreSQL and Redis, and a browser that keeps its
cookies (and can come from another loopback address, as residents come from theirs)."""

import http.client
import re
import subprocess
import sys
import time
import urllib.parse
from contextlib import contextmanager
from pathlib import Path

from django.urls import reverse

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = "redis://127.0.0.1:6379/3"
PASSWORD = "correct horse battery staple"


@contextmanager
def gunicorn(env: dict, *ports: int, workers: int = 1):
    """One gunicorn (`workers` of 4 threads each) a port; yields their base addresses."""
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "csp_portal.wsgi", "--bind", f"127.0.0.1:{port}",
             "--workers", str(workers), "--threads", "4", "--timeout", "120"],
            cwd=ROOT,
            env=env,
        )
        for port in ports
    ]  # fmt: skip
    urls = [f"http://127.0.0.1:{port}" for port in ports]
    try:
        for url in urls:
            wait_for(url)
        yield urls
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=30)


@contextmanager
def job_worker(env: dict):
    """A job worker (`manage.py db_worker`), a process of its own beside the app servers."""
    process = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-reload", "--interval", "0.2"],
        cwd=ROOT,
        env=env,
    )
    try:
        yield process
    finally:
        process.terminate()
        process.wait(timeout=120)


def wait_for(url: str) -> None:
    for _ in range(150):
        try:
            Browser().request(url + reverse("accessibility"))
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer")


class Browser:
    """Cookies by hand: the servers run with DEBUG off, so their cookies are Secure, which a
    cookie jar would not send over plain HTTP on loopback. `source` is the address it comes
    from (any of 127.0.0.0/8 on Linux)."""

    def __init__(self, source: str = "127.0.0.1", headers: dict | None = None):
        self.cookies, self.source, self.headers = {}, source, headers or {}

    def request(self, url, data=None):
        parts = urllib.parse.urlsplit(url)
        connection_ = http.client.HTTPConnection(
            parts.hostname, parts.port, timeout=60, source_address=(self.source, 0)
        )
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
                   **self.headers}  # fmt: skip
        body = None
        if data is not None:
            body = urllib.parse.urlencode(data)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        connection_.request("POST" if data is not None else "GET", path, body, headers)
        response = connection_.getresponse()
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name] = rest.split(";")[0]
        content = response.read()
        connection_.close()
        return response.status, content

    def csrf(self, url):
        _status, page = self.request(url)
        return re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()
