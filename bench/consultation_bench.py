"""Load benchmark: concurrent consultation responses against gunicorn on PostgreSQL.

A scratch database (csp_portal_bench) with the demo data and Wokingham's consultation open;
N clients each fetch the form and post their answers, again and again, for a bounded time
(all start together). Prints throughput and latencies, then checks that every response the
server accepted (302) is stored exactly once, and that nothing else was stored.

    .venv/bin/python bench/consultation_bench.py [--clients 200] [--seconds 10] [--workers 4]
"""

import argparse
import concurrent.futures
import statistics
import sys
import threading
import time

from common import (
    Browser,
    django_setup,
    fresh_database,
    open_wokingham_consultation,
    server_env,
    start_gunicorn,
    stop,
)

PORT = 8765


def respondent(n, url, agreement, concerns, start, seconds):
    """Posts answers for so many seconds; returns [(marker, status, seconds)]."""
    browser, results, i = Browser(), [], 0
    start.wait(timeout=120)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        marker = f"bench-{n:04d}-{i:04d}"
        i += 1
        token = browser.csrf(url)
        body = {"csrfmiddlewaretoken": token, f"q{concerns}": f"Load test response {marker}"}
        body.update({f"q{pk}": "agree" for pk in agreement})
        began = time.perf_counter()
        status, _ = browser.request(url, body)
        results.append((marker, status, time.perf_counter() - began))
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()

    env = server_env("csp_portal_bench")
    fresh_database(env, "csp_portal_bench")
    django_setup(env)
    pk, agreement, concerns = open_wokingham_consultation()
    server = start_gunicorn(env, PORT, workers=args.workers)
    try:
        url = f"http://127.0.0.1:{PORT}/wokingham/consultations/{pk}/"
        start = threading.Barrier(args.clients + 1)
        with concurrent.futures.ThreadPoolExecutor(args.clients) as pool:
            futures = [
                pool.submit(respondent, n, url, agreement, concerns, start, args.seconds)
                for n in range(args.clients)
            ]
            start.wait(timeout=120)
            began = time.perf_counter()
            results = [r for f in futures for r in f.result(timeout=args.seconds + 120)]
            elapsed = time.perf_counter() - began
    finally:
        stop(server)

    from consultations.models import Answer, Response

    statuses = [status for _m, status, _s in results]
    accepted = {m for m, status, _s in results if status == 302}
    latencies = sorted(seconds * 1000 for _m, _st, seconds in results)
    stored = [
        text.rsplit(" ", 1)[1]
        for text in Answer.objects.filter(
            question_id=concerns, text__startswith="Load test response"
        ).values_list("text", flat=True)
    ]
    once = sorted(stored) == sorted(accepted)
    print(
        f"Clients: {args.clients} for {args.seconds:.0f} s; "
        f"gunicorn {args.workers} workers x 4 threads; PostgreSQL"
    )
    print(f"HTTP answers to posts: { {s: statuses.count(s) for s in sorted(set(statuses))} }")
    print(
        f"Accepted: {len(accepted)} in {elapsed:.1f} s: {len(accepted) / elapsed:.1f} responses/s"
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
        f"Every accepted response stored exactly once, nothing else stored: {once} "
        f"({len(stored)} stored, {len(set(stored))} distinct, {len(accepted)} accepted)"
    )
    if not once or set(statuses) - {302}:
        sys.exit(1)


if __name__ == "__main__":
    main()
