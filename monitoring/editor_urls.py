"""Monitoring, under /editor/ (namespace monitoring_editor)."""

from django.urls import path

from csp_portal.kinds import kind_routes, record_routes

from . import views
from .kinds import FIGURE

app_name = "monitoring_editor"

urlpatterns = [
    path("strategies/<id:pk>/progress/", views.ProgressView.as_view(), name="progress"),
    path(
        "strategies/<id:pk>/progress/publish/",
        views.PublishQuarterView.as_view(),
        name="progress_publish",
    ),
    path(
        "strategies/<id:pk>/actions/<id:action_pk>/progress/",
        views.ProgressUpdateView.as_view(),
        name="progress_update",
    ),
    path("strategies/<id:pk>/indicators/", views.IndicatorsView.as_view(), name="indicators"),
    *record_routes(
        "strategies/<id:pk>/indicators", "indicator", views.IndicatorView, pk="indicator_pk"
    ),
    *kind_routes(
        FIGURE,
        "strategies/<id:pk>/indicators/<id:indicator_pk>",
        views.FigureView,
        views.FigureDeleteView,
    ),
    path(
        "strategies/<id:pk>/indicators/import/",
        views.IndicatorImportView.as_view(),
        name="indicator_import",
    ),
    path(
        "strategies/<id:pk>/indicators.csv",
        views.IndicatorExportView.as_view(),
        name="indicator_export",
    ),
]
