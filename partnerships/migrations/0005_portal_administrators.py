"""The portal administrators: people who add partnerships and invite their first approver.
A group, so that a superuser makes someone one in the admin (their user's groups); neither
staff nor superuser."""

from django.db import migrations

NAME = "Portal administrators"


def add(apps, schema_editor):
    apps.get_model("auth", "Group").objects.get_or_create(name=NAME)


def remove(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("partnerships", "0004_board_dates_and_history"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(add, remove)]
