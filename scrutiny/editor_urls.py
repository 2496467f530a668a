"""Scrutiny, under /editor/ (namespace scrutiny_editor)."""

from django.urls import path

from . import views

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
]
