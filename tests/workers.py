"""Job workers for the tests: `manage.py db_worker` as the processes production runs (csp_portal's,
with its heartbeat), on the test database (SQLite's file, or PostgreSQL) and the test's
MEDIA_ROOT, with short waits: a lease of 3 s, a backoff of half a second."""

import os
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parents[1]
DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
LEASE_SECONDS = 3


def database_url() -> str:
    config = connection.settings_dict
    if connection.vendor == "sqlite":
        assert "memory" not in str(config["NAME"]), "a worker cannot open an in-memory database"
        return f"sqlite:///{config['NAME']}"
    password = f":{config['PASSWORD']}" if config["PASSWORD"] else ""
    return "postgres://{USER}{password}@{HOST}:{PORT}/{NAME}".format(password=password, **config)


def worker_env(**extra) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": database_url(),
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "DEBUG": "true",
        "JOBS_LEASE": str(LEASE_SECONDS),
        "JOBS_BACKOFF": "0.5",
        "JOBS_ATTEMPTS": "3",
        "LOG_LEVEL": "INFO",
        **extra,
    }


class Worker:
    """One `manage.py db_worker` process; what it logs goes to `log`."""

    def __init__(self, log: Path, **env):
        self.log = log
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--no-reload", "--no-startup-delay",
             "--interval", "0.2"],
            cwd=ROOT,
            env=worker_env(**env),
            stdout=log.open("ab"),
            stderr=subprocess.STDOUT,
        )  # fmt: skip

    def kill(self) -> None:
        """SIGKILL: no goodbye, as when a machine or the OOM killer takes it."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=60)

    def output(self) -> str:
        return self.log.read_text(errors="replace")


@contextmanager
def workers(tmp_path, count: int = 1, **env):
    started = [Worker(tmp_path / f"worker-{i}.log", **env) for i in range(count)]
    try:
        yield started
    finally:
        for worker in started:
            worker.stop()


def wait_until(condition, timeout: float = 120, what: str = "the job") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not happen within {timeout} s")
        time.sleep(0.1)
