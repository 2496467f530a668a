"""Load benchmark: concurrent consultation responses against a real server on PostgreSQL.

Sets up a scratch PostgreSQL database (csp_portal_bench, dropped and made anew) with the
demo data, opens Wokingham's consultation, starts gunicorn on 127.0.0.1 (loopback only),
then N clients each fetch the form and, released together, post their answers. Prints the
throughput and latencies, then counts the stored responses: each client's answers must be
stored exactly once. Everything has a time limit.

    .venv/bin/python bench/consultation_bench.py [--clients 100] [--workers 4]
"""

import argparse
import concurrent.futures
import datetime
import os
import re
import secrets
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PORT = 8765
BASE = f"http://127.0.0.1:{PORT}"
DB_URL = "postgres://postgres@127.0.0.1:5432/csp_portal_bench"
TIMEOUT = 30

ENV = {
    **os.environ,
    "DATABASE_URL": DB_URL,
    "DEBUG": "false",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "127.0.0.1",
    "CONSULTATION_RATE_LIMIT": "0/1",  # every client is 127.0.0.1 here
    "LOG_LEVEL": "WARNING",
}


def manage(*args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=ENV, check=True, timeout=300)


def setup() -> tuple[int, list[int], int]:
    """Fresh database and demo data; returns the consultation, its agreement questions and
    its concerns question."""
    subprocess.run(
        [
            "psql",
            "-h",
            "127.0.0.1",
            "-U",
            "postgres",
            "-qc",
            "DROP DATABASE IF EXISTS csp_portal_bench",
        ],
        check=True,
    )
    subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", "CREATE DATABASE csp_portal_bench"],
        check=True,
    )
    manage("migrate", "--no-input", "-v0")
    manage("load_demo")
    manage("collectstatic", "--no-input", "-v0")
    os.environ.update(ENV)
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "csp_portal.settings")
    import django

    django.setup()
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
    concerns = consultation.questions.get(kind="concerns").pk
    return consultation.pk, agreement, concerns


def client(n, url, agreement, concerns, start: threading.Barrier):
    """One respondent: fetch the form, wait for the others, post. Returns (marker, status,
    seconds of the post)."""
    with urllib.request.urlopen(url, timeout=TIMEOUT) as page:
        html = page.read().decode()
        cookie = page.headers["Set-Cookie"].split(";")[0]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    marker = f"bench-{n:04d}"
    body = {"csrfmiddlewaretoken": token, f"q{concerns}": f"Load test response {marker}"}
    body.update({f"q{pk}": "agree" for pk in agreement})
    request = urllib.request.Request(
        url,
        data=urllib.parse.urlencode(body).encode(),
        headers={"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"},
    )
    start.wait(timeout=TIMEOUT)
    began = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as answer:
            status = answer.status  # the redirect to the thank-you page is followed
    except urllib.error.HTTPError as error:
        status = error.code
    return marker, status, time.perf_counter() - began


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()

    pk, agreement, concerns = setup()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "csp_portal.wsgi",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            str(args.workers),
            "--threads",
            "4",
            "--timeout",
            "60",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=ENV,
        start_new_session=True,
    )
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(BASE + "/", timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        url = f"{BASE}/wokingham/consultations/{pk}/"
        start = threading.Barrier(args.clients + 1)
        with concurrent.futures.ThreadPoolExecutor(args.clients) as pool:
            futures = [
                pool.submit(client, n, url, agreement, concerns, start) for n in range(args.clients)
            ]
            start.wait(timeout=TIMEOUT * 2)
            began = time.perf_counter()
            results = [f.result(timeout=TIMEOUT * 2) for f in futures]
            elapsed = time.perf_counter() - began
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)

    from consultations.models import Answer, Response

    statuses = [status for _m, status, _s in results]
    latencies = sorted(seconds * 1000 for _m, _st, seconds in results)
    stored = list(
        Answer.objects.filter(
            question_id=concerns, text__startswith="Load test response"
        ).values_list("text", flat=True)
    )
    markers = [text.rsplit(" ", 1)[1] for text in stored]
    sent = {m for m, _st, _s in results}
    print(
        f"Clients: {args.clients} at once; gunicorn {args.workers} workers x 4 threads; PostgreSQL"
    )
    print(f"HTTP answers: { {s: statuses.count(s) for s in sorted(set(statuses))} }")
    print(
        f"Wall time for all posts: {elapsed * 1000:.0f} ms; "
        f"throughput {args.clients / elapsed:.1f} responses/s"
    )
    print(
        f"Post latency: median {statistics.median(latencies):.0f} ms, "
        f"p95 {latencies[int(len(latencies) * 0.95) - 1]:.0f} ms, max {latencies[-1]:.0f} ms"
    )
    print(
        f"Responses stored: {Response.objects.count()}; distinct references: "
        f"{Response.objects.values('reference').distinct().count()}"
    )
    print(
        f"Each client's answers stored exactly once: {sorted(markers) == sorted(sent)} "
        f"({len(markers)} stored, {len(set(markers))} distinct, {len(sent)} sent)"
    )
    if sorted(markers) != sorted(sent) or set(statuses) != {200}:
        sys.exit(1)


if __name__ == "__main__":
    main()
