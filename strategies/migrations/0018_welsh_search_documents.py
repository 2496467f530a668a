"""Welsh search documents beside the English ones (0016), on PostgreSQL: what a Welsh page
shows of each text (its Welsh, or its English where none was written), with PostgreSQL's
`simple` configuration: it has no Welsh stemmer, and English stemming and stop words would
mangle Welsh words. A GIN index each, so a Welsh search reads an index too."""

from django.db import migrations

DOCUMENTS = {
    "strategies_action": ["delivery", "area", "success_measure", "target"],
    "strategies_deliveryarea": ["title", "description"],
    "strategies_strategicpriority": ["title", "subtitle", "description"],
    "strategies_strategy": ["title", "summary", "vision", "aims"],
}


def welsh_or_english(field: str) -> str:
    return f"coalesce(nullif({field}_cy, ''), {field}_en, '')"


def add(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, fields in DOCUMENTS.items():
        text = " || ' ' || ".join(welsh_or_english(field) for field in fields)
        schema_editor.execute(
            f"ALTER TABLE {table} ADD COLUMN search_document_cy tsvector "
            f"GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, {text})) STORED"
        )
        schema_editor.execute(
            f"CREATE INDEX {table}_search_cy ON {table} USING gin (search_document_cy)"
        )


def remove(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in DOCUMENTS:
        schema_editor.execute(f"ALTER TABLE {table} DROP COLUMN search_document_cy")


class Migration(migrations.Migration):
    dependencies = [("strategies", "0017_welsh_and_english")]

    operations = [migrations.RunPython(add, remove)]
