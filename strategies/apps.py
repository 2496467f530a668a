from django.apps import AppConfig


class StrategiesConfig(AppConfig):
    name = "strategies"
    # What public pages and PDFs show, and the way from each to its partnership
    # (csp_portal.pagecache retires that partnership's pages when these change; strands and
    # themes are on every partnership's).
    public_content = {
        "Strand": None,
        "Theme": None,
        "StrategicAssessment": "partnership",
        "Strategy": "partnership",
        "StrategicPriority": "strategy.partnership",
        "DeliveryArea": "strategy.partnership",
        "Action": "strategy.partnership",
        "Milestone": "strategy.partnership",
        "Risk": "strategy.partnership",
        "PolicyLink": "strategy.partnership",
        "Document": "partnership",
        "StrategyTransition": "strategy.partnership",
    }
    # What the home page lists.
    home_content = ["Strategy"]
