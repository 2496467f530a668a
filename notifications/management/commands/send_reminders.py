"""Run once or twice a day (cron or a systemd timer, docs/deploy.md): adds the reminders that
fall due to the sent-log and sends what it holds unsent. Safe to run again: nothing is sent
twice. A missed day is made up by the next run."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from notifications.delivery import send_reminders


class Command(BaseCommand):
    help = "Send the reminder e-mails that fall due (and the weekly digests)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--date",
            help="The day to run for, YYYY-MM-DD (default today): to catch up, or to test.",
        )

    def handle(self, *args, date=None, **options):
        try:
            day = datetime.date.fromisoformat(date) if date else timezone.localdate()
        except ValueError:
            raise CommandError(f"--date must be a day as YYYY-MM-DD, not {date!r}.") from None
        counts = send_reminders(day)
        self.stdout.write(
            f"{day}: {counts['added']} reminders added, {counts['sent']} e-mails and "
            f"{counts['digests']} digests sent, {counts['withdrawn']} withdrawn, "
            f"{counts['failed']} failed (tried again next run)."
        )
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} e-mails could not be sent.")
