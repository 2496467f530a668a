from django.urls import path

from . import views

app_name = "consultations"

urlpatterns = [
    path(
        "<slug:partnership_slug>/consultations/<int:pk>/",
        views.RespondView.as_view(),
        name="respond",
    ),
    path(
        "<slug:partnership_slug>/consultations/<int:pk>/thank-you/",
        views.ThanksView.as_view(),
        name="thanks",
    ),
    path(
        "<slug:partnership_slug>/consultations/<int:pk>/results/",
        views.PublicResultsView.as_view(),
        name="results",
    ),
]
