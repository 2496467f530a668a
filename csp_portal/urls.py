from django.contrib import admin
from django.urls import include, path

from strategies.document_views import document_download

from . import views
from .pagecache import cached_public_page

admin.site.site_header = "CSP Portal administration"
admin.site.site_title = "CSP Portal administration"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("django.contrib.auth.urls")),
    # The editor's consultation URLs first: strategies/<pk>/<kind>/add/ would take theirs.
    path("editor/", include("consultations.editor_urls")),
    path("editor/", include("strategies.editor_urls")),
    path("editor/", include("partnerships.team_urls")),
    path("search/", cached_public_page(views.SearchView.as_view()), name="search"),
    path("documents/<int:pk>/", document_download, name="document"),
    path(
        "accessibility/",
        cached_public_page(views.AccessibilityView.as_view()),
        name="accessibility",
    ),
    path("", include("strategies.urls")),
    path("", include("subgroups.urls")),
    path("", include("consultations.urls")),
    # Last: /<partnership-slug>/ matches anything else.
    path("", include("partnerships.urls")),
]

handler403 = "csp_portal.views.permission_denied"
