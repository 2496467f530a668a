"""The portal's commands and scripts, run as a deployment runs them: this Python, in the
checkout, what they print kept as text."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_cleanly(*args: str, env: dict | None = None, timeout: float | None = None) -> str:
    """Run `python <args>` in the checkout and fail the test, with all it printed, unless it
    succeeds; what it printed to its output."""
    result = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout
