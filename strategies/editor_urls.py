"""The editor workspace, under /editor/."""

from django.urls import path

from . import document_views, monitoring_views
from . import editor_views as views

app_name = "editor"

urlpatterns = [
    path("", views.DashboardView.as_view(), name="dashboard"),
    path("strategies/<int:pk>/", views.StrategyEditorView.as_view(), name="strategy"),
    path("strategies/<int:pk>/edit/", views.StrategyEditView.as_view(), name="edit"),
    path("strategies/<int:pk>/preview/", views.PreviewView.as_view(), name="preview"),
    path("strategies/<int:pk>/actions/", views.ActionPlanView.as_view(), name="actions"),
    path("strategies/<int:pk>/history/", views.HistoryView.as_view(), name="history"),
    path("strategies/<int:pk>/compare/", views.CompareView.as_view(), name="compare"),
    path("strategies/<int:pk>/status/", views.TransitionView.as_view(), name="transition"),
    path("strategies/<int:pk>/refresh/", views.RefreshView.as_view(), name="refresh"),
    path("strategies/<int:pk>/progress/", monitoring_views.ProgressView.as_view(), name="progress"),
    path(
        "strategies/<int:pk>/progress/publish/",
        monitoring_views.PublishQuarterView.as_view(),
        name="progress_publish",
    ),
    path(
        "strategies/<int:pk>/actions/<int:action_pk>/progress/",
        monitoring_views.ProgressUpdateView.as_view(),
        name="progress_update",
    ),
    path(
        "strategies/<int:pk>/indicators/",
        monitoring_views.IndicatorsView.as_view(),
        name="indicators",
    ),
    path(
        "strategies/<int:pk>/indicators/add/",
        monitoring_views.IndicatorView.as_view(),
        name="indicator_add",
    ),
    path(
        "strategies/<int:pk>/indicators/<int:indicator_pk>/",
        monitoring_views.IndicatorView.as_view(),
        name="indicator_edit",
    ),
    path(
        "strategies/<int:pk>/indicators/import/",
        monitoring_views.IndicatorImportView.as_view(),
        name="indicator_import",
    ),
    path(
        "strategies/<int:pk>/indicators.csv",
        monitoring_views.IndicatorExportView.as_view(),
        name="indicator_export",
    ),
    path(
        "strategies/<int:pk>/documents/add/",
        document_views.DocumentUploadView.as_view(),
        name="document_add",
    ),
    path("strategies/<int:pk>/<slug:kind>/add/", views.PartView.as_view(), name="part_add"),
    path(
        "strategies/<int:pk>/<slug:kind>/<int:part_pk>/",
        views.PartView.as_view(),
        name="part_edit",
    ),
    path(
        "strategies/<int:pk>/<slug:kind>/<int:part_pk>/delete/",
        views.PartDeleteView.as_view(),
        name="part_delete",
    ),
    path(
        "strategies/<int:pk>/priorities/<int:part_pk>/move-up/",
        views.PriorityMoveView.as_view(),
        {"direction": "up"},
        name="priority_up",
    ),
    path(
        "strategies/<int:pk>/priorities/<int:part_pk>/move-down/",
        views.PriorityMoveView.as_view(),
        {"direction": "down"},
        name="priority_down",
    ),
    path(
        "strategies/<int:pk>/<slug:kind>/restore/<int:history_id>/",
        views.RestoreView.as_view(),
        name="restore",
    ),
]
