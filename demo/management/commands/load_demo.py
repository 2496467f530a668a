from django.core.management.base import BaseCommand

from demo.loader import demo_load


class Command(BaseCommand):
    help = (
        "Load the five demo partnerships from their real council papers. Partnerships "
        "already in the database are left as they are, unless --reset is given."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete the demo partnerships and load them afresh (loses edits to them).",
        )

    def handle(self, *args, reset, **options):
        for slug, what in demo_load(reset=reset).items():
            self.stdout.write(f"{slug}: {what}")
