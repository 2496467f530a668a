"""Jobs benchmark: publishing a large plan and asking for an uncached staff PDF answer at
once; a job worker (`manage.py db_worker`, a process of its own) stores the PDFs.

Prints the publish request's time, the time until the PDF of record is stored, a staff PDF
(scrutiny report) request's time with nothing stored, and the time until it is served. The
plan is generated like bench/pdf_bench.py's (10 priorities, 50 delivery areas, --actions
actions), in a scratch SQLite database unless DATABASE_URL is set. Run with `make bench-jobs`.

    .venv/bin/python bench/jobs_bench.py [--actions 300]
"""

import argparse
import os
import subprocess
import sys
import time

from common import ROOT, scratch_django

os.environ["TASKS_BACKEND"] = "django_tasks_db.DatabaseBackend"
scratch_django("csp-bench-jobs-")

from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from partnerships.models import PartnershipRole  # noqa: E402
from strategies.models import Strategy  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from pdf_bench import build  # noqa: E402


def until(condition, timeout=600) -> float:
    start = time.perf_counter()
    while not condition():
        if time.perf_counter() - start > timeout:
            raise SystemExit("The worker did not store the PDF in time")
        time.sleep(0.05)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=300)
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    strategy = build(actions=args.actions)
    Strategy.objects.filter(pk=strategy.pk).update(status=Strategy.Status.APPROVED)
    approver = User.objects.filter(username="bench").first() or User.objects.create_user("bench")
    PartnershipRole.objects.get_or_create(
        user=approver, partnership=strategy.partnership, defaults={"role": "approver"}
    )
    client = Client()
    client.force_login(approver)
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-reload", "--interval", "0.1"],
        cwd=ROOT,
        env=os.environ,
        stdout=subprocess.DEVNULL,
    )
    try:
        time.sleep(3)  # the worker started and waiting
        transition = reverse("strategies_editor:transition", kwargs={"pk": strategy.pk})
        start = time.perf_counter()
        response = client.post(transition + "?to=published", {"to": "published", "comment": ""})
        publish = time.perf_counter() - start
        assert response.status_code == 302, response.content.decode()[:2000]
        strategy.refresh_from_db()
        assert strategy.status == Strategy.Status.PUBLISHED
        stored = publish + until(
            lambda: Strategy.objects.filter(pk=strategy.pk).exclude(pdf="").exists()
        )

        url = reverse(
            "reports:scrutiny_report_pdf",
            kwargs={"partnership_slug": strategy.partnership.slug, "slug": strategy.slug},
        )
        start = time.perf_counter()
        waiting = client.get(url)
        asked = time.perf_counter() - start
        assert b"The PDF is being prepared" in waiting.content, (waiting.status_code, waiting)
        served = asked + until(lambda: client.get(url)["Content-Type"] == "application/pdf")
    finally:
        worker.terminate()
        worker.wait(timeout=120)

    rows = [
        ("plan", f"10 priorities, 50 delivery areas, {args.actions} actions"),
        ("database", os.environ["DATABASE_URL"].split(":")[0]),
        ("publish request (target < 1 s)", f"{publish * 1000:.0f} ms"),
        ("  until the PDF of record is stored", f"{stored:.1f} s"),
        ("staff PDF request, nothing stored (target < 1 s)", f"{asked * 1000:.0f} ms"),
        ("  until the scrutiny report is served", f"{served:.1f} s"),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")


if __name__ == "__main__":
    main()
