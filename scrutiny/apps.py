from django.apps import AppConfig


class ScrutinyConfig(AppConfig):
    name = "scrutiny"
    # What the pages and the scrutiny pack show, and the way from each to its partnership
    # (csp_portal.pagecache retires that partnership's pages and PDFs when these change).
    public_content = {
        "ScrutinyReview": "partnership",
        "ScrutinyRecommendation": "review.partnership",
    }
