"""Monitoring and scrutiny now live in apps of their own (their migrations 0001 took over the
tables); priorities and delivery areas now hold the relation to the subgroups that deliver
them, in the same tables as before."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("strategies", "0007_monitoring"),
        ("monitoring", "0001_initial"),
        ("scrutiny", "0001_initial"),
        ("subgroups", "0002_priorities_hold_their_subgroups"),
    ]

    operations = [
        # Nothing changes in the database: the tables and their rows stay where they are.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name="historicalprogressupdate",
                    name="action",
                ),
                migrations.RemoveField(
                    model_name="historicalprogressupdate",
                    name="by",
                ),
                migrations.RemoveField(
                    model_name="historicalprogressupdate",
                    name="history_user",
                ),
                migrations.RemoveField(
                    model_name="indicator",
                    name="priority",
                ),
                migrations.RemoveField(
                    model_name="indicator",
                    name="strategy",
                ),
                migrations.RemoveField(
                    model_name="indicatorvalue",
                    name="indicator",
                ),
                migrations.RemoveField(
                    model_name="progressupdate",
                    name="action",
                ),
                migrations.RemoveField(
                    model_name="progressupdate",
                    name="by",
                ),
                migrations.RemoveField(
                    model_name="quarterpublication",
                    name="by",
                ),
                migrations.RemoveField(
                    model_name="quarterpublication",
                    name="strategy",
                ),
                migrations.RemoveField(
                    model_name="scrutinyrecommendation",
                    name="review",
                ),
                migrations.RemoveField(
                    model_name="scrutinyreview",
                    name="partnership",
                ),
                migrations.RemoveField(
                    model_name="scrutinyreview",
                    name="strategy",
                ),
                migrations.AddField(
                    model_name="deliveryarea",
                    name="subgroups",
                    field=models.ManyToManyField(
                        blank=True,
                        db_table="subgroups_subgroup_delivery_areas",
                        help_text="The subgroups that deliver it.",
                        related_name="delivery_areas",
                        to="subgroups.subgroup",
                    ),
                ),
                migrations.AddField(
                    model_name="strategicpriority",
                    name="subgroups",
                    field=models.ManyToManyField(
                        blank=True,
                        db_table="subgroups_subgroup_priorities",
                        help_text="The subgroups that deliver it.",
                        related_name="priorities",
                        to="subgroups.subgroup",
                    ),
                ),
                migrations.DeleteModel(
                    name="HistoricalIndicator",
                ),
                migrations.DeleteModel(
                    name="HistoricalProgressUpdate",
                ),
                migrations.DeleteModel(
                    name="Indicator",
                ),
                migrations.DeleteModel(
                    name="IndicatorValue",
                ),
                migrations.DeleteModel(
                    name="ProgressUpdate",
                ),
                migrations.DeleteModel(
                    name="QuarterPublication",
                ),
                migrations.DeleteModel(
                    name="ScrutinyRecommendation",
                ),
                migrations.DeleteModel(
                    name="ScrutinyReview",
                ),
            ],
        ),
    ]
