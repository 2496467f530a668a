"""The client's address behind the reverse proxy; and when the database is away, a clear 503
page, rendered without touching the database, instead of a stack trace (persistent
connections with health checks, in the settings, serve again as soon as it is back)."""

import ipaddress
import logging

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)


class ClientAddressMiddleware:
    """Behind a reverse proxy every request comes from the proxy: the client's own address
    is the proxy's X-Forwarded-For. It is believed only from a proxy named in
    TRUSTED_PROXIES (addresses or networks), taking the rightmost address there that is not
    itself a trusted proxy: anything further left was written by the client and may be a
    lie. REMOTE_ADDR then holds the client's address for everything that reads it: the
    consultations' rate limit, django-axes's sign-in lockout and the audit log."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.trusted = [ipaddress.ip_network(n, strict=False) for n in settings.TRUSTED_PROXIES]

    def _trusted(self, address) -> bool:
        return any(address in network for network in self.trusted)

    def __call__(self, request):
        peer = _address(request.META.get("REMOTE_ADDR", ""))
        if peer is not None and self._trusted(peer):
            hops = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            addresses = [a for a in map(_address, hops) if a is not None]
            client = next((a for a in reversed(addresses) if not self._trusted(a)), None)
            if client is not None:
                request.META["REMOTE_ADDR"] = str(client)
        return self.get_response(request)


def _address(text: str):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OperationalError | InterfaceError) or (
            isinstance(exception, DatabaseError) and "connection" in str(exception).lower()
        ):
            logger.error("Database unavailable: %s", exception)
            response = HttpResponse(render_to_string("503.html"), status=503)
            response["Retry-After"] = "30"
            return response
        return None
