"""PDF benchmark: a generated strategy of 10 priorities, 50 delivery areas and 300 actions.

Prints the portal's render time against WeasyPrint alone on the same pre-built HTML (so the
portal's own cost, querying and templating, shows as overhead), peak memory, page count, and
the time of a cached download. Run with `make bench-pdf`; it uses a scratch database unless
DATABASE_URL is set.

    .venv/bin/python bench/pdf_bench.py [--repeat 3]
"""

import argparse
import io
import resource
import statistics
import time

from common import scratch_django

# Renders in this process, as it measures rendering (bench/jobs_bench.py measures the worker).
scratch_django("csp-bench-", TASKS_BACKEND="django_tasks.backends.immediate.ImmediateBackend")

from django.contrib.auth.models import User  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from csp_portal.pdf import render_pdf  # noqa: E402
from partnerships.models import Organisation, Partnership  # noqa: E402
from reports.pdfs import cached_pdf, strategy_pdf_html  # noqa: E402
from strategies.models import Action, DeliveryArea, StrategicPriority, Strategy  # noqa: E402
from subgroups.models import Subgroup  # noqa: E402


def build(priorities=10, areas=50, actions=300) -> Strategy:
    partnership, _ = Partnership.objects.get_or_create(
        slug="bench", defaults={"name": "Benchmark Community Safety Partnership", "area": "Bench"}
    )
    Strategy.objects.filter(partnership=partnership).delete()
    strategy = Strategy.objects.create(
        partnership=partnership,
        title="Benchmark Community Safety Strategy 2024-2027",
        slug="bench-2024-2027",
        period_start_year=2024,
        period_end_year=2027,
        status=Strategy.Status.DRAFT,
        summary="A generated strategy for measuring PDF rendering. " * 20,
    )
    lead = Organisation.objects.get_or_create(name="Benchmark Police")[0]
    group = Subgroup.objects.get_or_create(
        partnership=partnership,
        slug="jag",
        defaults={"name": "Joint Action Group", "acronym": "JAG"},
    )[0]
    made = [
        StrategicPriority.objects.create(
            strategy=strategy,
            order=i,
            title=f"Priority {i}: reduce harm in area {i}",
            description="What the partnership will do about it. " * 8,
        )
        for i in range(1, priorities + 1)
    ]
    made_areas = DeliveryArea.objects.bulk_create(
        DeliveryArea(
            strategy=strategy,
            priority=made[i % priorities],
            order=i,
            title=f"Delivery area {i}: work with communities on hotspot {i}",
            description="Focus and outcomes for residents. " * 4,
        )
        for i in range(areas)
    )
    Action.objects.bulk_create(
        Action(
            strategy=strategy,
            priority=made[i % priorities],
            delivery_area=made_areas[i % areas],
            year=2024,
            order=i,
            area=f"Area {i % 12}",
            delivery=f"Action {i}: deliver a partnership campaign and joint patrols in ward {i}",
            success_measure="Fewer repeat incidents reported to police and council",
            target="10% fewer than the 2023/24 baseline",
            lead_organisation=lead,
            lead_subgroup=group,
        )
        for i in range(actions)
    )
    return strategy


def timed(fn, repeat):
    times, result = [], None
    for _ in range(repeat):
        cache.clear()
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    strategy = build()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    html = strategy_pdf_html(strategy)
    weasy, pdf = timed(lambda: render_pdf(html), args.repeat)
    portal, _ = timed(lambda: cached_pdf(strategy), args.repeat)
    templating, _ = timed(lambda: strategy_pdf_html(strategy), args.repeat * 3)
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    pages = len(PdfReader(io.BytesIO(pdf)).pages)

    user = User.objects.filter(username="bench").first() or User.objects.create_user(
        "bench", is_staff=True
    )
    client = Client()
    client.force_login(user)
    url = reverse("reports:draft_pdf", kwargs={"partnership_slug": "bench", "slug": strategy.slug})
    client.get(url)  # renders and stores the file
    downloads = []
    for _ in range(20):
        start = time.perf_counter()
        body = client.get(url).content
        downloads.append(time.perf_counter() - start)
        assert body.startswith(b"%PDF")

    Strategy.objects.filter(pk=strategy.pk).update(status=Strategy.Status.PUBLISHED)
    public_url = reverse(
        "reports:strategy_pdf", kwargs={"partnership_slug": "bench", "slug": strategy.slug}
    )
    b"".join(Client().get(public_url).streaming_content)  # renders and stores the file
    stored = []
    for _ in range(20):
        start = time.perf_counter()
        body = b"".join(Client().get(public_url).streaming_content)
        stored.append(time.perf_counter() - start)
        assert body.startswith(b"%PDF")

    overhead = templating / weasy  # the portal's own cost on top of WeasyPrint's
    rows = [
        ("strategy", "10 priorities, 50 delivery areas, 300 actions"),
        ("pages", f"{pages}"),
        ("WeasyPrint alone, same HTML (median)", f"{weasy * 1000:.0f} ms"),
        ("portal: query + template + WeasyPrint", f"{portal * 1000:.0f} ms"),
        ("  of which query + template", f"{templating * 1000:.0f} ms"),
        (
            "portal overhead (query + template / WeasyPrint)",
            f"{overhead * 100:.1f} %  (target < 10 %)",
        ),
        ("per page", f"{weasy / pages * 1000:.0f} ms"),
        (
            "peak memory (max RSS) before / after",
            f"{rss_before / 1024:.0f} MB / {rss_after / 1024:.0f} MB",
        ),
        (
            "cached draft download (median of 20)",
            f"{statistics.median(downloads) * 1000:.1f} ms  (target < 20 ms)",
        ),
        ("stored public PDF download (median of 20)", f"{statistics.median(stored) * 1000:.1f} ms"),
        ("database", connection.vendor),
    ]
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
