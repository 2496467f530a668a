from django.urls import path

from . import views

app_name = "partnerships"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("<slug:slug>/", views.PartnershipDetailView.as_view(), name="detail"),
]
