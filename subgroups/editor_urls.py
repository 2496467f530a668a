"""Subgroups and their members, under /editor/ (namespace subgroups_editor)."""

from django.urls import path

from csp_portal.kinds import kind_routes

from . import views
from .kinds import MEMBER, SUBGROUP

app_name = "subgroups_editor"

PARTNERSHIP = "partnerships/<slug:slug>"
SUBGROUP_PAGE = f"{PARTNERSHIP}/subgroups/<id:subgroup_pk>"

urlpatterns = [
    path(
        f"{PARTNERSHIP}/subgroups/import/",
        views.SubgroupsImportView.as_view(),
        name="subgroup_import",
    ),
    path(f"{SUBGROUP_PAGE}/members/", views.SubgroupDetailView.as_view(), name="members"),
    *kind_routes(SUBGROUP, PARTNERSHIP, views.SubgroupView, views.SubgroupDeleteView),
    *kind_routes(MEMBER, SUBGROUP_PAGE, views.MemberView, views.MemberDeleteView),
]
