"""National scale: 320 partnerships, 1,600 strategy revisions, 100,000 actions with four
quarters of progress each, 200,000 consultation responses (national_data.py), and a typical
60-action plan; each figure printed beside today's (main before this work), in the same run
where the old way can still be run.

- Cold pages (no page cache), in-process: the largest and the typical strategy page as they
  are, beside the same page showing every action (as it was); the action plan's page; search.
- Queries per public page, smallest and largest strategy: constant in the data size.
- Consultation results over 200,000 responses.
- Warm public pages under wrk (gunicorn, 2 workers, loopback) against a plain Django view
  returning a string of the same size (the framework's ceiling), measured interleaved: five
  alternating rounds of 3 s, the median of the ratios; the whole measure run twice.
- 200 concurrent consultation submitters for a bounded time: throughput, p95, stored once.
- The largest strategy's PDF against WeasyPrint alone on the same HTML.

Needs PostgreSQL and Redis on 127.0.0.1, and wrk (Debian).

    .venv/bin/python bench/national_bench.py [--seconds 3] [--rounds 5] [--rebuild]
"""

import argparse
import concurrent.futures
import io
import re
import resource
import statistics
import subprocess
import threading
import time

from common import ROOT, django_setup, fresh_database, manage, server_env, start_gunicorn, stop
from consultation_bench import respondent
from national_data import DATABASE, database_exists, generate, submitters_consultation, typical_plan

PORT = 8767
ENV = server_env(
    DATABASE,
    CACHE_URL="redis://127.0.0.1:6379/5",
    ROOT_URLCONF="bench_urls",
    PYTHONPATH=str(ROOT / "bench"),
)
# Today's figures: main before this work, this machine, this dataset (issue "Fast when cold").
TODAY = {
    "search": "630-830 ms",
    "results": "570-840 ms",
    "submissions": "71 responses/s, median 1,100 ms",
    "ratio": "41-83%; the same ceiling measured 859 and 1,010 req/s",
    "p99": "857-1,050 ms against a p50 of 15-19 ms (largest strategy)",
}


def median_ms(run, times: int = 5) -> float:
    spent = []
    for _ in range(times):
        started = time.perf_counter()
        run()
        spent.append(time.perf_counter() - started)
    return statistics.median(spent) * 1000


