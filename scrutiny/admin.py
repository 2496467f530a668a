from django.contrib import admin

from csp_portal.admin import inline

from .models import ScrutinyRecommendation, ScrutinyReview


@admin.register(ScrutinyReview)
class ScrutinyReviewAdmin(admin.ModelAdmin):
    list_display = ["committee", "partnership", "meeting_on", "outcome"]
    list_filter = ["outcome", "partnership"]
    search_fields = ["committee", "purpose", "recommendations"]
    list_select_related = ["partnership"]
    date_hierarchy = "meeting_on"
    inlines = [inline(ScrutinyRecommendation, stacked=True)]


@admin.register(ScrutinyRecommendation)
class ScrutinyRecommendationAdmin(admin.ModelAdmin):
    list_display = ["__str__", "review", "status", "updated_on"]
    list_filter = ["status", "review__partnership"]
    search_fields = ["text", "response"]
    list_select_related = ["review"]
