from django.contrib import admin
from django.urls import include, path

from . import views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("search/", views.SearchView.as_view(), name="search"),
    path("accessibility/", views.AccessibilityView.as_view(), name="accessibility"),
    path("", include("strategies.urls")),
    path("", include("subgroups.urls")),
    # Last: /<partnership-slug>/ matches anything else.
    path("", include("partnerships.urls")),
]
