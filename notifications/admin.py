from django.contrib import admin

from csp_portal.admin import ReadOnlyAdmin

from .models import PersonLanguage, Preference, Reminder


@admin.register(Reminder)
class ReminderAdmin(ReadOnlyAdmin):
    """The sent-log, to read: what was sent to whom, and what waits."""

    list_display = ["due_on", "email", "kind", "subject", "language", "sent_at", "in_digest"]
    list_filter = ["kind", "language", "in_digest"]
    search_fields = ["email", "subject", "subject_key"]
    date_hierarchy = "due_on"


@admin.register(Preference)
class PreferenceAdmin(admin.ModelAdmin):
    list_display = ["email", "partnership", "kind", "enabled", "delivery", "changed_at"]
    list_filter = ["kind", "enabled", "delivery"]
    search_fields = ["email"]


@admin.register(PersonLanguage)
class PersonLanguageAdmin(admin.ModelAdmin):
    """The language each person chose for their e-mails."""

    list_display = ["email", "language", "changed_at"]
    list_filter = ["language"]
    search_fields = ["email"]
