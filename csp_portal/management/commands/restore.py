"""Restore a backup made by `manage.py backup`: everything in the database is replaced."""

from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, connections

from .backup import run_postgres_tool


class Command(BaseCommand):
    help = "Replace the database with a backup made by `manage.py backup`."

    def add_arguments(self, parser):
        parser.add_argument("backup")
        parser.add_argument("--yes", action="store_true", help="Do not ask before replacing.")

    def handle(self, *args, backup, yes=False, **options):
        if not yes and input("Replace everything in the database with the backup? [y/N] ") != "y":
            raise CommandError("Not restored.")
        if backup.endswith(".dump"):
            if connection.vendor != "postgresql":
                raise CommandError("A .dump file is a PostgreSQL backup; this database is not.")
            settings_dict = connection.settings_dict
            connections.close_all()
            run_postgres_tool(
                ["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction"],
                ["-d", settings_dict["NAME"], backup],
                settings_dict,
            )
        else:
            if not backup.endswith(".json.gz"):
                raise CommandError("A SQLite backup is a .json.gz file made by `manage.py backup`.")
            # flush also empties what migrations filled (the statutory themes): the backup
            # holds them. loaddata reads the gzipped JSON itself.
            call_command("flush", interactive=False, verbosity=0)
            call_command("loaddata", backup, verbosity=0)
        # Everything changed behind the ORM's back: nothing cached may be served.
        cache.clear()
        self.stdout.write(f"Restored from {backup}")
