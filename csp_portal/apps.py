from django.apps import AppConfig


class CspPortalConfig(AppConfig):
    name = "csp_portal"
    verbose_name = "CSP Portal"

    def ready(self):
        from . import converters

        converters.register()  # before any URL pattern is read
        # The audit log's sign-in receivers register on import; the page cache listens for
        # changes to what the apps declare.
        # csp_portal.jobs's receiver of finished tasks (retries) too.
        from . import audit, jobs, pagecache  # noqa: F401

        pagecache.connect()
