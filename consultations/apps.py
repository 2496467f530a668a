from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "consultations"
    # What public pages and PDFs show, and the way from each to its partnership
    # (csp_portal.pagecache retires that partnership's pages when these change).
    public_content = {
        "Consultation": "strategy.partnership",
        "Question": "consultation.strategy.partnership",
        "Answer": "question.consultation.strategy.partnership",
        "ConsultationChange": "consultation.strategy.partnership",
        "ReportedResult": "consultation.strategy.partnership",
    }
    # What the home page lists (open consultations).
    home_content = ["Consultation"]
    # Responses change no public page while a consultation is open; staff reports count
    # them, keyed on the responses stored (reports.pdfs.content_fingerprint).
    report_content = ["Response", "Tally"]
    # Addresses left for news of the strategy are shown nowhere.
    private_content = ["UpdateRequest"]
