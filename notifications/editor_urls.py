"""The reminders' page of the workspace, under /editor/ (namespace notifications_editor)."""

from django.urls import path

from . import views

app_name = "notifications_editor"

urlpatterns = [
    path("reminders/", views.PreferencesView.as_view(), name="preferences"),
]
