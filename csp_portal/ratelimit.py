"""A fixed-window counter per client in the cache (Redis in production, shared by every
worker): enough to stop one machine flooding a form, not a defence against a botnet."""

from django.core.cache import cache


def client_ip(request) -> str:
    """REMOTE_ADDR: behind a trusted reverse proxy, the client's own address
    (csp_portal.middleware.ClientAddressMiddleware)."""
    return request.META.get("REMOTE_ADDR", "unknown")


def parse_rate(rate: str) -> tuple[int, int]:
    """'5/600' is at most 5 in 600 seconds; '0/1' switches the limit off."""
    count, _, seconds = rate.partition("/")
    return int(count), int(seconds or 60)


def limit_reached(key: str, rate: str) -> bool:
    limit, _window = parse_rate(rate)
    return bool(limit) and cache.get(f"ratelimit:{key}", 0) >= limit


def count_hit(key: str, rate: str) -> None:
    _limit, window = parse_rate(rate)
    name = f"ratelimit:{key}"
    if not cache.add(name, 1, timeout=window):
        try:
            cache.incr(name)
        except ValueError:  # expired between add and incr
            cache.add(name, 1, timeout=window)
