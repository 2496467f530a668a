from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    name = "consultations"
    # What public pages and PDFs show, and the way from each to its partnership
    # (csp_portal.pagecache retires that partnership's pages when these change).
    # The texts of a bilingual plan that must be in both languages before it goes out
    # (strategies.bilingual): the way to the strategy, the editor page and its arguments.
    translated_plan_parts = {
        "Consultation": ("strategy", "consultations_editor:edit", {"pk": "pk"}),
        "Question": (
            "consultation__strategy",
            "consultations_editor:question_edit",
            {"pk": "consultation_id", "question_pk": "pk"},
        ),
        "ConsultationChange": (
            "consultation__strategy",
            "consultations_editor:change_edit",
            {"pk": "consultation_id", "change_pk": "pk"},
        ),
    }
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
