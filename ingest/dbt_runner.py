"""Run dbt against a given warehouse file (in a subprocess: dbt keeps DuckDB handles open)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ingest.config import REPO_ROOT, WAREHOUSE_ENV

_DBT = "import sys; from dbt.cli.main import cli; sys.exit(cli())"


def run_dbt(args: list[str], warehouse: Path, quiet: bool = True) -> bool:
    """Invoke ``dbt <args>`` on the project with ``warehouse`` as the DuckDB path; True on success."""
    env = {**os.environ, WAREHOUSE_ENV: str(warehouse.resolve()), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    flags = ["--project-dir", str(REPO_ROOT), "--profiles-dir", str(REPO_ROOT)]
    quiet_flag = ["--quiet"] if quiet else []
    completed = subprocess.run([sys.executable, "-c", _DBT, *quiet_flag, *args, *flags], cwd=REPO_ROOT, env=env, check=False)
    return completed.returncode == 0


def build(warehouse: Path, quiet: bool = True) -> bool:
    """``dbt build``: seeds, models, data tests and unit tests."""
    return run_dbt(["build"], warehouse, quiet)


def generate_docs(warehouse: Path) -> Path | None:
    """``dbt docs generate``; returns the folder with index.html."""
    ok = run_dbt(["docs", "generate"], warehouse, quiet=True)
    site = REPO_ROOT / "target"
    return site if ok and (site / "index.html").exists() else None
