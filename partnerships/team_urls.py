from django.urls import path

from . import team_views

app_name = "team"

urlpatterns = [
    path("partnerships/<slug:slug>/people/", team_views.TeamView.as_view(), name="people"),
    path(
        "partnerships/<slug:slug>/people/<int:role_pk>/remove/",
        team_views.RoleRemoveView.as_view(),
        name="remove",
    ),
    path(
        "partnerships/<slug:slug>/checklist/",
        team_views.ChecklistView.as_view(),
        name="checklist",
    ),
    path("partnerships/<slug:slug>/scrutiny/", team_views.ScrutinyView.as_view(), name="scrutiny"),
    path(
        "partnerships/<slug:slug>/scrutiny/<int:review_pk>/recommendations/add/",
        team_views.RecommendationView.as_view(),
        name="recommendation_add",
    ),
    path(
        "partnerships/<slug:slug>/scrutiny/<int:review_pk>/recommendations/<int:item_pk>/",
        team_views.RecommendationView.as_view(),
        name="recommendation_edit",
    ),
]
