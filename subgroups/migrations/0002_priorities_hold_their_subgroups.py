"""The relation to priorities and delivery areas is now held from their side
(strategies 0008), in the same tables: subgroups stand below strategies."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("subgroups", "0001_initial"),
    ]

    operations = [
        # Nothing changes in the database: strategies 0008 takes the same tables over.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name="subgroup",
                    name="delivery_areas",
                ),
                migrations.RemoveField(
                    model_name="subgroup",
                    name="priorities",
                ),
            ],
        ),
    ]
