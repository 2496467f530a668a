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
]
