"""Whole public pages, cached for people who are not signed in, and the content versions
that the cached pages and PDFs are keyed on.

Invalidation happens here and only here, by what changed. Each app declares in its
AppConfig what its pages and PDFs show: `public_content` maps a model to the way from one
of its records to the partnership it belongs to ("strategy.partnership"; None for what
every page may show, such as the national list of organisations), and `home_content`
names the models the home page lists. A save, delete or many-to-many change of a declared
model moves on the version of that partnership's pages, of search results (which could
contain any of it), and of the home page if it lists it; bulk writes, which send no
signal, call `content_changed()` themselves.

The versions live in the database (csp_portal.ContentVersion) and move on when the
transaction commits (`transaction.on_commit`): a visitor who reads between the save and
the commit caches the old page under the old version, which nobody asks for again, and
one who reads after the commit gets the new version. Reading them costs a cached page one
query; the cache itself (Redis in production, shared by every server) may fail or be
restarted empty without a page going stale. Pages that carry a CSRF token (forms that
POST) are never cached."""

import hashlib
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from functools import partial, wraps

from django.apps import apps
from django.core.cache import cache
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Greatest
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse

from .models import ContentVersion

logger = logging.getLogger(__name__)

ALL, HOME, SEARCH = "all", "home", "search"
# Short enough that what changes with the clock alone (a consultation opening or closing)
# shows within five minutes.
TIMEOUT = 5 * 60


def partnership_scope(slug: str) -> str:
    return f"partnership:{slug}"


def versions(scopes: Iterable[str]) -> tuple[int, ...]:
    """The current version of each scope (0 for one never changed), in one query."""
    scopes = list(scopes)
    found = dict(ContentVersion.objects.filter(scope__in=scopes).values_list("scope", "version"))
    return tuple(found.get(scope, 0) for scope in scopes)


def content_changed(*scopes: str) -> None:
    """Move the scopes on (every scope when none is named: a bulk load), once the current
    transaction commits (at once outside one)."""
    transaction.on_commit(partial(_bump, scopes or (ALL,)))


def partnership_changed(slug: str) -> None:
    """After a bulk write of a partnership's records: its pages, and search results."""
    content_changed(partnership_scope(slug), SEARCH)


def _bump(scopes: Iterable[str]) -> None:
    """Each scope to a version it never had: one more, or the clock's nanoseconds if they
    are more (after a restored backup took the versions back, a version must not come
    round again to name pages that show something else)."""
    scopes = sorted(set(scopes))  # one order, so that two bumps never wait on each other
    ContentVersion.objects.bulk_create(
        [ContentVersion(scope=scope) for scope in scopes], ignore_conflicts=True
    )
    ContentVersion.objects.filter(scope__in=scopes).update(
        version=Greatest(F("version") + 1, Value(time.time_ns()))
    )


def declared(attribute: str) -> dict[type, str | None]:
    """{model: its way to its partnership} for what the installed apps list under
    `attribute` in their AppConfig (a list names models without a way)."""
    found = {}
    for config in apps.get_app_configs():
        listed = getattr(config, attribute, ())
        ways = listed if isinstance(listed, dict) else dict.fromkeys(listed)
        found.update({config.get_model(name): way for name, way in ways.items()})
    return found


def _partnership_slug(instance, way: str | None) -> str | None:
    """The slug of the partnership a record belongs to, by its declared way ("" for a
    partnership itself); None when the record is of no one partnership or it cannot be
    told (a parent already gone)."""
    if way is None:
        return None
    target = instance
    try:
        for name in filter(None, way.split(".")):
            target = getattr(target, name)
    except ObjectDoesNotExist:  # a parent deleted in the same cascade: retire all
        return None
    return getattr(target, "slug", None)


def scopes_of(instance, public: dict[type, str | None], home: set[type]) -> tuple[str, ...]:
    model = type(instance)
    slug = _partnership_slug(instance, public[model])
    if slug is None:
        return (ALL,)
    return (partnership_scope(slug), SEARCH, *((HOME,) if model in home else ()))


