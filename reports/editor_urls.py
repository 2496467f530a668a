"""The workspace's combined pages, under /editor/ (namespace reports_editor)."""

from django.urls import path

from .views import editor as views

app_name = "reports_editor"

urlpatterns = [
    path("", views.DashboardView.as_view(), name="dashboard"),
    path("strategies/<id:pk>/", views.StrategyOverviewView.as_view(), name="strategy"),
    path("strategies/<id:pk>/preview/", views.PreviewView.as_view(), name="preview"),
    path(
        "strategies/<id:pk>/pdf-of-record/", views.PdfOfRecordView.as_view(), name="pdf_of_record"
    ),
    path("partnerships/<slug:slug>/", views.PartnershipWorkspaceView.as_view(), name="partnership"),
    path("partnerships/<slug:slug>/checklist/", views.ChecklistView.as_view(), name="checklist"),
    path(
        "partnerships/<slug:slug>/history/",
        views.PartnershipHistoryView.as_view(),
        name="partnership_history",
    ),
]
