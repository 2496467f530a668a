"""The strategy editor, under /editor/ (namespace strategies_editor)."""

from django.urls import path

from csp_portal.kinds import kind_routes

from .parts import PARTS
from .views import editor as views

app_name = "strategies_editor"

STRATEGY = "strategies/<int:pk>"


def part_routes(kind):
    """Add, change, delete and restore one kind of part: priority_add, priority_edit ..."""
    restore = path(
        f"{STRATEGY}/{kind.segment}/restore/<int:history_id>/",
        views.RestoreView.as_view(kind=kind),
        name=f"{kind.name}_restore",
    )
    return kind_routes(kind, STRATEGY, views.PartView, views.PartDeleteView, restore)


urlpatterns = [
    path(f"{STRATEGY}/edit/", views.StrategyEditView.as_view(), name="edit"),
    path(f"{STRATEGY}/actions/", views.ActionPlanView.as_view(), name="actions"),
    path(f"{STRATEGY}/history/", views.HistoryView.as_view(), name="history"),
    path(f"{STRATEGY}/compare/", views.CompareView.as_view(), name="compare"),
    path(f"{STRATEGY}/status/", views.TransitionView.as_view(), name="transition"),
    path(f"{STRATEGY}/refresh/", views.RefreshView.as_view(), name="refresh"),
    path(f"{STRATEGY}/documents/add/", views.DocumentUploadView.as_view(), name="document_add"),
    path(
        f"{STRATEGY}/priorities/<int:record_pk>/move-up/",
        views.PriorityMoveView.as_view(),
        {"direction": "up"},
        name="priority_up",
    ),
    path(
        f"{STRATEGY}/priorities/<int:record_pk>/move-down/",
        views.PriorityMoveView.as_view(),
        {"direction": "down"},
        name="priority_down",
    ),
]
urlpatterns += [route for kind in PARTS for route in part_routes(kind)]
