"""Faults: PostgreSQL stops, then Redis stops, then Redis freezes, while residents answer a
consultation, a visitor reads public pages and an editor saves a priority.

Gunicorn serves a scratch database (csp_portal_outage) with Wokingham's consultation open,
its cache a Redis of this script's own (port 6392), so that taking it away touches nothing
else. For each outage the script prints what the clients saw by phase (before, down,
after): the answers' statuses, server errors (500) and stack traces, how soon after the
service came back a response was accepted again by the same server processes; then whether
every response the server accepted (302) is stored exactly once, and whether every save the
editor was told succeeded is in the priority's history. PostgreSQL away: 503 answers, never
a 500. Redis away or frozen: no error at all, nothing lost.

    .venv/bin/python bench/outage.py [--down 6] [--only postgres|redis|frozen-redis]

Stopping PostgreSQL needs root (pg_ctlcluster).
"""

import argparse
import collections
import concurrent.futures
import os
import re
import signal
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

PORT, REDIS_PORT = 8766, 6392
CLUSTER = sorted(p.name for p in Path("/etc/postgresql").iterdir())[-1]
PASSWORD = "correct horse battery staple"


def pg(action: str):
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", CLUSTER, "main", action]
        + (["-m", "fast"] if action == "stop" else []),
        check=True,
    )


class Redis:
    def __init__(self):
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(REDIS_PORT),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        time.sleep(0.5)

    def stop(self):
        self.process.kill()
        self.process.wait()

    def freeze(self, frozen: bool):
        os.kill(self.process.pid, signal.SIGSTOP if frozen else signal.SIGCONT)


def editor_session(base: str) -> Browser:
    browser = Browser()
    login = f"{base}/accounts/login/"
    token = browser.csrf(login)
    status, _ = browser.request(
        login, {"csrfmiddlewaretoken": token, "username": "outage-editor", "password": PASSWORD}
    )
    assert status == 302, status
    return browser


