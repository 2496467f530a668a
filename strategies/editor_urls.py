"""The strategy editor, under /editor/ (namespace strategies_editor)."""

from django.urls import path

from csp_portal.kinds import kind_routes, move_routes

from .parts import ASSESSMENT, DOCUMENT, PARTNERSHIP_DOCUMENT, PARTS
from .views import editor as views
from .views import parts

app_name = "strategies_editor"

STRATEGY = "strategies/<id:pk>"
PARTNERSHIP = "partnerships/<slug:slug>"


def part_routes(kind):
    """Add, change, delete and restore one kind of part: priority_add, priority_edit ..."""
    restore = path(
        f"{STRATEGY}/{kind.segment}/restore/<id:history_id>/",
        parts.RestoreView.as_view(kind=kind),
        name=f"{kind.name}_restore",
    )
    return kind_routes(kind, STRATEGY, parts.PartView, parts.PartDeleteView, restore)


urlpatterns = [
    path(f"{PARTNERSHIP}/strategies/add/", views.StrategyAddView.as_view(), name="add"),
    path(f"{STRATEGY}/edit/", views.StrategyEditView.as_view(), name="edit"),
    path(f"{STRATEGY}/actions/", views.ActionPlanView.as_view(), name="actions"),
    path(f"{STRATEGY}/actions/import/", views.ActionImportView.as_view(), name="action_import"),
    path(f"{STRATEGY}/history/", views.HistoryView.as_view(), name="history"),
    path(f"{STRATEGY}/compare/", views.CompareView.as_view(), name="compare"),
    path(f"{STRATEGY}/status/", views.TransitionView.as_view(), name="transition"),
    path(f"{STRATEGY}/refresh/", views.RefreshView.as_view(), name="refresh"),
    path(
        f"{STRATEGY}/record-publication/",
        views.RecordPublicationView.as_view(),
        name="record_publication",
    ),
    path(
        f"{STRATEGY}/subgroups/<id:subgroup_pk>/",
        parts.SubgroupDeliveryView.as_view(),
        name="subgroup_delivery",
    ),
    *move_routes(f"{STRATEGY}/priorities/<id:record_pk>", "priority", parts.PriorityMoveView),
    *kind_routes(DOCUMENT, STRATEGY, parts.DocumentView, parts.DocumentDeleteView),
    *kind_routes(
        PARTNERSHIP_DOCUMENT,
        PARTNERSHIP,
        parts.PartnershipDocumentView,
        parts.PartnershipDocumentDeleteView,
    ),
    *kind_routes(ASSESSMENT, PARTNERSHIP, parts.AssessmentView, parts.AssessmentDeleteView),
]
urlpatterns += [route for kind in PARTS for route in part_routes(kind)]
