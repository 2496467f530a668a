"""Whole public pages, cached for people who are not signed in.

Every cached page is keyed on one content version. Any save or delete of the portal's
records (or a many-to-many change) moves the version on, so an edit or a publication is
public at the next request, on every app server, since the cache is shared (Redis in
production). Consultation responses are left out: they change no public page while a
consultation is open, and bulk inserts send no signals anyway. Pages that carry a CSRF
token (forms that POST) are never cached."""

import hashlib
import threading
import time
from collections import OrderedDict
from functools import wraps

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse

VERSION_KEY = "public-pages:version"
RESPONSES_KEY = "consultation-responses:version"
# Short enough that what changes with the clock alone (a consultation opening or closing)
# shows within five minutes.
TIMEOUT = 5 * 60
APPS = {"partnerships", "strategies", "subgroups", "consultations"}
IGNORED = {"consultations.Response", "consultations.UpdateRequest", "csp_portal.AuditEvent"}


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
    """Moves on with every change to the portal's records but consultation responses."""
    return _version(VERSION_KEY)


def content_changed(**kwargs) -> None:
    _bump(VERSION_KEY)


def responses_version() -> int:
    """Moves on with every consultation response stored or deleted (staff reports count
    them; public pages do not change while a consultation is open)."""
    return _version(RESPONSES_KEY)


def _on_change(sender, **kwargs):
    label = sender._meta.label
    if label == "consultations.Response":
        _bump(RESPONSES_KEY)
    app = sender._meta.app_label
    if app in APPS and label not in IGNORED and not sender.__name__.startswith("Historical"):
        content_changed()


def connect():
    post_save.connect(_on_change, dispatch_uid="pagecache-save")
    post_delete.connect(_on_change, dispatch_uid="pagecache-delete")
    m2m_changed.connect(_on_m2m_change, dispatch_uid="pagecache-m2m")


def _on_m2m_change(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        _on_change(type(instance))


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

    def put(self, key, page) -> None:
        if len(page[0]) > self.max_bytes // 4:
            return
        with self.lock:
            if key in self.pages:
                return
            self.pages[key] = (time.monotonic() + TIMEOUT, page)
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
    """For a view function: serve the page from the cache to anonymous visitors."""

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
        if response.status_code == 200 and not response.cookies and not response.streaming:
            page = (response.content, response["Content-Type"])
            cache.set(key, page, TIMEOUT)
            local_pages.put(key, page)
        return response

    return wrapper
