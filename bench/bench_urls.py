"""The portal's URLs plus one view for the benchmark's ceiling: a plain Django view that
returns a pre-rendered string, to show what the framework alone costs on this machine."""

from django.http import HttpResponse
from django.urls import include, path

BODIES: dict[int, bytes] = {}


def ceiling(request, size):
    body = BODIES.get(size)
    if body is None:
        body = BODIES[size] = b"x" * size
    return HttpResponse(body, content_type="text/html; charset=utf-8")


urlpatterns = [
    path("_bench/ceiling/<id:size>/", ceiling),
    path("", include("csp_portal.urls")),
]
