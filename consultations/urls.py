from django.urls import path

from csp_portal.pagecache import cached_public_page

from .views import public as views

app_name = "consultations"

urlpatterns = [
    path(
        "<slug:partnership_slug>/consultations/<id:pk>/",
        views.RespondView.as_view(),
        name="respond",
    ),
    path(
        "<slug:partnership_slug>/consultations/<id:pk>/thank-you/",
        views.ThanksView.as_view(),
        name="thanks",
    ),
    path(
        "<slug:partnership_slug>/consultations/<id:pk>/event/<str:code>/",
        views.EventLinkView.as_view(),
        name="event_link",
    ),
    path(
        "<slug:partnership_slug>/consultations/<id:pk>/results/",
        cached_public_page(views.PublicResultsView.as_view(), partnership_arg="partnership_slug"),
        name="results",
    ),
]
