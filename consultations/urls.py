from django.urls import path

from csp_portal.pagecache import cached_public_page

from .views import public as views

app_name = "consultations"

consultation = "<slug:partnership_slug>/consultations/<id:pk>"

urlpatterns = [
    path(
        f"{consultation}/",
        views.RespondView.as_view(),
        name="respond",
    ),
    path(
        f"{consultation}/thank-you/",
        views.ThanksView.as_view(),
        name="thanks",
    ),
    path(
        f"{consultation}/event/<str:code>/",
        views.EventLinkView.as_view(),
        name="event_link",
    ),
    path(
        f"{consultation}/results/",
        cached_public_page(views.PublicResultsView.as_view(), partnership_arg="partnership_slug"),
        name="results",
    ),
]
