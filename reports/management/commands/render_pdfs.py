from django.core.management.base import BaseCommand

from reports.pdfs import published_pdf
from reports.selectors import strategy_page_queryset


class Command(BaseCommand):
    help = "Render and store the PDF of every published strategy that does not have one yet."

    def handle(self, *args, **options):
        for strategy in strategy_page_queryset().published():
            had = bool(strategy.pdf) and strategy.pdf.storage.exists(strategy.pdf.name)
            published_pdf(strategy)
            what = "already stored" if had else "rendered"
            self.stdout.write(f"{strategy.partnership.slug}/{strategy.slug}: {what}")
