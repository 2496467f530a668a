"""National scale: 320 partnerships, 1,600 strategy revisions, 100,000 actions with four
quarters of progress each, 200,000 consultation responses; then each measure beside its
baseline, printed as tables.

- Public pages under wrk (gunicorn, 2 workers, loopback, bounded time) against a plain
  Django view returning a pre-rendered string of the same size (the framework's ceiling).
- Queries per public page, smallest and largest strategy.
- The largest strategy's PDF against WeasyPrint alone on the same HTML; a cached download.
- Consultation results over 200,000 responses.
- 200 concurrent consultation submitters for a bounded time.

Needs PostgreSQL and Redis on 127.0.0.1, and wrk (Debian). It makes its own database,
csp_portal_national, and reuses it on later runs unless --rebuild.

    .venv/bin/python bench/national_bench.py [--seconds 10] [--rebuild]
"""

import argparse
import io
import re
import resource
import statistics
import subprocess
import time

from common import ROOT, django_setup, fresh_database, server_env, start_gunicorn, stop

DATABASE = "csp_portal_national"
PORT = 8767
ENV = server_env(
    DATABASE,
    CACHE_URL="redis://127.0.0.1:6379/5",
    ROOT_URLCONF="bench_urls",
    PYTHONPATH=str(ROOT / "bench"),
)
PARTNERSHIPS, REVISIONS, ACTIONS, RESPONSES = 320, 5, 100_000, 200_000
LARGEST_ACTIONS = 2_000


def database_exists() -> bool:
    out = subprocess.run(
        [
            "psql",
            "-h",
            "127.0.0.1",
            "-U",
            "postgres",
            "-tAc",
            f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'",
        ],
        capture_output=True,
        text=True,
    )
    return out.stdout.strip() == "1"


