"""Monitoring's models, moved out of the strategies app with their tables, rows, history and
content types."""

import django.db.models.deletion
import django.utils.timezone
import simple_history.models
from django.conf import settings
from django.db import migrations, models


CONTENT_TYPES = [
    "progressupdate",
    "historicalprogressupdate",
    "quarterpublication",
    "indicator",
    "historicalindicator",
    "indicatorvalue",
]


def move_content_types(apps, schema_editor, source="strategies", target="monitoring"):
    """Permissions and history point at content types: they follow the models."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label=source, model__in=CONTENT_TYPES).update(app_label=target)


def move_content_types_back(apps, schema_editor):
    move_content_types(apps, schema_editor, source="monitoring", target="strategies")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("strategies", "0007_monitoring"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        # The tables stay as the strategies app made them, rows and all: only Django's idea
        # of which app owns them changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="HistoricalIndicator",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        ("order", models.PositiveIntegerField(default=0)),
                        ("name", models.CharField(max_length=200)),
                        (
                            "unit",
                            models.CharField(
                                help_text="E.g. 'offences', '%', 'per 1,000 people'.", max_length=40
                            ),
                        ),
                        (
                            "direction",
                            models.CharField(
                                choices=[
                                    ("lower", "Lower is better"),
                                    ("higher", "Higher is better"),
                                ],
                                max_length=10,
                            ),
                        ),
                        (
                            "frequency",
                            models.CharField(
                                choices=[("quarterly", "Quarterly"), ("annual", "Yearly")],
                                default="quarterly",
                                max_length=10,
                            ),
                        ),
                        (
                            "baseline",
                            models.DecimalField(
                                blank=True, decimal_places=2, max_digits=12, null=True
                            ),
                        ),
                        (
                            "baseline_period",
                            models.CharField(
                                blank=True, help_text="E.g. '2020/21'.", max_length=60
                            ),
                        ),
                        (
                            "target",
                            models.DecimalField(
                                blank=True, decimal_places=2, max_digits=12, null=True
                            ),
                        ),
                        (
                            "source",
                            models.CharField(
                                blank=True, help_text="Where the figures come from.", max_length=300
                            ),
                        ),
                        ("history_id", models.AutoField(primary_key=True, serialize=False)),
                        ("history_date", models.DateTimeField(db_index=True)),
                        ("history_change_reason", models.CharField(max_length=100, null=True)),
                        (
                            "history_type",
                            models.CharField(
                                choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")],
                                max_length=1,
                            ),
                        ),
                        (
                            "history_user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "priority",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="strategies.strategicpriority",
                            ),
                        ),
                        (
                            "strategy",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="strategies.strategy",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical indicator",
                        "verbose_name_plural": "historical indicators",
                        "db_table": "strategies_historicalindicator",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalProgressUpdate",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "year",
                            models.PositiveIntegerField(
                                help_text="The financial year's first year: 2021 for 2021/22."
                            ),
                        ),
                        (
                            "quarter",
                            models.PositiveSmallIntegerField(
                                choices=[(1, "Q1"), (2, "Q2"), (3, "Q3"), (4, "Q4")]
                            ),
                        ),
                        (
                            "rag",
                            models.CharField(
                                choices=[
                                    ("not_started", "Not started"),
                                    ("red", "Red"),
                                    ("amber", "Amber"),
                                    ("green", "Green"),
                                    ("complete", "Complete"),
                                ],
                                max_length=12,
                                verbose_name="RAG status",
                            ),
                        ),
                        ("commentary", models.TextField(max_length=3000)),
                        (
                            "evidence_url",
                            models.URLField(
                                blank=True, max_length=500, verbose_name="evidence link"
                            ),
                        ),
                        (
                            "late",
                            models.BooleanField(
                                default=False, help_text="Entered after the quarter had closed."
                            ),
                        ),
                        ("updated_at", models.DateTimeField(default=django.utils.timezone.now)),
                        ("history_id", models.AutoField(primary_key=True, serialize=False)),
                        ("history_date", models.DateTimeField(db_index=True)),
                        ("history_change_reason", models.CharField(max_length=100, null=True)),
                        (
                            "history_type",
                            models.CharField(
                                choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")],
                                max_length=1,
                            ),
                        ),
                        (
                            "action",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="strategies.action",
                            ),
                        ),
                        (
                            "by",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "history_user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical progress update",
                        "verbose_name_plural": "historical progress updates",
                        "db_table": "strategies_historicalprogressupdate",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="Indicator",
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
                        ("name", models.CharField(max_length=200)),
                        (
                            "unit",
                            models.CharField(
                                help_text="E.g. 'offences', '%', 'per 1,000 people'.", max_length=40
                            ),
                        ),
                        (
                            "direction",
                            models.CharField(
                                choices=[
                                    ("lower", "Lower is better"),
                                    ("higher", "Higher is better"),
                                ],
                                max_length=10,
                            ),
                        ),
                        (
                            "frequency",
                            models.CharField(
                                choices=[("quarterly", "Quarterly"), ("annual", "Yearly")],
                                default="quarterly",
                                max_length=10,
                            ),
                        ),
                        (
                            "baseline",
                            models.DecimalField(
                                blank=True, decimal_places=2, max_digits=12, null=True
                            ),
                        ),
                        (
                            "baseline_period",
                            models.CharField(
                                blank=True, help_text="E.g. '2020/21'.", max_length=60
                            ),
                        ),
                        (
                            "target",
                            models.DecimalField(
                                blank=True, decimal_places=2, max_digits=12, null=True
                            ),
                        ),
                        (
                            "source",
                            models.CharField(
                                blank=True, help_text="Where the figures come from.", max_length=300
                            ),
                        ),
                        (
                            "priority",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="indicators",
                                to="strategies.strategicpriority",
                            ),
                        ),
                        (
                            "strategy",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="indicators",
                                to="strategies.strategy",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "strategies_indicator",
                        "ordering": ["strategy", "order", "pk"],
                    },
                ),
                migrations.CreateModel(
                    name="IndicatorValue",
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
                        (
                            "year",
                            models.PositiveIntegerField(
                                help_text="The financial year's first year."
                            ),
                        ),
                        ("quarter", models.PositiveSmallIntegerField(blank=True, null=True)),
                        ("value", models.DecimalField(decimal_places=2, max_digits=12)),
                        ("note", models.CharField(blank=True, max_length=300)),
                        (
                            "indicator",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="values",
                                to="monitoring.indicator",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "strategies_indicatorvalue",
                        "ordering": [
                            "indicator",
                            "year",
                            models.OrderBy(models.F("quarter"), nulls_last=True),
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="ProgressUpdate",
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
                        (
                            "year",
                            models.PositiveIntegerField(
                                help_text="The financial year's first year: 2021 for 2021/22."
                            ),
                        ),
                        (
                            "quarter",
                            models.PositiveSmallIntegerField(
                                choices=[(1, "Q1"), (2, "Q2"), (3, "Q3"), (4, "Q4")]
                            ),
                        ),
                        (
                            "rag",
                            models.CharField(
                                choices=[
                                    ("not_started", "Not started"),
                                    ("red", "Red"),
                                    ("amber", "Amber"),
                                    ("green", "Green"),
                                    ("complete", "Complete"),
                                ],
                                max_length=12,
                                verbose_name="RAG status",
                            ),
                        ),
                        ("commentary", models.TextField(max_length=3000)),
                        (
                            "evidence_url",
                            models.URLField(
                                blank=True, max_length=500, verbose_name="evidence link"
                            ),
                        ),
                        (
                            "late",
                            models.BooleanField(
                                default=False, help_text="Entered after the quarter had closed."
                            ),
                        ),
                        ("updated_at", models.DateTimeField(default=django.utils.timezone.now)),
                        (
                            "action",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="progress_updates",
                                to="strategies.action",
                            ),
                        ),
                        (
                            "by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "db_table": "strategies_progressupdate",
                        "ordering": ["action", "-year", "-quarter"],
                    },
                ),
                migrations.CreateModel(
                    name="QuarterPublication",
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
                        ("year", models.PositiveIntegerField()),
                        ("quarter", models.PositiveSmallIntegerField()),
                        ("at", models.DateTimeField(auto_now_add=True)),
                        (
                            "by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "strategy",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="published_quarters",
                                to="strategies.strategy",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "strategies_quarterpublication",
                        "ordering": ["strategy", "-year", "-quarter"],
                    },
                ),
                migrations.AddConstraint(
                    model_name="indicator",
                    constraint=models.UniqueConstraint(
                        fields=("strategy", "name"), name="unique_indicator_name"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="indicatorvalue",
                    constraint=models.UniqueConstraint(
                        fields=("indicator", "year", "quarter"),
                        name="one_value_a_period",
                        nulls_distinct=False,
                    ),
                ),
                migrations.AddConstraint(
                    model_name="indicatorvalue",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            ("quarter__isnull", True), ("quarter__range", (1, 4)), _connector="OR"
                        ),
                        name="indicator_quarter_1_to_4",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="progressupdate",
                    constraint=models.UniqueConstraint(
                        fields=("action", "year", "quarter"), name="one_update_an_action_a_quarter"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="quarterpublication",
                    constraint=models.UniqueConstraint(
                        fields=("strategy", "year", "quarter"), name="publish_a_quarter_once"
                    ),
                ),
            ],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
