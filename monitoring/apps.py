from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "monitoring"
    # What public pages and PDFs show, and the way from each to its partnership
    # (csp_portal.pagecache retires that partnership's pages when these change).
    # The texts of a bilingual plan that must be in both languages (strategies.bilingual).
    translated_plan_parts = {
        "Indicator": (
            "strategy",
            "monitoring_editor:indicator_edit",
            {"pk": "strategy_id", "indicator_pk": "pk"},
        ),
    }
    public_content = {
        "ProgressUpdate": "action.strategy.partnership",
        "QuarterPublication": "strategy.partnership",
        "Indicator": "strategy.partnership",
        "IndicatorValue": "indicator.strategy.partnership",
    }
