"""Backup and restore: a full round trip of the demo data gives back every object and the
same public pages (pg_dump/pg_restore on PostgreSQL, dumpdata/loaddata on SQLite)."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse

from partnerships.models import Partnership
from strategies.models import Strategy
from tests.tables import row_counts

pytestmark = pytest.mark.django_db(transaction=True)


def counts() -> dict[str, int]:
    return row_counts(
        {"partnerships", "strategies", "subgroups", "consultations", "csp_portal", "auth"},
        leaving_out=frozenset({"auth.Permission"}),
    )


def pages() -> dict[str, bytes]:
    client = Client()
    urls = [reverse("reports:home"), reverse("reports:search") + "?q=burglary"]
    urls += [p.get_absolute_url() for p in Partnership.objects.all()]
    urls += [s.get_absolute_url() for s in Strategy.objects.published()]
    return {url: client.get(url).content for url in urls}


def test_round_trip_restores_every_object_and_the_same_pages(tmp_path, statutory_themes, demo):
    before_counts, before_pages = counts(), pages()
    assert before_counts["strategies.Strategy"] > 5
    suffix = "dump" if connection.vendor == "postgresql" else "json.gz"
    backup = tmp_path / f"backup.{suffix}"
    call_command("backup", str(backup), stdout=io.StringIO())
    assert backup.stat().st_size > 10_000

    Partnership.objects.get(slug="wokingham").strategies.update(supersedes=None)
    Partnership.objects.get(slug="wokingham").delete()
    assert counts() != before_counts

    call_command("restore", str(backup), yes=True, stdout=io.StringIO())
    assert counts() == before_counts
    after = pages()
    assert after.keys() == before_pages.keys()
    for url, content in before_pages.items():
        assert after[url] == content, url
