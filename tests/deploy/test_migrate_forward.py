"""A database made by the version before the apps were layered (commit bb81220: monitoring
and scrutiny inside strategies) migrates forward on PostgreSQL with every row of every
table intact: scripts/migrate_forward_check.py, run as the deployment would run it."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
BEFORE_THE_LAYERS = "bb81220"

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql" or not shutil.which("git"),
    reason="needs PostgreSQL and git (CI has both)",
)


def test_a_database_of_the_version_before_migrates_forward_with_every_row():
    if subprocess.run(["git", "cat-file", "-e", BEFORE_THE_LAYERS], cwd=ROOT).returncode:
        pytest.skip("this checkout has no history (a shallow clone)")
    result = subprocess.run(
        [
            sys.executable,
            "scripts/migrate_forward_check.py",
            "--from",
            BEFORE_THE_LAYERS,
            "--rows-only",
        ],  # fmt: skip
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK: every row intact" in result.stdout
    assert "strategies.progressupdate -> monitoring.progressupdate" in result.stdout
