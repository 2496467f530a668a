"""Settings come from the environment; production refuses to start without a real key."""

import json
import os
import subprocess
import sys

import pytest
from django.db import connection

from tests.commands import ROOT, run_cleanly

SHOW = (
    "import json, django; from django.conf import settings; django.setup(); "
    "db = settings.DATABASES['default']; "
    "print(json.dumps({'engine': db['ENGINE'], 'name': str(db['NAME']), 'host': db.get('HOST'),"
    " 'user': db.get('USER'), 'conn_max_age': db['CONN_MAX_AGE'],"
    " 'health': db['CONN_HEALTH_CHECKS'], 'debug': settings.DEBUG,"
    " 'hosts': settings.ALLOWED_HOSTS, 'cache': settings.CACHES['default']['BACKEND']}))"
)


def settings_with(**env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "CACHE_URL"}
    }
    clean.update(env, DJANGO_SETTINGS_MODULE="csp_portal.settings")
    result = subprocess.run(
        [sys.executable, "-c", SHOW], cwd=ROOT, env=clean, capture_output=True, text=True
    )
    return result


def test_sqlite_is_the_embedded_default():
    result = settings_with(DEBUG="true")
    shown = json.loads(result.stdout)
    assert shown["engine"] == "django.db.backends.sqlite3"
    assert shown["name"].endswith("db.sqlite3")
    assert shown["debug"] is True


def test_postgres_url_selects_postgresql_with_persistent_checked_connections():
    result = settings_with(DEBUG="true", DATABASE_URL="postgres://csp@db.internal:5433/portal")
    shown = json.loads(result.stdout)
    assert shown["engine"] == "django.db.backends.postgresql"
    assert (shown["name"], shown["host"], shown["user"]) == ("portal", "db.internal", "csp")
    assert shown["conn_max_age"] == 600
    assert shown["health"] is True


def test_cache_url_selects_redis():
    shown = json.loads(settings_with(DEBUG="true", CACHE_URL="redis://127.0.0.1:6379/1").stdout)
    assert shown["cache"] == "csp_portal.cache.ResilientRedisCache"  # Redis, kept a cache


def test_production_refuses_to_start_without_a_real_secret_key():
    result = settings_with(DEBUG="false")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
    short = settings_with(DEBUG="false", SECRET_KEY="too-short")
    assert short.returncode != 0


def test_production_starts_with_a_real_secret_key():
    result = settings_with(DEBUG="false", SECRET_KEY="x" * 64, ALLOWED_HOSTS="csp.example.gov.uk")
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["debug"] is False
    assert shown["hosts"] == ["csp.example.gov.uk"]


def test_manage_py_check_is_clean():
    assert "no issues" in run_cleanly("manage.py", "check", "--fail-level", "WARNING")


@pytest.mark.skipif(not os.environ.get("CI"), reason="CI proves the suite on PostgreSQL")
def test_ci_runs_on_postgresql():
    assert connection.vendor == "postgresql"
