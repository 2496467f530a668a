"""The portal as it runs in production, for the deploy tests: its environment on the CI's
PostgreSQL and Redis (servers.py starts gunicorn and browses it)."""

import os
import secrets
import subprocess
import sys

import pytest
from django.db import connection

from tests.deploy.servers import REDIS_URL, ROOT


def _redis():
    import redis

    try:
        client = redis.Redis.from_url(REDIS_URL)
        client.ping()
        return client
    except redis.RedisError:
        return None


@pytest.fixture
def shared_services():
    redis_client = _redis()
    if connection.vendor != "postgresql" or redis_client is None:
        reason = "needs PostgreSQL and Redis on 127.0.0.1 (CI has both)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    redis_client.flushdb()
    return redis_client


@pytest.fixture
def portal_env(shared_services, tmp_path_factory, statutory_themes) -> dict:
    """The environment of a production server on the test database, its static files
    collected."""
    env = {
        **os.environ,
        "DATABASE_URL": "postgres://{USER}@{HOST}:{PORT}/{NAME}".format(**connection.settings_dict),
        "CACHE_URL": REDIS_URL,
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "CONSULTATION_RATE_LIMIT": "3/600",
        "STATIC_ROOT": str(tmp_path_factory.mktemp("static")),
        "MEDIA_ROOT": str(tmp_path_factory.mktemp("media")),
        "LOG_LEVEL": "WARNING",
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=300,
    )
    return env
