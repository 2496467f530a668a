from django.apps import AppConfig


class CspPortalConfig(AppConfig):
    name = "csp_portal"
    verbose_name = "CSP Portal"

    def ready(self):
        from . import audit

        audit.connect_role_signals()
