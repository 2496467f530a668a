from django.apps import AppConfig


class StrategiesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "strategies"
    # What public pages and PDFs show (csp_portal.pagecache retires them when these change).
    public_content = [
        "Strand",
        "Theme",
        "StrategicAssessment",
        "Strategy",
        "StrategicPriority",
        "DeliveryArea",
        "Action",
        "Milestone",
        "Risk",
        "PolicyLink",
        "Document",
        "StrategyTransition",
    ]
