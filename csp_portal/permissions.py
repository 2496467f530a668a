"""Who may do what, in one place: views, templates and tests all ask these functions."""

from partnerships.models import Partnership


def can_read_drafts(user, partnership: Partnership) -> bool:
    """Unpublished strategies and staff reports: staff of the portal for now."""
    return bool(user.is_authenticated and user.is_active and (user.is_superuser or user.is_staff))
