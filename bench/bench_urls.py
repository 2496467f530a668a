"""The portal's URLs plus two views of the benchmark's own: the ceiling (a plain Django view
that returns a pre-rendered string, what the framework alone costs on this machine), and a
strategy's page showing every action, as it was before the action plan had its own page."""

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import path

from csp_portal.urls import urlpatterns as portal_urls
from reports.pages import strategy_page_context
from reports.selectors import strategy_page_queryset

BODIES: dict[int, bytes] = {}


def ceiling(request, size):
    body = BODIES.get(size)
    if body is None:
        body = BODIES[size] = b"x" * size
    return HttpResponse(body, content_type="text/html; charset=utf-8")


def whole_strategy(request, pk):
    strategy = strategy_page_queryset().get(pk=pk)
    return render(request, "reports/strategy_detail.html", strategy_page_context(strategy))


urlpatterns = [
    path("_bench/ceiling/<id:size>/", ceiling),
    path("_bench/whole-strategy/<id:pk>/", whole_strategy),
    *portal_urls,  # as they are (with i18n_patterns, which cannot be included)
]
