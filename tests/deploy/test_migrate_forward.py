"""A database made by the version before the apps were layered (commit bb81220: monitoring
and scrutiny inside strategies) migrates forward on PostgreSQL with every row of every
table intact: scripts/migrate_forward_check.py, run as the deployment would run it."""

import shutil
import subprocess

import pytest
from django.db import connection

from tests.commands import ROOT, run_cleanly

BEFORE_THE_LAYERS = "bb81220"

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql" or not shutil.which("git"),
    reason="needs PostgreSQL and git (CI has both)",
)


def test_a_database_of_the_version_before_migrates_forward_with_every_row():
    if subprocess.run(["git", "cat-file", "-e", BEFORE_THE_LAYERS], cwd=ROOT).returncode:
        pytest.skip("this checkout has no history (a shallow clone)")
    output = run_cleanly(
        "scripts/migrate_forward_check.py", "--from", BEFORE_THE_LAYERS, "--rows-only", timeout=600
    )
    assert "OK: every row intact" in output
    assert "strategies.progressupdate -> monitoring.progressupdate" in output
