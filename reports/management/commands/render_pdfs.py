from django.core.management.base import BaseCommand

from reports.pdfs import ENGLISH, pdf_languages, pdf_of_record_stored, published_pdf
from reports.selectors import strategy_page_queryset


class Command(BaseCommand):
    help = (
        "Render and store the PDF of every published strategy that does not have one yet, "
        "in each language its partnership publishes in."
    )

    def handle(self, *args, **options):
        for strategy in strategy_page_queryset().published():
            for language in pdf_languages(strategy.partnership):
                had = pdf_of_record_stored(strategy, language)
                published_pdf(strategy, language)
                what = "already stored" if had else "rendered"
                welsh = " (Welsh)" if language != ENGLISH else ""
                self.stdout.write(f"{strategy.partnership.slug}/{strategy.slug}{welsh}: {what}")
