from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from csp_portal.admin import inline

from .models import (
    Action,
    DeliveryArea,
    Document,
    Milestone,
    PolicyLink,
    Risk,
    Strand,
    StrategicAssessment,
    StrategicPriority,
    Strategy,
    StrategyTransition,
    Theme,
)


class DeliveryAreaInline(admin.TabularInline):
    model = DeliveryArea
    extra = 0
    fields = ["order", "title", "priority", "themes"]
    show_change_link = True

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        # Only the priorities of this strategy can be chosen.
        queryset = (
            StrategicPriority.objects.filter(strategy=obj)
            if obj
            else StrategicPriority.objects.none()
        )
        formset.form.base_fields["priority"].queryset = queryset
        return formset


@admin.register(Strategy)
class StrategyAdmin(SimpleHistoryAdmin):
    list_display = ["title", "partnership", "period_label", "revision", "status", "published_on"]
    list_filter = ["status", "partnership"]
    search_fields = ["title", "summary", "partnership__name"]
    list_select_related = ["partnership"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["partnership", "supersedes"]
    inlines = [
        inline(
            StrategicPriority,
            stacked=True,
            fields=["order", "title", "subtitle", "description", "themes"],
            filter_horizontal=["themes"],
            show_change_link=True,
        ),
        DeliveryAreaInline,
        inline(Milestone, fields=["kind", "title", "body", "planned_on", "actual_on", "note"]),
        inline(Risk, fields=["order", "title", "description", "mitigation", "rating"]),
        inline(PolicyLink),
    ]

    @admin.display(description="Period", ordering="period_start_year")
    def period_label(self, obj):
        return obj.period_label


class PriorityDeliveryAreaInline(admin.TabularInline):
    model = DeliveryArea
    extra = 0
    fields = ["order", "title", "description", "themes"]

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form.base_fields.pop("strategy", None)
        return formset


@admin.register(StrategicPriority)
class StrategicPriorityAdmin(SimpleHistoryAdmin):
    list_display = ["title", "strategy", "order"]
    list_filter = ["strategy__partnership", "themes"]
    search_fields = ["title", "description", "strategy__title"]
    list_select_related = ["strategy__partnership"]
    filter_horizontal = ["themes", "subgroups"]
    inlines = [PriorityDeliveryAreaInline]

    def save_formset(self, request, form, formset, change):
        # A delivery area added under a priority belongs to that priority's strategy.
        for area in formset.save(commit=False):
            area.strategy = form.instance.strategy
            area.save()
        for area in formset.deleted_objects:
            area.delete()
        formset.save_m2m()


@admin.register(DeliveryArea)
class DeliveryAreaAdmin(SimpleHistoryAdmin):
    list_display = ["title", "strategy", "priority", "order"]
    list_filter = ["strategy__partnership", "themes"]
    search_fields = ["title", "description"]
    list_select_related = ["strategy__partnership", "priority"]
    filter_horizontal = ["themes", "subgroups"]


@admin.register(Action)
class ActionAdmin(SimpleHistoryAdmin):
    list_display = ["delivery", "strategy", "priority", "area", "year", "four_p", "lead_label"]
    list_filter = ["strategy__partnership", "year", "four_p"]
    search_fields = ["delivery", "success_measure", "target", "area", "lead_description"]
    list_select_related = [
        "strategy__partnership",
        "priority",
        "lead_organisation",
        "lead_subgroup",
    ]
    autocomplete_fields = ["strategy", "lead_organisation", "lead_subgroup"]


@admin.register(Milestone)
class MilestoneAdmin(admin.ModelAdmin):
    list_display = ["title", "strategy", "kind", "body", "planned_on", "actual_on"]
    list_filter = ["kind", "strategy__partnership"]
    search_fields = ["title", "body", "note"]
    list_select_related = ["strategy__partnership"]


@admin.register(Risk)
class RiskAdmin(admin.ModelAdmin):
    list_display = ["title", "strategy", "rating"]
    list_filter = ["strategy__partnership", "rating"]
    search_fields = ["title", "description", "mitigation"]
    list_select_related = ["strategy__partnership"]


@admin.register(PolicyLink)
class PolicyLinkAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "strategy"]
    list_filter = ["kind", "strategy__partnership"]
    search_fields = ["title", "note"]
    list_select_related = ["strategy__partnership"]


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "partnership", "strategy", "dated"]
    list_filter = ["kind", "partnership"]
    search_fields = ["title", "description"]
    list_select_related = ["partnership", "strategy"]


@admin.register(StrategicAssessment)
class StrategicAssessmentAdmin(admin.ModelAdmin):
    list_display = ["title", "partnership", "completed_on", "data_period"]
    list_filter = ["partnership"]
    search_fields = ["title", "summary"]
    list_select_related = ["partnership"]


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["name", "strand_list"]
    list_filter = ["strands"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["strands"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("strands")

    @admin.display(description="Statutory strands")
    def strand_list(self, obj):
        return ", ".join(s.name for s in obj.strands.all())


@admin.register(Strand)
class StrandAdmin(admin.ModelAdmin):
    list_display = ["name", "source", "in_force_from"]
    search_fields = ["name", "source"]


@admin.register(StrategyTransition)
class StrategyTransitionAdmin(admin.ModelAdmin):
    list_display = ["strategy", "from_status", "to_status", "by", "at"]
    list_filter = ["to_status", "strategy__partnership"]
    search_fields = ["strategy__title", "comment", "by__username"]
    list_select_related = ["strategy__partnership", "by"]
    readonly_fields = ["strategy", "from_status", "to_status", "by", "at", "comment"]

    def has_add_permission(self, request):
        return False  # transitions are made by the workflow, not typed in