def run(kind: str, down: float, respondents: int, base: str, form: dict, redis: Redis) -> bool:
    """One outage under load; prints what was seen and returns whether all is well."""
    events, lock, stopping = [], threading.Lock(), threading.Event()
    url = f"{base}/wokingham/consultations/{form['pk']}/"

    def note(who, status, marker, body):
        with lock:
            events.append((time.monotonic(), who, status, marker, b"Traceback" in body))

    def respondent(n):
        browser, i = Browser(), 0
        while not stopping.is_set():
            i += 1
            marker = f"{kind}-{n:02d}-{i:05d}"
            try:
                status, page = browser.request(url)
                found = page.split(b'name="csrfmiddlewaretoken" value="')
                if status == 200 and len(found) > 1:
                    data = {
                        "csrfmiddlewaretoken": found[1].split(b'"')[0].decode(),
                        f"q{form['concerns']}": f"Outage {marker}",
                    }
                    data.update({f"q{q}": "agree" for q in form["agreement"]})
                    status, page = browser.request(url, data)
            except OSError:
                status, page = 0, b""
            note("respondent", status, marker, page)
            time.sleep(0.05)

    def visitor():
        browser = Browser()
        while not stopping.is_set():
            for path in ("/", "/wokingham/", "/woking/"):
                try:
                    status, page = browser.request(base + path)
                except OSError:
                    status, page = 0, b""
                note("visitor", status, path, page)
            time.sleep(0.05)

    def editor():
        browser, i = editor_session(base), 0
        page_url = base + form["priority_page"]
        while not stopping.is_set():
            i += 1
            marker = f"{kind} save {i:04d}"
            try:
                status, page = browser.request(page_url)
                if status == 200:
                    inputs = re.findall(rb'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page)
                    fields = {name.decode(): value.decode() for name, value in inputs}
                    status, page = browser.request(page_url, {**fields, "title": marker})
            except OSError:
                status, page = 0, b""
            note("editor", status, marker, page)
            time.sleep(0.2)

    with concurrent.futures.ThreadPoolExecutor(respondents + 2) as pool:
        for n in range(respondents):
            pool.submit(respondent, n)
        pool.submit(visitor)
        pool.submit(editor)
        time.sleep(4)
        down_at = time.monotonic()
        {
            "postgres": lambda: pg("stop"),
            "redis": redis.stop,
            "frozen-redis": lambda: redis.freeze(True),
        }[kind]()
        time.sleep(down)
        {
            "postgres": lambda: pg("start"),
            "redis": redis.start,
            "frozen-redis": lambda: redis.freeze(False),
        }[kind]()
        up_at = time.monotonic()
        time.sleep(12)
        stopping.set()
    return report(kind, events, down_at, up_at, form)


def report(kind, events, down_at, up_at, form) -> bool:
    def phase(t):
        return "before" if t < down_at else "down" if t < up_at else "after"

    table = collections.Counter((phase(t), who, status) for t, who, status, _m, _tb in events)
    print(f"\n{kind}: away for {up_at - down_at:.1f} s under load")
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
        "First accepted response after it came back: "
        + (f"{recovered - up_at:.1f} s" if recovered else "none")
    )
    from django.db import connections

    from consultations.models import Answer
    from strategies.models import StrategicPriority

    connections.close_all()  # this script's own connection may not have survived
    accepted = {m for _t, who, s, m, _tb in events if who == "respondent" and s == 302}
    stored = [
        text.split(" ", 1)[1]
        for text in Answer.objects.filter(
            question_id=form["concerns"], text__startswith=f"Outage {kind}-"
        ).values_list("text", flat=True)
    ]
    lost, twice = accepted - set(stored), len(stored) - len(set(stored))
    told_failed = set(stored) - accepted
    print(
        f"Responses accepted (302): {len(accepted)}; stored: {len(stored)}; lost: {len(lost)}; "
        f"stored twice: {twice}; stored while told it failed: {len(told_failed)}"
    )
    saved = {m for _t, who, s, m, _tb in events if who == "editor" and s == 302}
    history = set(
        StrategicPriority.history.filter(id=form["priority"]).values_list("title", flat=True)
    )
    saves_lost = saved - history
    print(
        f"Editor's saves accepted: {len(saved)}; in the history: {len(saved & history)}; "
        f"lost: {len(saves_lost)}"
    )
    server_errors_allowed = kind == "postgres"  # a 503 while the database is away
    down_errors = sum(1 for t, _w, s, _m, _tb in events if s >= 500 and down_at <= t < up_at)
    ok = not (lost or twice or errors or tracebacks or saves_lost or recovered is None)
    if not server_errors_allowed:
        ok = ok and down_errors == 0
        print(f"Answers of 5xx while {kind} was away: {down_errors}")
    return ok


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--down", type=float, default=6, help="seconds each outage lasts")
    parser.add_argument("--respondents", type=int, default=8)
    parser.add_argument("--only", choices=["postgres", "redis", "frozen-redis"])
    args = parser.parse_args()

    redis = Redis()
    redis.start()
    env = server_env("csp_portal_outage", CACHE_URL=f"redis://127.0.0.1:{REDIS_PORT}/0")
    fresh_database(env, "csp_portal_outage")
    django_setup(env)
    pk, agreement, concerns = open_wokingham_consultation()
    from django.contrib.auth.models import User
    from django.urls import reverse

    from partnerships.models import PartnershipRole
    from strategies.models import StrategicPriority, Strategy

    draft = Strategy.objects.filter(status="draft").first()  # RBWM's
    priority = StrategicPriority.objects.create(strategy=draft, title="Outage", order=99)
    user = User.objects.create_user("outage-editor", password=PASSWORD)
    PartnershipRole.objects.create(user=user, partnership=draft.partnership, role="editor")
    page = reverse(
        "strategies_editor:priority_edit", kwargs={"pk": draft.pk, "record_pk": priority.pk}
    )
    form = {
        "pk": pk,
        "agreement": agreement,
        "concerns": concerns,
        "priority": priority.pk,
        "priority_page": page,
    }
    server = start_gunicorn(env, PORT, workers=2)
    results = {}
    try:
        for kind in [args.only] if args.only else ["postgres", "redis", "frozen-redis"]:
            results[kind] = run(
                kind, args.down, args.respondents, f"http://127.0.0.1:{PORT}", form, redis
            )
    finally:
        stop(server)
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", CLUSTER, "main", "start"])
        if redis.process.poll() is None:
            redis.freeze(False)
            redis.stop()
    print("\n" + ", ".join(f"{kind}: {'ok' if ok else 'FAILED'}" for kind, ok in results.items()))
    sys.exit(0 if all(results.values()) else 1)


if __name__ == "__main__":
    main()
