"""Whole public pages, cached for people who are not signed in, and the content version
that the cached pages and PDFs are keyed on.

Invalidation happens here and only here. Each app declares in its AppConfig what its pages
and PDFs show (`public_content`: model names) and what only its staff reports count
(`report_content`); `connect()` listens for saves, deletes and many-to-many changes of those,
and bulk writes (which send no signal) call `content_changed()` themselves. The version moves
on once the transaction has committed (`transaction.on_commit`): a visitor who reads between
the save and the commit caches the old page under the old version, which nobody asks for
again. The cache is shared (Redis in production), so an edit is public at the next request
on every app server. Pages that carry a CSRF token (forms that POST) are never cached."""

import hashlib
import threading
import time
from collections import OrderedDict
from functools import partial, wraps

from django.apps import apps
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse

VERSION_KEY = "public-pages:version"
RESPONSES_KEY = "consultation-responses:version"
# Short enough that what changes with the clock alone (a consultation opening or closing)
# shows within five minutes.
TIMEOUT = 5 * 60


def _version(key: str) -> int:
    version = cache.get(key)
    if version is None:
        # A fresh start (a new or restarted Redis) must not reuse a number that pages in
        # some process's memory were keyed with: start from the clock.
        cache.add(key, time.time_ns(), timeout=None)
        version = cache.get(key)
    return version


def _bump(key: str) -> None:
    try:
        cache.incr(key)
    except ValueError:  # not there (evicted, restarted): any new value retires old pages
        cache.set(key, time.time_ns(), timeout=None)


def content_version() -> int:
    """Moves on with every committed change to what public pages and PDFs show."""
    return _version(VERSION_KEY)


def content_changed() -> None:
    """Retire every cached public page and PDF, once the current transaction commits (at
    once outside one)."""
    transaction.on_commit(partial(_bump, VERSION_KEY))


def responses_version() -> int:
    """Moves on with every consultation response stored or deleted (staff reports count
    them; public pages do not change while a consultation is open)."""
    return _version(RESPONSES_KEY)


def responses_changed() -> None:
    transaction.on_commit(partial(_bump, RESPONSES_KEY))


def declared(attribute: str) -> set[type]:
    """The models the installed apps list in their AppConfig under `attribute`."""
    return {
        config.get_model(name)
        for config in apps.get_app_configs()
        for name in getattr(config, attribute, ())
    }


def connect() -> None:
    """Listen for changes to what the apps declare (called once, when the portal starts)."""
    public, reports = declared("public_content"), declared("report_content")
    for model in public:
        post_save.connect(_public_changed, sender=model, dispatch_uid=f"pagecache-{model}")
        post_delete.connect(_public_changed, sender=model, dispatch_uid=f"pagecache-{model}-d")
    for model in reports:
        post_save.connect(_report_changed, sender=model, dispatch_uid=f"pagecache-{model}")
        post_delete.connect(_report_changed, sender=model, dispatch_uid=f"pagecache-{model}-d")

    def _m2m_changed(sender, instance, action, **kwargs):
        if action in ("post_add", "post_remove", "post_clear") and type(instance) in public:
            content_changed()

    m2m_changed.connect(_m2m_changed, weak=False, dispatch_uid="pagecache-m2m")


def _public_changed(**kwargs) -> None:
    content_changed()


def _report_changed(**kwargs) -> None:
    responses_changed()


class LocalPages:
    """The pages this process served last, in memory, bounded in bytes. The shared cache
    stays the authority: keys carry the content version, read from it on every request,
    so an edit on any server retires these too. It saves moving a large page (a strategy
    with 2,000 actions is 2 MB) out of Redis on every hit."""

    def __init__(self, max_bytes: int = 64 * 1024 * 1024):
        self.max_bytes, self.size = max_bytes, 0
        self.pages: OrderedDict[str, tuple[float, tuple[bytes, str]]] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            entry = self.pages.get(key)
            if entry is None:
                return None
            expires, page = entry
            if time.monotonic() > expires:  # as the shared cache's own timeout
                self._drop(key)
                return None
            self.pages.move_to_end(key)
            return page

    def put(self, key, page, timeout: int = TIMEOUT) -> None:
        if len(page[0]) > self.max_bytes // 4:
            return
        with self.lock:
            if key in self.pages:
                return
            self.pages[key] = (time.monotonic() + timeout, page)
            self.size += len(page[0])
            while self.size > self.max_bytes:
                self._drop(next(iter(self.pages)))

    def _drop(self, key) -> None:
        _expires, (content, _type) = self.pages.pop(key)
        self.size -= len(content)


local_pages = LocalPages()


def _cacheable(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not request.user.is_authenticated
        and not request.COOKIES.get("messages")
    )


def cached_public_page(view):
    """For a view function: serve the page from the cache to anonymous visitors. A page
    that is public only until a time (a draft while its consultation is open) says how long
    it may be kept in `response.cache_timeout` (seconds)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _cacheable(request):
            return view(request, *args, **kwargs)
        path = hashlib.sha256(request.get_full_path().encode()).hexdigest()
        key = f"public-page:{content_version()}:{path}"
        hit = local_pages.get(key)
        if hit is None:
            hit = cache.get(key)
            if hit is not None:
                local_pages.put(key, hit)
        if hit is not None:
            content, content_type = hit
            return HttpResponse(content, content_type=content_type)
        response = view(request, *args, **kwargs)
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        timeout = min(TIMEOUT, getattr(response, "cache_timeout", TIMEOUT))
        if response.status_code == 200 and not response.cookies and not response.streaming:
            if timeout > 0:
                page = (response.content, response["Content-Type"])
                cache.set(key, page, timeout)
                local_pages.put(key, page, timeout)
        return response

    return wrapper
