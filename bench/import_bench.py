"""Import benchmark: an action plan of 1,000 rows (and of 100, to show what grows with the
rows), pasted into the import page, previewed and saved, through the portal's own view.

Prints for each size the median time of the preview and of the save, and the queries each
makes. Target: under 2 s for 1,000 rows, queries not growing with the rows. Run with
`make bench-import`; it uses a scratch SQLite database unless DATABASE_URL is set (CI's
PostgreSQL: DATABASE_URL=postgres://postgres@127.0.0.1:5432/csp_portal_bench).

    .venv/bin/python bench/import_bench.py [--rows 1000] [--repeat 3]
"""

import argparse
import statistics
import time

from common import scratch_django

scratch_django("csp-bench-")

from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402

from partnerships.models import Membership, Organisation, Partnership, PartnershipRole  # noqa: E402
from strategies.imports import COLUMNS  # noqa: E402
from strategies.models import Strategy  # noqa: E402
from subgroups.models import Subgroup  # noqa: E402


def setup():
    partnership, _ = Partnership.objects.get_or_create(
        slug="bench-import",
        defaults={"name": "Import Benchmark Community Safety Partnership", "area": "Bench"},
    )
    police = Organisation.objects.get_or_create(
        name="Benchmark Police", defaults={"short_name": "BP", "kind": "police"}
    )[0]
    Membership.objects.get_or_create(
        partnership=partnership, organisation=police, defaults={"role": "responsible_authority"}
    )
    Subgroup.objects.get_or_create(
        partnership=partnership,
        slug="jag",
        defaults={"name": "Joint Action Group", "acronym": "JAG"},
    )
    user = User.objects.filter(username="bench-import").first() or User.objects.create_user(
        "bench-import"
    )
    PartnershipRole.objects.get_or_create(user=user, partnership=partnership, role="editor")
    return partnership, user


def table(rows: int) -> str:
    """A plan in 10 priorities of 5 delivery areas each, leads by acronym, short name and
    free text, month and day due dates, and one row in eight incomplete."""
    lines = ["\t".join(COLUMNS)]
    leads = ["JAG", "BP", "Youth Service", "Joint Action Group, Benchmark Police"]
    for i in range(rows):
        lines.append(
            "\t".join(
                [
                    f"Priority {i % 10}: reduce harm",
                    f"Delivery area {i % 50}",
                    f"Area {i % 12}",
                    "2024/25",
                    f"Action {i}: joint patrols and a partnership campaign in ward {i}",
                    "" if i % 8 == 0 else "Fewer repeat incidents reported",
                    "10% fewer than the 2023/24 baseline",
                    leads[i % 4],
                    ["Prevent", "Protect", "Pursue", "Prepare"][i % 4],
                    "March 2025" if i % 2 else "31/03/2025",
                ]
            )
        )
    return "\n".join(lines) + "\n"


def run(client, partnership, rows: int):
    strategy = Strategy.objects.create(
        partnership=partnership,
        title=f"Import benchmark {rows}",
        slug=f"import-{rows}-{time.time_ns()}",
        period_start_year=2024,
        period_end_year=2027,
        status=Strategy.Status.DRAFT,
    )
    url = reverse("strategies_editor:action_import", kwargs={"pk": strategy.pk})
    text = table(rows)
    with CaptureQueriesContext(connection) as previewing:
        start = time.perf_counter()
        preview = client.post(url, {"text": text, "version": strategy.version})
        preview_time = time.perf_counter() - start
    assert preview.status_code == 200, preview.status_code
    assert not preview.context["preview"].errors, preview.context["preview"].errors[:3]
    data = {
        "table": preview.context["table"].as_tsv(),
        "_confirm": "1",
        **dict(preview.context["form"].carried_values()),
    }
    with CaptureQueriesContext(connection) as saving:
        start = time.perf_counter()
        saved = client.post(url, data)
        save_time = time.perf_counter() - start
    assert saved.status_code == 302, saved.status_code
    assert strategy.actions.count() == rows
    return preview_time, len(previewing), save_time, len(saving), len(text.encode())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    setup_test_environment()  # the test client then keeps each response's context
    partnership, user = setup()
    client = Client()
    client.force_login(user)
    print(f"database: {connection.vendor}")
    print(f"{'rows':>6}  {'table':>8}  {'preview':>9}  {'queries':>7}  {'save':>9}  {'queries':>7}")
    for rows in (100, args.rows):
        results = [run(client, partnership, rows) for _ in range(args.repeat)]
        preview_time = statistics.median(r[0] for r in results)
        save_time = statistics.median(r[2] for r in results)
        _, preview_queries, _, save_queries, size = results[-1]
        print(
            f"{rows:>6,}  {size / 1024:>6.0f}kB  {preview_time * 1000:>7.0f}ms  "
            f"{preview_queries:>7}  {save_time * 1000:>7.0f}ms  {save_queries:>7}"
        )
    print("target: preview and save each under 2 s at 1,000 rows; queries the same at both sizes")


if __name__ == "__main__":
    main()
