from django.apps import AppConfig


class ScrutinyConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "scrutiny"
    # What the scrutiny pack shows (csp_portal.pagecache retires cached PDFs when these change).
    public_content = ["ScrutinyReview", "ScrutinyRecommendation"]
