from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from csp_portal.admin import inline

from .models import (
    BoardMeeting,
    BoardPost,
    Contact,
    Funding,
    GovernanceLink,
    Membership,
    Organisation,
    Partnership,
    PartnershipRole,
)


@admin.register(Partnership)
class PartnershipAdmin(admin.ModelAdmin):
    list_display = ["name", "local_name", "area", "nation", "languages"]
    list_filter = ["nation", "languages"]
    search_fields = ["name", "local_name", "area"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [
        inline(
            Membership,
            autocomplete_fields=["organisation"],
            fields=[
                "organisation",
                "role",
                "representative",
                "member_from",
                "member_until",
                "order",
            ],
        ),
        inline(Contact, autocomplete_fields=["organisation"]),
        inline(Funding, autocomplete_fields=["source"]),
        inline(GovernanceLink),
        inline(BoardPost, autocomplete_fields=["organisation"]),
        inline(BoardMeeting),
        inline(
            PartnershipRole,
            fk_name="partnership",
            autocomplete_fields=["user"],
            fields=["user", "role", "granted_by", "granted_at"],
            readonly_fields=["granted_by", "granted_at"],
        ),
    ]


@admin.register(Organisation)
class OrganisationAdmin(SimpleHistoryAdmin):
    list_display = ["name", "short_name", "kind", "abolished_on", "replaced_by"]
    list_filter = ["kind"]
    search_fields = ["name", "short_name"]
    autocomplete_fields = ["replaced_by"]


@admin.register(BoardPost)
class BoardPostAdmin(SimpleHistoryAdmin):
    list_display = ["holder", "post", "partnership", "held_from", "held_until"]
    list_filter = ["post", "partnership"]
    search_fields = ["holder", "partnership__name"]
    list_select_related = ["partnership"]
    autocomplete_fields = ["partnership", "organisation"]


@admin.register(BoardMeeting)
class BoardMeetingAdmin(SimpleHistoryAdmin):
    list_display = ["partnership", "held_on", "note"]
    list_filter = ["partnership"]
    list_select_related = ["partnership"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["organisation", "partnership", "role", "member_until"]
    list_filter = ["role", "partnership", "organisation__kind"]
    search_fields = ["organisation__name", "partnership__name", "representative"]
    list_select_related = ["organisation", "partnership"]
    autocomplete_fields = ["organisation", "partnership"]


@admin.register(Funding)
class FundingAdmin(admin.ModelAdmin):
    list_display = ["name", "partnership", "financial_year_label", "amount", "source"]
    list_filter = ["partnership", "financial_year"]
    search_fields = ["name", "source_description", "purpose", "partnership__name"]
    list_select_related = ["partnership", "source"]
    autocomplete_fields = ["partnership", "source"]

    @admin.display(description="Financial year", ordering="financial_year")
    def financial_year_label(self, obj):
        return obj.financial_year_label


@admin.register(Contact)
class ContactAdmin(admin.ModelAdmin):
    list_display = ["name", "role", "partnership", "is_public"]
    list_filter = ["partnership", "is_public"]
    search_fields = ["name", "role", "email"]
    list_select_related = ["partnership"]


@admin.register(GovernanceLink)
class GovernanceLinkAdmin(admin.ModelAdmin):
    list_display = ["body", "kind", "partnership"]
    list_filter = ["kind", "partnership"]
    search_fields = ["body", "description"]
    list_select_related = ["partnership"]


@admin.register(PartnershipRole)
class PartnershipRoleAdmin(admin.ModelAdmin):
    list_display = ["user", "partnership", "role", "granted_at", "granted_by"]
    list_filter = ["role", "partnership"]
    search_fields = ["user__username", "user__email", "partnership__name"]
    list_select_related = ["user", "partnership", "granted_by"]
    autocomplete_fields = ["user", "partnership"]
    readonly_fields = ["granted_at", "granted_by"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.granted_by = request.user
        super().save_model(request, obj, form, change)
