from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from . import views
from .pagecache import cached_public_page

admin.site.site_header = "CSP Portal administration"
admin.site.site_title = "CSP Portal administration"

# Each app's editor pages have a namespace of their own (<app>_editor), under /editor/; the
# addresses do not overlap, so the order of the editor includes does not matter.
editor = [
    path("", include("partnerships.editor_urls")),
    path("", include("subgroups.editor_urls")),
    path("", include("strategies.editor_urls")),
    path("", include("consultations.editor_urls")),
    path("", include("monitoring.editor_urls")),
    path("", include("scrutiny.editor_urls")),
    path("", include("reports.editor_urls")),
    path("", include("notifications.editor_urls")),
]

# The administrators' back office is in English only.
urlpatterns = [path("admin/", admin.site.urls)]

# Every other page in English at today's addresses, and in Welsh under /cy/: the public
# pages of the partnerships that publish in both (partnerships.middleware), their
# workspace and the sign-in pages. An address without /cy/ is always English: the
# browser's language is not read.
urlpatterns += i18n_patterns(
    # Sign-in first: Django's, with the tries counted atomically (views.SignInView).
    path("accounts/login/", views.SignInView.as_view(), name="login"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("accounts/", include("notifications.urls")),
    path("editor/", include(editor)),
    path(
        "accessibility/",
        cached_public_page(views.AccessibilityView.as_view()),
        name="accessibility",
    ),
    path("", include("strategies.urls")),
    path("", include("consultations.urls")),
    # Last: /<partnership-slug>/ matches any other single segment.
    path("", include("reports.urls")),
    prefix_default_language=False,
)

handler403 = "csp_portal.views.permission_denied"
