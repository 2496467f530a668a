"""Whole public pages, cached for people who are not signed in.

Every cached page is keyed on one content version. Any save or delete of the portal's
records (or a many-to-many change) moves the version on, so an edit or a publication is
public at the next request, on every app server, since the cache is shared (Redis in
production). Consultation responses are left out: they change no public page while a
consultation is open, and bulk inserts send no signals anyway. Pages that carry a CSRF
token (forms that POST) are never cached."""

import hashlib
from functools import wraps

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse

VERSION_KEY = "public-pages:version"
# Short enough that what changes with the clock alone (a consultation opening or closing)
# shows within five minutes.
TIMEOUT = 5 * 60
APPS = {"partnerships", "strategies", "subgroups", "consultations"}
IGNORED = {"consultations.Response", "consultations.UpdateRequest", "csp_portal.AuditEvent"}


def content_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def content_changed(**kwargs) -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not there yet (or evicted): any new value retires the old pages
        cache.set(VERSION_KEY, 2, timeout=None)


def _on_change(sender, **kwargs):
    label = sender._meta.label
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
        hit = cache.get(key)
        if hit is not None:
            content, content_type = hit
            return HttpResponse(content, content_type=content_type)
        response = view(request, *args, **kwargs)
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        if response.status_code == 200 and not response.cookies and not response.streaming:
            cache.set(key, (response.content, response["Content-Type"]), TIMEOUT)
        return response

    return wrapper
