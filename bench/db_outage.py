"""Fault: PostgreSQL stops while residents answer a consultation, then starts again.

Gunicorn serves a scratch database (csp_portal_outage) with Wokingham's consultation open;
respondents post answers in a loop and a visitor reads public pages. After a few seconds
PostgreSQL is stopped (pg_ctlcluster ... stop -m fast) for a while, then started. Prints
what the clients saw: answers while it was down (503, never a stack trace or a 500), how
long after the restart the same server processes answered again, and whether every
response the server accepted (302) is stored exactly once.

    .venv/bin/python bench/db_outage.py [--down 6]
"""

import argparse
import collections
import concurrent.futures
import subprocess
import sys
import threading
import time
from pathlib import Path

from common import (
    Browser,
    django_setup,
    fresh_database,
    open_wokingham_consultation,
    server_env,
    start_gunicorn,
    stop,
)

PORT = 8766
CLUSTER = sorted(p.name for p in Path("/etc/postgresql").iterdir())[-1]


def pg(action: str):
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", CLUSTER, "main", action]
        + (["-m", "fast"] if action == "stop" else []),
        check=True,
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--down", type=float, default=6, help="seconds PostgreSQL stays down")
    parser.add_argument("--respondents", type=int, default=8)
    args = parser.parse_args()

    env = server_env("csp_portal_outage")
    fresh_database(env, "csp_portal_outage")
    django_setup(env)
    pk, agreement, concerns = open_wokingham_consultation()
    server = start_gunicorn(env, PORT, workers=2)
    url = f"http://127.0.0.1:{PORT}/wokingham/consultations/{pk}/"
    events = []  # (time, who, status, marker, body has a traceback)
    lock = threading.Lock()
    stopping = threading.Event()

    def respondent(n):
        browser, i = Browser(), 0
        while not stopping.is_set():
            i += 1
            marker = f"outage-{n:02d}-{i:05d}"
            try:
                token = browser.csrf(url)
                if token is None:  # the form itself did not come (503)
                    status, body = browser.request(url)
                else:
                    body_data = {"csrfmiddlewaretoken": token, f"q{concerns}": f"Outage {marker}"}
                    body_data.update({f"q{q}": "agree" for q in agreement})
                    status, body = browser.request(url, body_data)
            except OSError:
                status, body = 0, b""
            with lock:
                events.append(
                    (time.monotonic(), "respondent", status, marker, b"Traceback" in body)
                )
            time.sleep(0.05)

    def visitor():
        browser = Browser()
        while not stopping.is_set():
            for path in (
                "/",
                "/wokingham/",
                "/woking/strategies/safer-woking-partnership-plan-2021-2024/",
            ):
                try:
                    status, body = browser.request(f"http://127.0.0.1:{PORT}{path}")
                except OSError:
                    status, body = 0, b""
                with lock:
                    events.append((time.monotonic(), "visitor", status, path, b"Traceback" in body))
            time.sleep(0.05)

    try:
        with concurrent.futures.ThreadPoolExecutor(args.respondents + 1) as pool:
            for n in range(args.respondents):
                pool.submit(respondent, n)
            pool.submit(visitor)
            time.sleep(4)
            down_at = time.monotonic()
            pg("stop")
            time.sleep(args.down)
            pg("start")
            up_at = time.monotonic()
            time.sleep(12)
            stopping.set()
    finally:
        stop(server)
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", CLUSTER, "main", "start"])

    def phase(t):
        return "before" if t < down_at else "down" if t < up_at else "after"

    table = collections.Counter((phase(t), who, status) for t, who, status, _m, _tb in events)
    print(
        f"PostgreSQL {CLUSTER} stopped for {up_at - down_at:.1f} s while {args.respondents} "
        "respondents and a visitor used the portal"
    )
    print(f"{'phase':8} {'client':11} {'status':>6} {'count':>6}")
    for (ph, who, status), count in sorted(table.items()):
        print(f"{ph:8} {who:11} {status:>6} {count:>6}")
    tracebacks = sum(1 for *_rest, tb in events if tb)
    errors = sum(1 for _t, _w, status, _m, _tb in events if status == 500)
    recovered = min(
        (
            t
            for t, who, status, _m, _tb in events
            if who == "respondent" and t > up_at and status == 302
        ),
        default=None,
    )
    print(f"500 answers: {errors}; stack traces shown: {tracebacks}")
    print(
        "First accepted response after the restart: "
        + (f"{recovered - up_at:.1f} s" if recovered else "none")
        + " (the same gunicorn processes, not restarted)"
    )
    from django.db import connections

    from consultations.models import Answer

    connections.close_all()  # this script's own connection did not survive the restart

    accepted = {m for _t, who, status, m, _tb in events if who == "respondent" and status == 302}
    stored = [
        text.split(" ", 1)[1]
        for text in Answer.objects.filter(
            question_id=concerns, text__startswith="Outage "
        ).values_list("text", flat=True)
    ]
    lost = accepted - set(stored)
    duplicates = len(stored) - len(set(stored))
    unacknowledged = set(stored) - accepted
    print(
        f"Accepted responses (302): {len(accepted)}; stored: {len(stored)}; lost: {len(lost)}; "
        f"stored twice: {duplicates}; stored but the respondent was told it failed: "
        f"{len(unacknowledged)}"
    )
    if lost or duplicates or errors or tracebacks or recovered is None or recovered - up_at > 10:
        sys.exit(1)


if __name__ == "__main__":
    main()
