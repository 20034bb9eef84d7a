"""Separate virtual environments with other DuckDB releases, built once and cached in ``.cache/``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ingest.config import REPO_ROOT

CACHE = REPO_ROOT / ".cache"


def python_with(*requirements: str) -> Path:
    """The python of a venv that has exactly ``requirements`` installed (created on first use)."""
    name = "-".join(r.replace("==", "-") for r in requirements)
    venv = CACHE / f"venv-{name}"
    python = venv / "bin" / "python"
    stamp = venv / ".installed"
    if not stamp.exists():
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *requirements],
            check=True,
        )
        stamp.touch()
    return python


def run_with(python: Path, script: str, *args: str) -> subprocess.CompletedProcess:
    """Run ``script`` with another venv's python; fails the test on a non-zero exit."""
    done = subprocess.run([str(python), "-c", script, *args], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done
