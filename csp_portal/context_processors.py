from django.conf import settings


def portal(request):
    """The portal's configurable name, for the header and page titles."""
    return {"PORTAL_NAME": settings.PORTAL_NAME}
