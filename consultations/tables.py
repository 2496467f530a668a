import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from .models import Answer


class CommentTable(tables.Table):
    text = tables.Column(verbose_name=_("Comment"), orderable=False)
    question = tables.Column(verbose_name=_("Question"), accessor="question__text", orderable=False)
    themes = tables.TemplateColumn(
        template_code="{{ record.themes.all|join:', ' }}", verbose_name=_("Themes"), orderable=False
    )
    quotable = tables.BooleanColumn(verbose_name=_("Quotable"), yesno="Yes,No")
    submitted = tables.DateTimeColumn(
        verbose_name=_("Received"), accessor="response__submitted_at", format="j M Y"
    )
    moderate = tables.TemplateColumn(
        template_name="consultations/editor/_comment_link.html", verbose_name="", orderable=False
    )

    caption = _("Comments")

    class Meta:
        model = Answer
        fields = ["text", "question", "themes", "quotable", "submitted"]
        template_name = "includes/_table.html"
        empty_text = _("No comments match.")
        row_attrs = {"id": lambda record: f"answer-{record.pk}"}
