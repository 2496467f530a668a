from django.urls import path

from . import views

app_name = "subgroups"

urlpatterns = [
    path(
        "<slug:partnership_slug>/subgroups/<slug:slug>/",
        views.SubgroupDetailView.as_view(),
        name="detail",
    ),
]
