from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = "Pages and reports"

    def ready(self):
        from strategies.signals import strategy_published

        from .tasks import queue_pdf_of_record

        strategy_published.connect(queue_pdf_of_record, dispatch_uid="pdf-of-record")
