"""Scrutiny, under /editor/ (namespace scrutiny_editor)."""

from django.urls import path

from csp_portal.kinds import kind_routes

from . import views
from .kinds import REVIEW

app_name = "scrutiny_editor"

urlpatterns = [
    path("partnerships/<slug:slug>/scrutiny/", views.ReviewsView.as_view(), name="reviews"),
    path(
        "partnerships/<slug:slug>/scrutiny/<int:review_pk>/recommendations/add/",
        views.RecommendationView.as_view(),
        name="recommendation_add",
    ),
    path(
        "partnerships/<slug:slug>/scrutiny/<int:review_pk>/recommendations/<int:item_pk>/",
        views.RecommendationView.as_view(),
        name="recommendation_edit",
    ),
    *kind_routes(
        REVIEW, "partnerships/<slug:slug>/scrutiny", views.ReviewView, views.ReviewDeleteView
    ),
]
