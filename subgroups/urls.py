from django.urls import path

from csp_portal.pagecache import cached_public_page

from . import views

app_name = "subgroups"

urlpatterns = [
    path(
        "<slug:partnership_slug>/subgroups/<slug:slug>/",
        cached_public_page(views.SubgroupDetailView.as_view()),
        name="detail",
    ),
]
