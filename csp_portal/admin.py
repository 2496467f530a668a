from django.contrib import admin

from .models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Read-only, and for superusers alone: the log is evidence."""

    list_display = ["at", "kind", "username", "ip_address", "partnership", "detail"]
    list_filter = ["kind", "partnership"]
    search_fields = ["username", "detail", "ip_address"]
    date_hierarchy = "at"
    list_select_related = ["partnership"]

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
