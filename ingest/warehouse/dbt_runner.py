"""Run dbt against a given warehouse file (in a subprocess: dbt keeps DuckDB handles open)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import duckdb

from ingest.config import REPO_ROOT, WAREHOUSE_ENV, connect_warehouse
from ingest.corrections import CORRECTIONS_ENV, corrections_file
from ingest.faults import kill_point
from ingest.processes import child_env, inherited_fds
from ingest.warehouse.dbt_progress import run_with_progress

# What the incremental models' rows depend on besides the raw tables: any change rebuilds in full.
FINGERPRINT_SOURCES = ("dbt_project.yml", "models", "macros", "seeds")
BUILD_STATE_TABLE = "parley_meta.build_state"
LAKE_BUILD_MARK = ":lake="  # in the build fingerprint when the build read the raw tables from a Parquet lake
LAKE_ENV = "PARLEY_LAKE"  # set for dbt: the `raw` source reads the lake's views (models/staging/_raw__sources.yml)

# The child arms its parent-death signal first, so a killed `parley run` never leaves dbt writing.
_DBT = "import sys; from ingest.processes import die_with_parent; die_with_parent(); from dbt.cli.main import cli; sys.exit(cli())"


def prepare_lake(warehouse: Path, lake: Path) -> str:
    """Views ``raw_lake.*`` over the Parquet lake in ``warehouse``; returns the schema dbt's ``raw`` source reads."""
    from ingest.lake.layout import Lake
    from ingest.lake.relations import LAKE_SCHEMA, create_lake_views

    root = Lake(lake.resolve())
    if not root.commits.exists():
        raise FileNotFoundError(f"{lake} is not a Parley lake (no _commits/): run `parley ingest --lake {lake}` first")
    con = connect_warehouse(warehouse)
    try:
        create_lake_views(con, root)
    finally:
        con.close()
    return LAKE_SCHEMA


def run_dbt(
    args: list[str], warehouse: Path, quiet: bool = True, progress: bool = False, extra_env: dict[str, str] | None = None
) -> bool:
    """Invoke ``dbt <args>`` on the project with ``warehouse`` as the DuckDB path; True on success.

    With ``progress``, print one line per finished node instead of dbt's console output.
    """
    env = child_env(
        {**os.environ, **(extra_env or {}), WAREHOUSE_ENV: str(warehouse.resolve()), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    )
    env[CORRECTIONS_ENV] = str(corrections_file().parent.relative_to(REPO_ROOT))  # seed-paths must be relative
    flags = ["--project-dir", str(REPO_ROOT), "--profiles-dir", str(REPO_ROOT)]
    wal = warehouse.with_name(warehouse.name + ".wal")
    if progress:

        def dbt_started(process: subprocess.Popen) -> None:
            kill_point("dbt", ready=lambda: wal.exists() or process.poll() is not None)

        command = [sys.executable, "-c", _DBT, *args, *flags]
        return run_with_progress(command, REPO_ROOT, env, pass_fds=inherited_fds(), started=dbt_started) == 0
    quiet_flag = ["--quiet"] if quiet else []
    command = [sys.executable, "-c", _DBT, *quiet_flag, *args, *flags]
    with subprocess.Popen(command, cwd=REPO_ROOT, env=env, pass_fds=inherited_fds()) as process:
        kill_point("dbt", ready=lambda: wal.exists() or process.poll() is not None)
        return process.wait() == 0


def project_fingerprint(root: Path = REPO_ROOT) -> str:
    """A hash of the dbt project's models, macros, seeds and settings."""
    digest = hashlib.sha256()
    for source in FINGERPRINT_SOURCES:
        path = root / source
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            digest.update(str(file.relative_to(root)).encode() + b"\0" + file.read_bytes() + b"\0")
    corrections = corrections_file()  # the incremental models apply them: a change rebuilds in full
    if corrections.exists():
        digest.update(b"corrections\0" + corrections.read_bytes())
    return digest.hexdigest()


def read_fingerprint(con: duckdb.DuckDBPyConnection) -> str | None:
    """The project fingerprint recorded in an open warehouse (None if never built by this version)."""
    try:
        rows = con.sql(f"select fingerprint from {BUILD_STATE_TABLE}").fetchall()  # fetchall: no unfinished result
    except duckdb.CatalogException:
        return None
    return rows[0][0] if rows else None


def built_fingerprint(warehouse: Path) -> str | None:
    """The project fingerprint the warehouse was last built with (None if never built by this version)."""
    if not warehouse.exists():
        return None
    con = connect_warehouse(warehouse, read_only=True)
    try:
        return read_fingerprint(con)
    finally:
        con.close()


def _record_fingerprint(warehouse: Path, fingerprint: str) -> None:
    con = connect_warehouse(warehouse)
    try:
        con.execute("create schema if not exists parley_meta")
        con.execute(
            f"create or replace table {BUILD_STATE_TABLE} as select ?::varchar as fingerprint, now() as built_at",
            [fingerprint],
        )
    finally:
        con.close()


def build(
    warehouse: Path, quiet: bool = True, full_refresh: bool = False, progress: bool = False, lake: Path | None = None
) -> bool:
    """``dbt build``: seeds, models, data tests and unit tests.

    The mention-level intermediate models are incremental (only new articles are added); when the
    project changed since the warehouse was last built, or on ``full_refresh``, every model is
    rebuilt from scratch so no row keeps an old rule's result.
    """
    from ingest.warehouse.copies import detect_copies

    raw = prepare_lake(warehouse, lake) if lake else "raw"
    detect_copies(warehouse, raw)  # raw.article_copies: which articles are copies of one story
    fingerprint = project_fingerprint() + (f"{LAKE_BUILD_MARK}{lake.resolve()}" if lake else "")
    full_refresh = full_refresh or built_fingerprint(warehouse) != fingerprint
    extra_env = {LAKE_ENV: str(lake.resolve())} if lake else {}
    ok = run_dbt(["build", *(["--full-refresh"] if full_refresh else [])], warehouse, quiet, progress, extra_env)
    if ok:
        _record_fingerprint(warehouse, fingerprint)
    return ok


def generate_docs(warehouse: Path) -> Path | None:
    """``dbt docs generate``; returns the folder with index.html."""
    ok = run_dbt(["docs", "generate"], warehouse, quiet=True)
    site = REPO_ROOT / "target"
    return site if ok and (site / "index.html").exists() else None
