from django.apps import AppConfig


class CspPortalConfig(AppConfig):
    name = "csp_portal"
    verbose_name = "CSP Portal"

    def ready(self):
        from . import converters

        converters.register()  # before any URL pattern is read
        # The audit log's sign-in receivers register on import; the page cache listens for
        # changes to what the apps declare.
        from . import audit, pagecache  # noqa: F401

        pagecache.connect()
