"""The strategy editor, under /editor/ (namespace strategies_editor)."""

from django.urls import path

from .parts import PARTS
from .views import editor as views

app_name = "strategies_editor"


def part_routes(part):
    """Add, change, delete and restore one kind of part: priority_add, priority_edit ..."""
    at = f"strategies/<int:pk>/{part.segment}"
    return [
        path(f"{at}/add/", views.PartView.as_view(part=part), name=f"{part.name}_add"),
        path(f"{at}/<int:part_pk>/", views.PartView.as_view(part=part), name=f"{part.name}_edit"),
        path(
            f"{at}/<int:part_pk>/delete/",
            views.PartDeleteView.as_view(part=part),
            name=f"{part.name}_delete",
        ),
        path(
            f"{at}/restore/<int:history_id>/",
            views.RestoreView.as_view(part=part),
            name=f"{part.name}_restore",
        ),
    ]


urlpatterns = [
    path("strategies/<int:pk>/edit/", views.StrategyEditView.as_view(), name="edit"),
    path("strategies/<int:pk>/actions/", views.ActionPlanView.as_view(), name="actions"),
    path("strategies/<int:pk>/history/", views.HistoryView.as_view(), name="history"),
    path("strategies/<int:pk>/compare/", views.CompareView.as_view(), name="compare"),
    path("strategies/<int:pk>/status/", views.TransitionView.as_view(), name="transition"),
    path("strategies/<int:pk>/refresh/", views.RefreshView.as_view(), name="refresh"),
    path(
        "strategies/<int:pk>/documents/add/",
        views.DocumentUploadView.as_view(),
        name="document_add",
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
]
urlpatterns += [route for part in PARTS for route in part_routes(part)]
