"""People and roles, under /editor/ (namespace partnerships_editor)."""

from django.urls import path

from . import views

app_name = "partnerships_editor"

urlpatterns = [
    path("partnerships/<slug:slug>/people/", views.PeopleView.as_view(), name="people"),
    path(
        "partnerships/<slug:slug>/people/<int:role_pk>/remove/",
        views.RoleRemoveView.as_view(),
        name="role_remove",
    ),
]
