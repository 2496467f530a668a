"""The signed token of an unsubscribe link: who, which partnership, which kind. It needs no
signing in and does not expire (an old e-mail's link still works); it cannot be forged
without the SECRET_KEY."""

from django.conf import settings
from django.core import signing
from django.urls import reverse

SALT = "notifications.unsubscribe"


def unsubscribe_token(email: str, partnership_id: int, kind: str) -> str:
    """The same for the same person, partnership and kind (no timestamp)."""
    data = {"e": email.lower(), "p": partnership_id, "k": kind}
    return signing.Signer(salt=SALT).sign_object(data)


def read_token(token: str) -> tuple[str, int, str] | None:
    """(email, partnership id, kind), or None for a token that was not made here."""
    try:
        data = signing.Signer(salt=SALT).unsign_object(token)
        return str(data["e"]), int(data["p"]), str(data["k"])
    except (signing.BadSignature, KeyError, TypeError, ValueError, UnicodeError):
        return None


def absolute(path: str) -> str:
    """A link that leaves the portal, as e-mails' are: on SITE_URL."""
    return settings.SITE_URL + path


def unsubscribe_url(email: str, partnership_id: int, kind: str) -> str:
    token = unsubscribe_token(email, partnership_id, kind)
    return absolute(reverse("notifications:unsubscribe", kwargs={"token": token}))