def wrk(url: str, seconds: int) -> tuple[float, float, float]:
    """Requests/s, p50 and p99 in ms."""
    out = subprocess.run(
        ["wrk", "-t2", "-c16", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    def ms(label):
        match = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)", out, re.M)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    return rps, ms("50"), ms("99")


def interleaved(base: str, url: str, size: int, seconds: int, rounds: int) -> dict:
    """Page and ceiling in alternating rounds: the median of the rounds' ratios, so a busy
    moment weighs on both."""
    ratios, p50s, p99s, rates = [], [], [], []
    for _ in range(rounds):
        rps, p50, p99 = wrk(base + url, seconds)
        crps, _c50, _c99 = wrk(f"{base}/_bench/ceiling/{size}/", seconds)
        ratios.append(rps / crps)
        p50s.append(p50)
        p99s.append(p99)
        rates.append(rps)
    return {
        "req/s": statistics.median(rates),
        "p50": statistics.median(p50s),
        "p99": statistics.median(p99s),
        "ratio": statistics.median(ratios),
        "spread": max(ratios) - min(ratios),
    }


def submissions(base: str, clients: int, seconds: float, workers: int, threads: int) -> None:
    from consultations.models import Answer

    pk, agreement, concerns = submitters_consultation()
    url = f"{base}/{pk[0]}/consultations/{pk[1]}/"
    start = threading.Barrier(clients + 1)
    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        futures = [
            pool.submit(respondent, n, url, agreement, concerns, start, seconds)
            for n in range(clients)
        ]
        start.wait(timeout=120)
        began = time.perf_counter()
        results = [r for f in futures for r in f.result(timeout=seconds + 120)]
        elapsed = time.perf_counter() - began
    accepted = sorted(m for m, status, _s in results if status == 302)
    latencies = sorted(s * 1000 for _m, _st, s in results)
    stored = sorted(
        text.rsplit(" ", 1)[1]
        for text in Answer.objects.filter(
            question_id=concerns, text__startswith="Load test response"
        ).values_list("text", flat=True)
    )
    statuses = {s: [r[1] for r in results].count(s) for s in {r[1] for r in results}}
    print(
        f"\nSubmissions: {clients} clients for {seconds:.0f} s, each fetching the form then "
        f"posting; gunicorn {workers} workers x {threads} thread{'s' if threads > 1 else ''} "
        f"(today: {TODAY['submissions']}, measured with 4 workers x 4 threads)"
    )
    print(
        f"{len(accepted) / elapsed:.0f} responses/s (target at least 142); "
        f"median {statistics.median(latencies):.0f} ms, "
        f"p95 {latencies[int(len(latencies) * 0.95) - 1]:.0f} ms (target under 1,000); "
        f"answers {statuses}; every accepted response stored exactly once: {stored == accepted}"
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--submitters", type=int, default=200)
    args = parser.parse_args()

    if args.rebuild or not database_exists():
        fresh_database(ENV, DATABASE, demo=False)
        django_setup(ENV)
        generate()
    else:
        manage(ENV, "migrate", "--no-input", "-v0")
        manage(ENV, "collectstatic", "--no-input", "-v0")
        django_setup(ENV)
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from consultations.models import Consultation
    from consultations.results import consultation_results
    from csp_portal.pagecache import local_pages
    from strategies.models import Action, Strategy

    largest = Strategy.objects.get(partnership__slug="borough-0", status="published")
    typical = typical_plan()
    plan = reverse(
        "reports:action_plan", kwargs={"partnership_slug": "borough-0", "slug": largest.slug}
    )
    print(f"Dataset: {Action.objects.count():,} actions; largest plan {largest.actions.count():,}")
    pages = {
        "largest strategy": largest.get_absolute_url(),
        "typical strategy": typical.get_absolute_url(),
        "action plan (2,000)": plan,
        "partnership": "/borough-1/",
        "home": "/",
        "search": "/search/?q=patrols",
    }

    client = Client(HTTP_HOST="127.0.0.1")

    def cold(url):
        def run():
            cache.clear()
            local_pages.clear()
            assert client.get(url).status_code == 200, url

        return run

    print("\nCold pages (no page cache), in-process, median of 5: as they are | every action")
    print(f"{'page':22} {'ms':>7} {'bytes':>10} | {'ms':>7} {'bytes':>10}  target")
    for name, strategy in (("largest strategy", largest), ("typical strategy", typical)):
        whole = f"/_bench/whole-strategy/{strategy.pk}/"
        now, before = cold(strategy.get_absolute_url()), cold(whole)
        sizes = [len(client.get(u).content) for u in (strategy.get_absolute_url(), whole)]
        print(
            f"{name:22} {median_ms(now):>7.0f} {sizes[0]:>10,} | "
            f"{median_ms(before):>7.0f} {sizes[1]:>10,}  under 300 ms"
        )
    print(f"{'action plan (2,000)':22} {median_ms(cold(plan)):>7.0f}")
    words = ["patrols", "repeat incidents", "campaign ward", "knife crime", "borough 17"]
    spent = [median_ms(cold(f"/search/?q={w.replace(' ', '+')}"), 1) for w in words]
    print(
        f"search, {len(words)} queries: median {statistics.median(spent):.0f} ms, "
        f"slowest {max(spent):.0f} ms (today {TODAY['search']}; target under 50 ms)"
    )

    print("\nQueries per public page (uncached): smallest and largest strategy alike")
    for name, url in {**pages, "smallest strategy": "/borough-1/strategies/strategy-2020/"}.items():
        cache.clear()
        local_pages.clear()
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        print(f"{name:22} {len(queries):>3}")

    consultation = Consultation.objects.get(strategy=largest)
    spent = median_ms(lambda: consultation_results(consultation), 3)
    print(
        f"\nConsultation results over {consultation.responses.count():,} responses: "
        f"median {spent:.0f} ms (today {TODAY['results']}; target under 200 ms)"
    )

    sizes = {name: len(client.get(url).content) for name, url in pages.items()}
    server = start_gunicorn(ENV, PORT, workers=2)
    base = f"http://127.0.0.1:{PORT}"
    try:
        print(f"\nWarm pages under wrk (2 threads, 16 connections), {args.rounds} rounds of")
        print(f"{args.seconds} s alternating with the ceiling; today: {TODAY['ratio']};")
        print(f"p99 today: {TODAY['p99']}. Target: p99 under 10 x p50; ratio stable to 10 points")
        head = ("page", "run", "req/s", "p50 ms", "p99 ms", "p99/p50", "ratio", "spread")
        print("{:22} {:>3} {:>7} {:>7} {:>7} {:>7} {:>6} {:>6}".format(*head))
        for name, url in pages.items():
            subprocess.run(["curl", "-s", "-o", "/dev/null", base + url], check=True)
            for run in (1, 2):
                f = interleaved(base, url, sizes[name], args.seconds, args.rounds)
                print(
                    f"{name:22} {run:>3} {f['req/s']:>7.0f} {f['p50']:>7.1f} {f['p99']:>7.1f} "
                    f"{f['p99'] / f['p50']:>7.1f} {f['ratio']:>6.0%} {f['spread']:>6.0%}"
                )
    finally:
        stop(server)
    # As deployed (docs/deploy.md: 5 sync workers), the target; and as today's figure was
    # measured (4 workers x 4 threads), for comparison.
    for workers, threads in ((5, 1), (4, 4)):
        server = start_gunicorn(ENV, PORT, workers=workers, threads=threads)
        try:
            submissions(base, args.submitters, 10, workers, threads)
        finally:
            stop(server)
    pdf_figures(largest)


def pdf_figures(largest):
    """The largest strategy's PDF against WeasyPrint alone on the same HTML; a cached
    download."""
    from django.core.cache import cache
    from pypdf import PdfReader

    from csp_portal.pdf import render_pdf
    from reports.pdfs import Kind, cached_pdf, strategy_pdf_html

    render_pdf(
        "<html lang=en><body><p>Warm-up: fonts and WeasyPrint's own caches.</p></body></html>"
    )
    html = strategy_pdf_html(largest)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    render_pdf(html)
    weasy = time.perf_counter() - started
    cache.clear()
    started = time.perf_counter()
    pdf = cached_pdf(largest, Kind.STRATEGY)
    portal = time.perf_counter() - started
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    downloads = []
    for _ in range(20):
        started = time.perf_counter()
        cached_pdf(largest, Kind.STRATEGY)
        downloads.append(time.perf_counter() - started)

    pages_count = len(PdfReader(io.BytesIO(pdf)).pages)
    print(
        f"\nPDF of the largest strategy ({largest.actions.count():,} actions, {pages_count} pages)"
    )
    print(
        f"portal render {portal * 1000:,.0f} ms; "
        f"WeasyPrint alone on the same HTML {weasy * 1000:,.0f} ms; "
        f"overhead {(portal - weasy) / weasy:+.1%} (target < 10%)"
    )
    download = statistics.median(downloads) * 1000
    print(f"peak RSS {rss_before:,.0f} -> {rss_after:,.0f} MB")
    print(f"cached download median {download:.1f} ms (target < 20 ms)")


if __name__ == "__main__":
    main()
