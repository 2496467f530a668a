from django.urls import path

from csp_portal.pagecache import cached_public_page

from . import views

app_name = "partnerships"

urlpatterns = [
    path("", cached_public_page(views.HomeView.as_view()), name="home"),
    path("<slug:slug>/", cached_public_page(views.PartnershipDetailView.as_view()), name="detail"),
]
