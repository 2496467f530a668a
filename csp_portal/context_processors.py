from functools import partial

from django.conf import settings
from django.urls import translate_url
from django.utils import translation

WELSH, ENGLISH = "cy", "en-gb"


def portal(request):
    """The portal's configurable name, for the header and page titles; the page's language,
    and on a bilingual partnership's pages the language navigation (English / Cymraeg)."""
    welsh = translation.get_language() == WELSH
    return {
        "PORTAL_NAME": settings.PORTAL_NAME,
        "HTML_LANG": "cy" if welsh else "en-GB",
        # Shown (base.html) where the page's partnership publishes in both languages.
        "LANGUAGE_NAVIGATION": partial(language_navigation, request, welsh),
    }


def language_navigation(request, welsh: bool) -> list[dict]:
    """English and Cymraeg, each linking to this page in its language (the current one not
    a link); none for a page that has no other language (the workspace's)."""
    address = request.get_full_path()
    other = translate_url(address, ENGLISH if welsh else WELSH)
    if other == address:
        return []
    return [
        {"code": "en-GB", "name": "English", "current": not welsh, "url": other if welsh else ""},
        {"code": "cy", "name": "Cymraeg", "current": welsh, "url": "" if welsh else other},
    ]
