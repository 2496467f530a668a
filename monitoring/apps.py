from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "monitoring"
    # What public pages and PDFs show (csp_portal.pagecache retires them when these change).
    public_content = ["ProgressUpdate", "QuarterPublication", "Indicator", "IndicatorValue"]
