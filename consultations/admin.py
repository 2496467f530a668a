from django.contrib import admin

from csp_portal.admin import EvidenceAdmin, inline

from .models import (
    Answer,
    Consultation,
    ConsultationChange,
    Question,
    ReportedResult,
    Response,
    Tally,
    UpdateRequest,
)


@admin.register(ReportedResult)
class ReportedResultAdmin(admin.ModelAdmin):
    list_display = ["statement", "consultation", "respondents", "agree_percent"]
    list_filter = ["consultation__strategy__partnership"]
    search_fields = ["statement"]
    list_select_related = ["consultation"]


@admin.register(Consultation)
class ConsultationAdmin(admin.ModelAdmin):
    list_display = ["title", "strategy", "opens_at", "closes_at", "channel", "results_published"]
    list_filter = ["channel", "results_published", "strategy__partnership"]
    search_fields = ["title", "introduction", "summary"]
    list_select_related = ["strategy__partnership"]
    autocomplete_fields = ["strategy"]
    inlines = [
        inline(Question, fields=["order", "kind", "priority", "text", "options", "required"]),
        inline(ConsultationChange, stacked=True),
        inline(
            ReportedResult,
            fields=["order", "statement", "priority", "respondents", "agree_percent", "note"],
        ),
    ]


@admin.register(ConsultationChange)
class ConsultationChangeAdmin(admin.ModelAdmin):
    list_display = ["you_said", "consultation", "priority"]
    list_filter = ["consultation__strategy__partnership"]
    search_fields = ["you_said", "we_did"]
    list_select_related = ["consultation__strategy", "priority"]


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ["text", "kind", "consultation", "order", "required"]
    list_filter = ["kind", "consultation__strategy__partnership"]
    search_fields = ["text"]
    list_select_related = ["consultation"]


class ResponseOnlyFromThePublic:
    """Responses and their answers come from the public form only; the admin reads them
    (and can delete abuse), but never writes an answer in someone's name."""

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Response)
class ResponseAdmin(ResponseOnlyFromThePublic, admin.ModelAdmin):
    list_display = ["reference", "consultation", "submitted_at"]
    list_filter = ["consultation__strategy__partnership"]
    search_fields = ["reference"]
    readonly_fields = ["consultation", "reference", "submitted_at"]
    list_select_related = ["consultation"]
    inlines = [
        inline(
            Answer,
            fields=["question", "choice", "text", "quotable"],
            readonly_fields=["question", "choice", "text"],
            can_delete=False,
        )
    ]


@admin.register(Answer)
class AnswerAdmin(ResponseOnlyFromThePublic, admin.ModelAdmin):
    list_display = ["__str__", "question", "quotable"]
    list_filter = ["quotable", "question__kind"]
    search_fields = ["text"]
    readonly_fields = ["response", "question", "choice", "text"]
    list_select_related = ["question"]


@admin.register(Tally)
class TallyAdmin(EvidenceAdmin):
    """The answers counted by the database as they arrive: read, never written here."""

    list_display = ["question", "choice", "respondent_type", "area", "channel", "n"]
    list_filter = ["question__consultation__strategy__partnership", "channel"]
    list_select_related = ["question"]


@admin.register(UpdateRequest)
class UpdateRequestAdmin(admin.ModelAdmin):
    list_display = ["email", "consultation", "created_at"]
    list_filter = ["consultation__strategy__partnership"]
    search_fields = ["email"]