def connect() -> None:
    """Listen for changes to what the apps declare (called once, when the portal starts)."""
    public, home = declared("public_content"), set(declared("home_content"))

    def changed(sender, instance, **kwargs):
        content_changed(*scopes_of(instance, public, home))

    def m2m(sender, instance, action, **kwargs):
        if action in ("post_add", "post_remove", "post_clear") and type(instance) in public:
            changed(type(instance), instance)

    for model in public:
        post_save.connect(changed, sender=model, weak=False, dispatch_uid=f"pagecache-{model}")
        post_delete.connect(changed, sender=model, weak=False, dispatch_uid=f"pagecache-{model}-d")
    m2m_changed.connect(m2m, weak=False, dispatch_uid="pagecache-m2m")


class LocalPages:
    """The pages this process served last, in memory, bounded in bytes. Keys carry the
    content versions, read from the database on every request, so an edit on any server
    retires these too. It saves moving a large page (a strategy with 2,000 actions is 2 MB)
    out of Redis on every hit, and serves pages while Redis is away."""

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

    def clear(self) -> None:
        with self.lock:
            self.pages.clear()
            self.size = 0


local_pages = LocalPages()


def _cacheable(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not request.user.is_authenticated
        and not request.COOKIES.get("messages")
    )


def page_key(request, scopes: Iterable[str], params: Iterable[str]) -> str:
    """The cache key of a page: its path, the query parameters the page reads (others,
    such as a campaign's ?utm_source=, make no new entry) and the versions of its scopes."""
    asked = "&".join(f"{p}={v}" for p in sorted(params) for v in request.GET.getlist(p))
    address = hashlib.sha256(f"{request.path}?{asked}".encode()).hexdigest()
    scopes = (ALL, *scopes)
    return f"public-page:{address}:{'.'.join(map(str, versions(scopes)))}"


def cached_public_page(
    view, *, scope: str = "", partnership_arg: str = "", params: Iterable[str] = ()
):
    """For a view function: serve the page from the cache to anonymous visitors. What the
    page shows is a `scope` (HOME, SEARCH), the pages of the partnership whose slug is the
    URL's `partnership_arg`, or (neither given) what every page may show; `params` are the
    query parameters it reads. A page that is public only until a time (a draft while its
    consultation is open) says how long it may be kept in `response.cache_timeout`
    (seconds)."""

    def scopes(kwargs) -> list[str]:
        if partnership_arg:
            return [partnership_scope(kwargs[partnership_arg])]
        return [scope] if scope else []  # a page of the portal's own: ALL alone

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _cacheable(request):
            return view(request, *args, **kwargs)
        key = page_key(request, scopes(kwargs), params)
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


def slot(name: str) -> str:
    """The marker a form page is rendered with where a value of each visitor's own goes."""
    return f"portal-slot-{name}-a6c1e"


def cached_form_page(
    request, scopes: Iterable[str], render: Callable[[dict], HttpResponse], fills: dict
) -> HttpResponse:
    """A page with a form, for anonymous visitors: rendered once with a marker (`slot`)
    where each value of the visitor's own goes (`fills`: name -> a function giving it, such
    as the CSRF token or a one-time submission id), kept as a public page is, and served
    with the markers replaced. `render(values)` renders the page with those values; others
    (signed in, with a message waiting) get it rendered for them."""
    if not _cacheable(request):
        return render({name: fill() for name, fill in fills.items()})
    key = f"{page_key(request, scopes, ())}:form"
    hit = local_pages.get(key)
    if hit is None:
        hit = cache.get(key)
        if hit is not None:
            local_pages.put(key, hit)
    if hit is None:
        response = render({name: slot(name) for name in fills})
        if response.status_code != 200 or response.cookies or response.streaming:
            return render({name: fill() for name, fill in fills.items()})
        hit = (response.content, response["Content-Type"])
        timeout = min(TIMEOUT, getattr(response, "cache_timeout", TIMEOUT))
        if timeout > 0:
            cache.set(key, hit, timeout)
            local_pages.put(key, hit, timeout)
    content, content_type = hit
    for name, fill in fills.items():
        content = content.replace(slot(name).encode(), fill().encode())
    return HttpResponse(content, content_type=content_type)
