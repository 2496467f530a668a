"""The partnership's profile, records and people, and the portal administrators' pages,
under /editor/ (namespace partnerships_editor)."""

from django.urls import path

from csp_portal.kinds import kind_routes

from . import views
from .kinds import KINDS, MEMBER

app_name = "partnerships_editor"

PARTNERSHIP = "partnerships/<slug:slug>"

urlpatterns = [
    path(f"{PARTNERSHIP}/profile/", views.ProfileView.as_view(), name="profile"),
    path(f"{PARTNERSHIP}/people/", views.PeopleView.as_view(), name="people"),
    path(f"{PARTNERSHIP}/members/import/", views.MembersImportView.as_view(), name="member_import"),
    path(
        f"{PARTNERSHIP}/people/<id:role_pk>/remove/",
        views.RoleRemoveView.as_view(),
        name="role_remove",
    ),
    path(
        f"{PARTNERSHIP}/organisations/<id:pk>/",
        views.OrganisationView.as_view(),
        name="organisation",
    ),
    path("portal/", views.PortalPartnershipsView.as_view(), name="portal"),
    path("portal/partnerships/add/", views.PartnershipAddView.as_view(), name="partnership_add"),
    path(
        "portal/partnerships/<slug:slug>/",
        views.PortalPartnershipView.as_view(),
        name="portal_partnership",
    ),
    path(
        "portal/partnerships/<slug:slug>/suspend/",
        views.SuspendView.as_view(),
        name="suspend",
    ),
]
for kind in KINDS:
    form_view = views.MembershipView if kind is MEMBER else views.RecordView
    urlpatterns += kind_routes(kind, PARTNERSHIP, form_view, views.RecordDeleteView)
