from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from . import views

admin.site.site_header = "CSP Portal administration"
admin.site.site_title = "CSP Portal administration"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("accessibility/", views.AccessibilityView.as_view(), name="accessibility"),
    path("", include("strategies.urls")),
    path("", include("subgroups.urls")),
    # Last: /<partnership-slug>/ matches anything else.
    path("", include("partnerships.urls")),
]
