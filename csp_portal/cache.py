"""The shared cache (Redis) kept as a cache, never as something the portal cannot do
without: while Redis is away or too slow, every read misses and every write is skipped, so
pages are served from PostgreSQL, uncached, and saves succeed. Nothing stale can come back
when it returns: the content versions the pages are keyed on live in the database
(csp_portal.pagecache).

Socket timeouts (settings) bound a call to Redis to a fraction of a second; after a failure
this process leaves Redis alone for RETRY_AFTER seconds (OPTIONS: retry_after), so that a
stopped or frozen Redis costs a visitor no wait at all, and says so in the log once. `incr`
alone raises CacheUnavailable: its callers (the rate limit) decide what a missing count
means."""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_AFTER = 5.0


class CacheUnavailable(Exception):
    """The shared cache could not be reached."""


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        self.retry_after = options.pop("retry_after", RETRY_AFTER)
        super().__init__(server, {**params, "OPTIONS": options})
        self._down_until = 0.0
        self._lock = threading.Lock()

    def _call(self, method, default, *args, **kwargs):
        if time.monotonic() < self._down_until:
            return default
        try:
            return getattr(super(), method)(*args, **kwargs)
        except (RedisError, OSError) as error:
            with self._lock:
                if time.monotonic() >= self._down_until:
                    logger.warning("The cache is unavailable, served without it: %s", error)
                self._down_until = time.monotonic() + self.retry_after
            return default

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._call("set", None, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), data, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", False, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version)

    def delete_many(self, keys, version=None):
        self._call("delete_many", None, keys, version)

    def clear(self):
        return self._call("clear", False)

    def incr(self, key, delta=1, version=None):
        missing = object()
        value = self._call("incr", missing, key, delta, version)
        if value is missing:
            raise CacheUnavailable(key)
        return value
