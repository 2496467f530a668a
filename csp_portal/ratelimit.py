"""A fixed-window counter per client in the cache (Redis in production, shared by every
worker and server): enough to stop one machine flooding a form, not a defence against a
botnet.

A place within the limit is taken in one atomic step (`take`: Redis INCR), so requests
released at once cannot all pass a check made before any of them is counted; a place taken
for something that then was not stored is given back (`give_back`). While the cache is away
the limit fails open: a response is taken and stored, and the log says so, since losing
residents' answers is worse than a burst from one address for the minutes Redis is down."""

import logging

from django.core.cache import cache

from .cache import CacheUnavailable

logger = logging.getLogger(__name__)


def client_ip(request) -> str:
    """REMOTE_ADDR: behind a trusted reverse proxy, the client's own address
    (csp_portal.middleware.ClientAddressMiddleware)."""
    return request.META.get("REMOTE_ADDR", "unknown")


def parse_rate(rate: str) -> tuple[int, int]:
    """'5/600' is at most 5 in 600 seconds; '0/1' switches the limit off."""
    count, _, seconds = rate.partition("/")
    return int(count), int(seconds or 60)


def take(key: str, rate: str) -> bool:
    """Count one more against `key` and say whether it is within the limit, in one step."""
    limit, window = parse_rate(rate)
    if not limit:
        return True
    name = f"ratelimit:{key}"
    try:
        cache.add(name, 0, timeout=window)  # the window starts with the first
        try:
            count = cache.incr(name)
        except ValueError:  # the window ended between the two
            cache.add(name, 1, timeout=window)
            count = 1
    except CacheUnavailable:
        logger.warning("Rate limit %s not counted: the cache is unavailable", key)
        return True
    return count <= limit


def give_back(key: str, rate: str) -> None:
    """Return the place `take` gave, for something that was not stored after all."""
    limit, _window = parse_rate(rate)
    if not limit:
        return
    try:
        cache.decr(f"ratelimit:{key}")
    except (ValueError, CacheUnavailable):
        pass  # the window has ended, or the cache is away: nothing to give back


def forget(key: str) -> None:
    """Start `key`'s count again (a sign-in that succeeded)."""
    cache.delete(f"ratelimit:{key}")
