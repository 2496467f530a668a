from django.contrib import admin

from .models import Consultation, ConsultationChange


class ConsultationChangeInline(admin.StackedInline):
    model = ConsultationChange
    extra = 0


@admin.register(Consultation)
class ConsultationAdmin(admin.ModelAdmin):
    list_display = ["title", "strategy", "opens_at", "closes_at", "channel", "results_published"]
    list_filter = ["channel", "results_published", "strategy__partnership"]
    search_fields = ["title", "introduction", "summary"]
    list_select_related = ["strategy__partnership"]
    autocomplete_fields = ["strategy"]
    inlines = [ConsultationChangeInline]


@admin.register(ConsultationChange)
class ConsultationChangeAdmin(admin.ModelAdmin):
    list_display = ["you_said", "consultation", "priority"]
    list_filter = ["consultation__strategy__partnership"]
    search_fields = ["you_said", "we_did"]
    list_select_related = ["consultation__strategy", "priority"]
