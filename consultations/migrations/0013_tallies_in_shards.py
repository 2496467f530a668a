"""The answers' tallies kept in shards: each database connection counts into its own row of
a kind of answer (PostgreSQL: its process id modulo SHARDS), so that responses stored at once
do not queue on one row's lock until each commits. The results add the shards up (they
already sum the rows of a kind of answer). SQLite has one writer at a time: one shard."""

from django.db import migrations, models

KEY = "question_id, choice, respondent_type, area, channel"
SHARDS = 8
POSTGRESQL = f"""
    CREATE OR REPLACE FUNCTION consultations_tally_answer() RETURNS trigger AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        UPDATE consultations_response SET answered = true
          WHERE id = NEW.response_id AND NOT answered;
        IF NEW.choice <> '' OR NEW.text <> '' THEN
          INSERT INTO consultations_tally ({KEY}, shard, n)
          SELECT NEW.question_id, NEW.choice, r.respondent_type, r.area, r.channel,
                 mod(pg_backend_pid(), {SHARDS}), 1
            FROM consultations_response r WHERE r.id = NEW.response_id
          ON CONFLICT ({KEY}, shard) DO UPDATE SET n = consultations_tally.n + 1;
        END IF;
        RETURN NEW;
      END IF;
      IF OLD.choice <> '' OR OLD.text <> '' THEN
        INSERT INTO consultations_tally ({KEY}, shard, n)
        SELECT OLD.question_id, OLD.choice, r.respondent_type, r.area, r.channel,
               mod(pg_backend_pid(), {SHARDS}), -1
          FROM consultations_response r WHERE r.id = OLD.response_id
        ON CONFLICT ({KEY}, shard) DO UPDATE SET n = consultations_tally.n - 1;
      END IF;
      UPDATE consultations_response SET answered = EXISTS(
        SELECT 1 FROM consultations_answer a WHERE a.response_id = OLD.response_id
      ) WHERE id = OLD.response_id;
      RETURN OLD;
    END $$ LANGUAGE plpgsql"""


def sqlite_triggers(conflict: str) -> list[str]:
    """SQLite's two triggers, counting on the unique key `conflict`."""
    return [
        f"""
        CREATE TRIGGER consultations_answer_tally_insert AFTER INSERT ON consultations_answer
        BEGIN
          UPDATE consultations_response SET answered = 1
            WHERE id = NEW.response_id AND NOT answered;
          INSERT INTO consultations_tally ({KEY}, n)
            SELECT NEW.question_id, NEW.choice, r.respondent_type, r.area, r.channel, 1
              FROM consultations_response r
              WHERE r.id = NEW.response_id AND (NEW.choice <> '' OR NEW.text <> '')
            ON CONFLICT ({conflict}) DO UPDATE SET n = n + 1;
        END""",
        """
        CREATE TRIGGER consultations_answer_tally_delete AFTER DELETE ON consultations_answer
        BEGIN
          UPDATE consultations_tally SET n = n - 1
            WHERE (OLD.choice <> '' OR OLD.text <> '') AND question_id = OLD.question_id
              AND choice = OLD.choice AND (respondent_type, area, channel) = (
                SELECT respondent_type, area, channel FROM consultations_response
                WHERE id = OLD.response_id);
          UPDATE consultations_response SET answered = EXISTS(
            SELECT 1 FROM consultations_answer a WHERE a.response_id = OLD.response_id
          ) WHERE id = OLD.response_id;
        END""",
    ]


SQLITE_DROP = [
    "DROP TRIGGER consultations_answer_tally_insert",
    "DROP TRIGGER consultations_answer_tally_delete",
]
# Back to one row a kind of answer: counted again from the answers.
RECOUNT = [
    "DELETE FROM consultations_tally",
    f"""INSERT INTO consultations_tally ({KEY}, shard, n)
        SELECT a.question_id, a.choice, r.respondent_type, r.area, r.channel, 0, COUNT(*)
          FROM consultations_answer a JOIN consultations_response r ON r.id = a.response_id
          WHERE a.choice <> '' OR a.text <> ''
          GROUP BY a.question_id, a.choice, r.respondent_type, r.area, r.channel""",
]


def drop_sqlite_triggers(apps, schema_editor):
    """SQLite rebuilds the tallies' table to change it, which a trigger naming it forbids."""
    if schema_editor.connection.vendor == "sqlite":
        for statement in SQLITE_DROP:
            schema_editor.execute(statement)


def count_in_shards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRESQL)
    elif vendor == "sqlite":
        for statement in sqlite_triggers(f"{KEY}, shard"):
            schema_editor.execute(statement)


def count_in_one_row(apps, schema_editor):
    """Before the shard goes: one row a kind of answer, and triggers that count so (the
    function migration 0010 made, on PostgreSQL, once the shard is gone)."""
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        for statement in SQLITE_DROP:
            schema_editor.execute(statement)
    for statement in RECOUNT:
        schema_editor.execute(statement)
    if vendor == "postgresql":  # the new rows' deferred checks, before the table changes
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def restore_one_row_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(
            POSTGRESQL.replace(", shard, n)", ", n)")
            .replace(f",\n                 mod(pg_backend_pid(), {SHARDS}), 1", ", 1")
            .replace(f"ON CONFLICT ({KEY}, shard)", f"ON CONFLICT ({KEY})")
            .replace(f",\n               mod(pg_backend_pid(), {SHARDS}), -1", ", -1")
        )
    elif vendor == "sqlite":
        for statement in sqlite_triggers(KEY):
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0012_response_language"),
    ]

    operations = [
        migrations.RunPython(drop_sqlite_triggers, restore_one_row_triggers),
        migrations.AddField(
            model_name="tally",
            name="shard",
            field=models.PositiveSmallIntegerField(db_default=0),
        ),
        migrations.RemoveConstraint(
            model_name="tally",
            name="one_tally_a_kind_of_answer",
        ),
        migrations.AddConstraint(
            model_name="tally",
            constraint=models.UniqueConstraint(
                fields=["question", "choice", "respondent_type", "area", "channel", "shard"],
                name="one_tally_a_kind_of_answer_a_shard",
            ),
        ),
        migrations.RunPython(count_in_shards, count_in_one_row),
    ]
