from django.urls import path

from . import views

app_name = "strategies"

urlpatterns = [
    path(
        "<slug:partnership_slug>/strategies/<slug:slug>/",
        views.StrategyDetailView.as_view(),
        name="detail",
    ),
]
