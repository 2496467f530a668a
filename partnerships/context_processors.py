"""Whether a page without a partnership of its own (the workspace's dashboard, the sign-in
pages) shows the language navigation (English / Cymraeg): to a person who works for a
partnership that publishes in both languages, and on the sign-in pages, which serve every
partnership. A page about one partnership shows it where that partnership is bilingual
(base.html)."""

from django.utils.functional import SimpleLazyObject

from .models import Partnership


def workspace_languages(request):
    return {"BILINGUAL_PERSON": SimpleLazyObject(lambda: _bilingual_person(request))}


def _bilingual_person(request) -> bool:
    segments = [segment for segment in request.path_info.split("/") if segment][:2]
    if not set(segments) & {"editor", "accounts"}:
        return False  # a public page: shown where its partnership is bilingual
    match = request.resolver_match
    if match and match.url_name in SIGN_IN_PAGES:
        return True
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    return user.partnership_roles.filter(
        partnership__languages=Partnership.Languages.BILINGUAL
    ).exists()


# django.contrib.auth's pages that are reached before signing in.
SIGN_IN_PAGES = {
    "login",
    "password_reset",
    "password_reset_done",
    "password_reset_confirm",
    "password_reset_complete",
}
