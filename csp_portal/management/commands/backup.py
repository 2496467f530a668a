"""Back the database up to one file: pg_dump's custom format on PostgreSQL, a gzipped
dumpdata JSON on SQLite. Restore it with `manage.py restore FILE`. Uploaded documents and
stored PDFs live under MEDIA_ROOT: copy that folder beside the file (docs/deploy.md)."""

import gzip
import os
import subprocess

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone

# Rebuilt by migrate or by Django itself, and tied to this database's row ids.
EXCLUDED = ["contenttypes", "auth.permission", "sessions", "admin.logentry", "axes"]


def run_postgres_tool(program: list[str], targets: list[str], settings_dict) -> None:
    """Run a PostgreSQL client (`program` and its options, then the connection's host, port
    and user, then `targets`) against the database of `settings_dict`; CommandError with
    what it said if it fails."""
    args = [
        "-h",
        settings_dict.get("HOST") or "127.0.0.1",
        "-p",
        str(settings_dict.get("PORT") or 5432),
    ]
    if settings_dict.get("USER"):
        args += ["-U", settings_dict["USER"]]
    env = {**os.environ}
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = settings_dict["PASSWORD"]
    result = subprocess.run([*program, *args, *targets], env=env, capture_output=True, text=True)
    if result.returncode:
        raise CommandError(f"{program[0]} failed: {result.stderr.strip()}")


class Command(BaseCommand):
    help = "Back the database up to a file (pg_dump on PostgreSQL, dumpdata on SQLite)."

    def add_arguments(self, parser):
        parser.add_argument("output", nargs="?", help="Where to write it (default: backups/…)")

    def handle(self, *args, output=None, **options):
        postgres = connection.vendor == "postgresql"
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
        output = output or f"backups/csp-portal-{stamp}.{'dump' if postgres else 'json.gz'}"
        os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
        if postgres:
            settings_dict = connection.settings_dict
            run_postgres_tool(
                ["pg_dump", "-Fc", "--no-owner"],
                ["-f", output, settings_dict["NAME"]],
                settings_dict,
            )
        else:
            with gzip.open(output, "wt", encoding="utf-8") as file:
                call_command(
                    "dumpdata",
                    natural_foreign=True,
                    exclude=EXCLUDED,
                    stdout=file,
                    verbosity=0,
                )
        self.stdout.write(f"Backed up to {output}")