def generate():
    """Bulk-inserts the national dataset (a few minutes)."""
    import datetime

    from django.utils import timezone

    from consultations.models import Answer, Consultation, Question, Response
    from consultations.questions import standard_questions
    from monitoring.models import ProgressUpdate
    from partnerships.models import Partnership
    from strategies.models import Action, DeliveryArea, StrategicPriority, Strategy

    started = time.perf_counter()
    partnerships = Partnership.objects.bulk_create(
        Partnership(
            name=f"Borough {n} Community Safety Partnership",
            slug=f"borough-{n}",
            area=f"Borough {n}",
        )
        for n in range(PARTNERSHIPS)
    )
    strategies = []
    for p in partnerships:
        for r in range(REVISIONS):
            current = r == REVISIONS - 1
            strategies.append(
                Strategy(
                    partnership=p,
                    title=f"Community Safety Strategy {2016 + r}-{2019 + r}",
                    slug=f"strategy-{2016 + r}",
                    period_start_year=2016 + r,
                    period_end_year=2019 + r,
                    revision=r + 1,
                    status="published" if current else "superseded",
                    summary="How the partnership keeps the borough safe. " * 10,
                    published_on=datetime.date(2016 + r, 6, 1),
                )
            )
    strategies = Strategy.objects.bulk_create(strategies, batch_size=2000)
    current = [s for s in strategies if s.status == "published"]
    priorities = StrategicPriority.objects.bulk_create(
        (
            StrategicPriority(
                strategy=s,
                order=i,
                title=f"Priority {i}: reduce harm {i}",
                description="What the partnership will do. " * 5,
            )
            for s in current
            for i in range(1, 6)
        ),
        batch_size=5000,
    )
    by_strategy = {}
    for p in priorities:
        by_strategy.setdefault(p.strategy_id, []).append(p)
    DeliveryArea.objects.bulk_create(
        (
            DeliveryArea(
                strategy_id=p.strategy_id, priority=p, order=i, title=f"Delivery area {p.order}.{i}"
            )
            for p in priorities
            for i in range(3)
        ),
        batch_size=5000,
    )
    largest = current[0]
    rest = ACTIONS - LARGEST_ACTIONS
    per = rest // (len(current) - 1)
    actions = []
    for s in current:
        count = LARGEST_ACTIONS if s is largest else per
        ps = by_strategy[s.pk]
        for i in range(count):
            actions.append(
                Action(
                    strategy=s,
                    priority=ps[i % 5],
                    year=2020,
                    order=i,
                    area=f"Ward {i % 20}",
                    delivery=f"Action {i}: joint patrols and a campaign in ward {i % 20}",
                    success_measure="Fewer repeat incidents",
                    target="10% fewer",
                )
            )
    Action.objects.bulk_create(actions, batch_size=5000)
    action_ids = list(Action.objects.values_list("pk", flat=True))
    ProgressUpdate.objects.bulk_create(
        (
            ProgressUpdate(
                action_id=a,
                year=2020,
                quarter=q,
                rag=("green", "amber", "red", "green")[q - 1],
                commentary="On track with the partners.",
            )
            for a in action_ids
            for q in range(1, 5)
        ),
        batch_size=10000,
    )
    from monitoring.models import QuarterPublication

    QuarterPublication.objects.bulk_create(
        QuarterPublication(strategy=s, year=2020, quarter=4) for s in current
    )
    now = timezone.now()
    # Every current strategy had a consultation with published results; all 200,000
    # responses are the largest strategy's, so the same page shows 0 or 200,000.
    consultations = Consultation.objects.bulk_create(
        Consultation(
            strategy=s,
            title="Have your say on the draft priorities",
            opens_at=now - datetime.timedelta(days=60),
            closes_at=now - datetime.timedelta(days=1),
            results_published=True,
        )
        for s in current
    )
    Question.objects.bulk_create(
        (q for c in consultations for q in standard_questions(c, equality=True)),
        batch_size=5000,
    )
    consultation = consultations[0]
    questions = list(consultation.questions.all())
    from consultations.questions import CHOICES

    def picked(q, n):
        options = CHOICES[q.kind]
        return options[(n * 7 + q.pk) % len(options)][0]

    kinds = {q.kind: q for q in questions}
    Response.objects.bulk_create(
        (
            Response(
                consultation=consultation,
                reference=f"N{n:07d}",
                respondent_type=picked(kinds["respondent_type"], n),
                area=f"RG{40 + n % 12}",
            )
            for n in range(RESPONSES)
        ),
        batch_size=10000,
    )
    response_ids = list(
        Response.objects.filter(consultation=consultation).values_list("pk", flat=True)
    )
    batch = []
    for n, rid in enumerate(response_ids):
        for q in questions:
            if q.kind in CHOICES:
                batch.append(Answer(response_id=rid, question=q, choice=picked(q, n)))
            elif q.kind == "area":
                batch.append(Answer(response_id=rid, question=q, choice=f"RG{40 + n % 12}"))
        if len(batch) >= 50_000:
            Answer.objects.bulk_create(batch, batch_size=10000)
            batch = []
    Answer.objects.bulk_create(batch, batch_size=10000)
    subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", DATABASE, "-qc", "VACUUM ANALYZE"],
        check=True,
    )
    print(f"Generated in {time.perf_counter() - started:.0f} s")


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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--submitters", type=int, default=200)
    args = parser.parse_args()

    if args.rebuild or not database_exists():
        fresh_database(ENV, DATABASE, demo=False)
        django_setup(ENV)
        generate()
    else:
        from common import manage

        manage(ENV, "migrate", "--no-input", "-v0")
        manage(ENV, "collectstatic", "--no-input", "-v0")
        django_setup(ENV)
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from consultations.models import Answer, Consultation, Response
    from monitoring.models import ProgressUpdate
    from partnerships.models import Partnership
    from strategies.models import Action, Strategy

    print(
        "Dataset:",
        {
            "partnerships": Partnership.objects.count(),
            "strategy revisions": Strategy.objects.count(),
            "actions": Action.objects.count(),
            "progress updates": ProgressUpdate.objects.count(),
            "consultation responses": Response.objects.count(),
            "answers": Answer.objects.count(),
        },
    )
    largest = Strategy.objects.get(partnership__slug="borough-0", status="published")
    smallest = Strategy.objects.get(partnership__slug="borough-1", status="published")
    pages = {
        "largest strategy": largest.get_absolute_url(),
        "partnership": "/borough-1/",
        "home": "/",
        "search": "/search/?q=patrols",
    }

    # Queries per page: uncached, in-process.
    client = Client(HTTP_HOST="127.0.0.1")
    print("\nQueries per public page (uncached)")
    print(f"{'page':24} {'queries':>7} {'bytes':>9}")
    sizes = {}
    for name, url in {**pages, "smallest strategy": smallest.get_absolute_url()}.items():
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        sizes[name] = len(response.content)
        print(f"{name:24} {len(queries):>7} {len(response.content):>9,}")

    # Consultation results over 200,000 responses.
    from consultations.results import consultation_results

    consultation = Consultation.objects.get(strategy=largest)
    times = []
    for _ in range(3):
        started = time.perf_counter()
        results = consultation_results(consultation)
        times.append(time.perf_counter() - started)
    median = statistics.median(times) * 1000
    print(f"\nConsultation results over {results.responses:,} responses: median {median:.0f} ms")
    print("(target under 1,000 ms)")

    # Public pages under wrk, against the ceiling.
    cache.clear()
    server = start_gunicorn(ENV, PORT, workers=2)
    try:
        base = f"http://127.0.0.1:{PORT}"
        print("\nPublic pages: gunicorn 2 workers x 4 threads; wrk 2 threads, 16 connections,")
        print(f"{args.seconds} s a page, cache warm; the ceiling: a plain view, same size")
        head = ("page", "req/s", "p50 ms", "p99 ms", "ceiling", "p50", "p99", "ratio")
        print("{:18} {:>8} {:>7} {:>7} | {:>8} {:>6} {:>6} | {:>6}".format(*head))
        for name, url in pages.items():
            subprocess.run(["curl", "-s", "-o", "/dev/null", base + url], check=True)  # warm
            rps, p50, p99 = wrk(base + url, args.seconds)
            crps, cp50, cp99 = wrk(f"{base}/_bench/ceiling/{sizes[name]}/", args.seconds)
            row = (name, rps, p50, p99, crps, cp50, cp99, rps / crps)
            line = "{:18} {:>8.0f} {:>7.1f} {:>7.1f} | {:>8.0f} {:>6.1f} {:>6.1f} | {:>6.0%}"
            print(line.format(*row))
    finally:
        stop(server)

    # PDF of the largest strategy.
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
    from pypdf import PdfReader

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
