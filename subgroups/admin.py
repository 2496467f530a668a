from django.contrib import admin

from csp_portal.admin import inline

from .models import Subgroup, SubgroupMember


@admin.register(Subgroup)
class SubgroupAdmin(admin.ModelAdmin):
    list_display = ["name", "acronym", "partnership", "kind", "chair_role", "meeting_frequency"]
    list_filter = ["kind", "partnership"]
    search_fields = ["name", "acronym", "overview", "chair_role"]
    list_select_related = ["partnership"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["partnership", "run_by"]
    inlines = [inline(SubgroupMember, autocomplete_fields=["organisation"])]


@admin.register(SubgroupMember)
class SubgroupMemberAdmin(admin.ModelAdmin):
    list_display = ["name", "subgroup", "organisation"]
    list_filter = ["subgroup__partnership"]
    search_fields = ["name", "subgroup__name", "organisation__name"]
    list_select_related = ["subgroup__partnership", "organisation"]
