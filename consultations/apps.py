from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "consultations"
    # What public pages and PDFs show (csp_portal.pagecache retires them when these change).
    public_content = [
        "Consultation",
        "Question",
        "Answer",
        "ConsultationChange",
        "ReportedResult",
    ]
    # Responses change no public page while a consultation is open; staff reports count them.
    report_content = ["Response"]
    # Addresses left for news of the strategy are shown nowhere.
    private_content = ["UpdateRequest"]
