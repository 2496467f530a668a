"""The client's address behind a reverse proxy: believed from a trusted proxy only, and only
what the proxy itself saw (the rightmost address that is not a trusted proxy)."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from csp_portal.middleware import ClientAddressMiddleware


@pytest.mark.parametrize(
    ("peer", "forwarded", "client"),
    [
        ("10.0.0.10", "198.51.100.7", "198.51.100.7"),  # through the proxy
        ("10.0.0.10", "203.0.113.9, 198.51.100.7", "198.51.100.7"),  # a forged first hop
        ("10.0.0.10", "198.51.100.7, 10.0.0.11", "198.51.100.7"),  # two proxies of ours
        ("10.0.0.10", "not-an-address, 198.51.100.7", "198.51.100.7"),
        ("10.0.0.10", "", "10.0.0.10"),  # the proxy's own request
        ("198.51.100.8", "203.0.113.9", "198.51.100.8"),  # straight to us: the header ignored
        ("10.0.0.10", "2001:db8::1", "2001:db8::1"),
    ],
)
def test_the_client_is_the_last_address_a_trusted_proxy_saw(settings, peer, forwarded, client):
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    seen = {}

    def view(request):
        seen["address"] = request.META["REMOTE_ADDR"]
        return HttpResponse()

    request = RequestFactory().get("/", REMOTE_ADDR=peer, HTTP_X_FORWARDED_FOR=forwarded)
    ClientAddressMiddleware(view)(request)
    assert seen["address"] == client


def test_with_no_trusted_proxy_the_header_is_never_read(settings):
    settings.TRUSTED_PROXIES = []
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.10", HTTP_X_FORWARDED_FOR="1.2.3.4")
    ClientAddressMiddleware(lambda r: HttpResponse())(request)
    assert request.META["REMOTE_ADDR"] == "10.0.0.10"
