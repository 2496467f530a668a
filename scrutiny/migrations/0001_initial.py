"""Scrutiny's models, moved out of the strategies app with their tables, rows and content
types."""

import django.db.models.deletion
from django.db import migrations, models


CONTENT_TYPES = ["scrutinyreview", "scrutinyrecommendation"]


def move_content_types(apps, schema_editor, source="strategies", target="scrutiny"):
    """Permissions and history point at content types: they follow the models."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label=source, model__in=CONTENT_TYPES).update(app_label=target)


def move_content_types_back(apps, schema_editor):
    move_content_types(apps, schema_editor, source="scrutiny", target="strategies")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("partnerships", "0003_partnershiprole"),
        ("strategies", "0007_monitoring"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        # The tables stay as the strategies app made them, rows and all: only Django's idea
        # of which app owns them changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ScrutinyReview",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("committee", models.CharField(max_length=200)),
                        ("meeting_on", models.DateField()),
                        (
                            "purpose",
                            models.TextField(
                                blank=True,
                                help_text="What the committee was asked to do.",
                                max_length=5000,
                            ),
                        ),
                        (
                            "outcome",
                            models.CharField(
                                choices=[
                                    ("pending", "Awaiting the meeting"),
                                    ("endorsed", "Endorsed"),
                                    ("noted", "Noted"),
                                    ("recommendations", "Recommendations made"),
                                    ("referred_back", "Referred back with concerns"),
                                    ("not_recorded", "Outcome not recorded"),
                                ],
                                default="pending",
                                max_length=20,
                            ),
                        ),
                        (
                            "recommendations",
                            models.TextField(blank=True, help_text="Markdown.", max_length=10000),
                        ),
                        ("report_author", models.CharField(blank=True, max_length=200)),
                        (
                            "partnership",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="scrutiny_reviews",
                                to="partnerships.partnership",
                            ),
                        ),
                        (
                            "strategy",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="scrutiny_reviews",
                                to="strategies.strategy",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "strategies_scrutinyreview",
                        "ordering": ["partnership", "-meeting_on"],
                    },
                ),
                migrations.CreateModel(
                    name="ScrutinyRecommendation",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("order", models.PositiveIntegerField(default=0)),
                        ("text", models.TextField(max_length=3000)),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("open", "Not yet answered"),
                                    ("accepted", "Accepted"),
                                    ("in_progress", "In progress"),
                                    ("done", "Done"),
                                    ("not_accepted", "Not accepted"),
                                ],
                                default="open",
                                max_length=20,
                            ),
                        ),
                        (
                            "response",
                            models.TextField(
                                blank=True,
                                help_text="What the partnership did about it.",
                                max_length=5000,
                            ),
                        ),
                        ("updated_on", models.DateField(blank=True, null=True)),
                        (
                            "review",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="recommendation_items",
                                to="scrutiny.scrutinyreview",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "strategies_scrutinyrecommendation",
                        "ordering": ["review", "order", "pk"],
                    },
                ),
            ],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
