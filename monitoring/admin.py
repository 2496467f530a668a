from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from csp_portal.admin import inline

from .models import Indicator, IndicatorValue, ProgressUpdate, QuarterPublication


@admin.register(ProgressUpdate)
class ProgressUpdateAdmin(SimpleHistoryAdmin):
    list_display = ["action", "year", "quarter", "rag", "late", "by", "updated_at"]
    list_filter = ["rag", "late", "year", "action__strategy__partnership"]
    search_fields = ["commentary", "action__delivery"]
    list_select_related = ["action", "by"]
    raw_id_fields = ["action"]


@admin.register(QuarterPublication)
class QuarterPublicationAdmin(admin.ModelAdmin):
    list_display = ["strategy", "year", "quarter", "by", "at"]
    list_filter = ["strategy__partnership"]
    list_select_related = ["strategy", "by"]


@admin.register(Indicator)
class IndicatorAdmin(SimpleHistoryAdmin):
    list_display = ["name", "strategy", "unit", "direction", "baseline", "target"]
    list_filter = ["direction", "strategy__partnership"]
    search_fields = ["name", "source"]
    list_select_related = ["strategy"]
    inlines = [inline(IndicatorValue)]


@admin.register(IndicatorValue)
class IndicatorValueAdmin(SimpleHistoryAdmin):
    list_display = ["indicator", "year", "quarter", "value"]
    list_filter = ["indicator__strategy__partnership"]
    search_fields = ["indicator__name"]
    list_select_related = ["indicator"]
