from django.contrib import admin

from .models import AuditEvent


def inline(model, *, stacked=False, **options) -> type[admin.options.InlineModelAdmin]:
    """The records of `model` on their owner's page, a row each (or a block each, stacked),
    with no empty rows offered: what the apps' admins list under a partnership, a strategy,
    a consultation ..."""
    base = admin.StackedInline if stacked else admin.TabularInline
    return type(f"{model.__name__}Inline", (base,), {"model": model, "extra": 0, **options})


class ReadOnlyAdmin(admin.ModelAdmin):
    """Rows the portal writes itself (a log, a count, a sent-log): read here, never added or
    changed by hand."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class EvidenceAdmin(ReadOnlyAdmin):
    """Read-only, and never deleted here either: the rows are evidence."""

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(AuditEvent)
class AuditEventAdmin(EvidenceAdmin):
    """For superusers alone: the log is evidence."""

    list_display = ["at", "kind", "username", "ip_address", "partnership", "detail"]
    list_filter = ["kind", "partnership"]
    search_fields = ["username", "detail", "ip_address"]
    date_hierarchy = "at"
    list_select_related = ["partnership"]

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser
