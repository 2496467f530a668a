"""Welsh addresses (/cy/...) of partnerships that publish in English only, and who sees the
language navigation in the workspace."""

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponseRedirect
from django.utils import translation

from .models import RESERVED_SLUGS, Partnership

WELSH = "cy"


class PartnershipLanguageMiddleware:
    """Every page of a partnership's is under /<its slug>/ (/cy/<its slug>/ in Welsh). A
    Welsh address of a partnership that publishes in English only redirects to the same page
    in English (there is no Welsh version to show; a dead end would help nobody who followed
    a Welsh link). An English address costs no query: the templates show the language
    navigation where the page's `partnership` is bilingual."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if translation.get_language() == WELSH:
            languages = partnership_languages(partnership_slug(request.path_info))
            if languages == Partnership.Languages.ENGLISH:
                return HttpResponseRedirect(english_address(request.get_full_path()))
        return self.get_response(request)


def partnership_slug(path: str) -> str | None:
    """The slug of the partnership an address is about, when it names one: the first
    segment after the language prefix (not one of the portal's own paths), or in the
    workspace the segment after /editor/partnerships/."""
    segments = [segment for segment in path.split("/") if segment]
    if segments and segments[0] == WELSH:
        segments = segments[1:]
    if segments[:2] == ["editor", "partnerships"] and len(segments) > 2:
        return segments[2]
    if not segments or segments[0] in _portal_paths():
        return None
    return segments[0]


def partnership_languages(slug: str | None) -> str | None:
    """The languages of the partnership with this slug; None for no partnership, or while
    the database cannot say (the view's own query then shows the outage page)."""
    if not slug:
        return None
    try:
        return Partnership.objects.filter(slug=slug).values_list("languages", flat=True).first()
    except DatabaseError:
        return None


def english_address(full_path: str) -> str:
    """/cy/woking/ -> /woking/."""
    return full_path[len(f"/{WELSH}") :] or "/"


def _portal_paths() -> set[str]:
    return RESERVED_SLUGS | {settings.STATIC_URL.strip("/"), settings.MEDIA_URL.strip("/")}
