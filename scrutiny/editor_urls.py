"""Scrutiny, under /editor/ (namespace scrutiny_editor)."""

from django.urls import path

from csp_portal.kinds import kind_routes

from . import views
from .kinds import RECOMMENDATION, REVIEW

app_name = "scrutiny_editor"

SCRUTINY = "partnerships/<slug:slug>/scrutiny"

urlpatterns = [
    path(f"{SCRUTINY}/", views.ReviewsView.as_view(), name="reviews"),
    *kind_routes(REVIEW, SCRUTINY, views.ReviewView, views.ReviewDeleteView),
    *kind_routes(
        RECOMMENDATION,
        f"{SCRUTINY}/<id:review_pk>",
        views.RecommendationView,
        views.RecommendationDeleteView,
    ),
]
