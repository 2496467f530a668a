from django.apps import AppConfig


class CspPortalConfig(AppConfig):
    name = "csp_portal"
    verbose_name = "CSP Portal"

    def ready(self):
        from . import audit, pagecache

        audit.connect_role_signals()
        pagecache.connect()
