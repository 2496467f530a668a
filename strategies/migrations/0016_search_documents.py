"""Search documents stored with the plan's texts, on PostgreSQL: a tsvector column generated
from the fields reports.search matches, with a GIN index, so a search reads an index instead
of building every document of 100,000 actions. Not a model field: SQLite (the embedded
default) has no tsvector, and searches there its own way."""

from django.db import migrations

DOCUMENTS = {
    "strategies_action": ["delivery", "area", "success_measure", "target"],
    "strategies_deliveryarea": ["title", "description"],
    "strategies_strategicpriority": ["title", "subtitle", "description"],
    "strategies_strategy": ["title", "summary", "vision", "aims"],
}


def add(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, fields in DOCUMENTS.items():
        text = " || ' ' || ".join(f"coalesce({field}, '')" for field in fields)
        schema_editor.execute(
            f"ALTER TABLE {table} ADD COLUMN search_document tsvector "
            f"GENERATED ALWAYS AS (to_tsvector('english'::regconfig, {text})) STORED"
        )
        schema_editor.execute(
            f"CREATE INDEX {table}_search ON {table} USING gin (search_document)"
        )


def remove(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in DOCUMENTS:
        schema_editor.execute(f"ALTER TABLE {table} DROP COLUMN search_document")


class Migration(migrations.Migration):
    dependencies = [("strategies", "0015_document_review_date")]

    operations = [migrations.RunPython(add, remove)]
