"""Project paths and settings shared by every command."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = REPO_ROOT / "seeds"
SAMPLE_DIR = REPO_ROOT / "sample"
EXPECTATIONS_DIR = REPO_ROOT / "expectations"
DEFAULT_WAREHOUSE = "warehouse/parley.duckdb"
WAREHOUSE_ENV = "PARLEY_WAREHOUSE"
MAX_FILE_BYTES = int(os.environ.get("PARLEY_MAX_FILE_BYTES", 5 * 1024 * 1024))
# DuckDB's buffer pool would otherwise grow to 80% of RAM; past this it spills to disk.
MEMORY_LIMIT_ENV = "PARLEY_MEMORY_LIMIT"
DEFAULT_MEMORY_LIMIT = "1GB"


def duckdb_settings() -> dict[str, str]:
    """Connection settings for the ingestor and validation (profiles.yml sets the same limit for dbt)."""
    return {"memory_limit": os.environ.get(MEMORY_LIMIT_ENV, DEFAULT_MEMORY_LIMIT)}


def connect_warehouse(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with the project's settings and no progress bars between the CLI's output."""
    con = duckdb.connect(str(path), read_only=read_only, config=duckdb_settings())
    con.execute("set enable_progress_bar = false")
    return con


def warehouse_path() -> Path:
    """Return the absolute warehouse path from ``PARLEY_WAREHOUSE``.

    A relative value is resolved from the repository root, so every command
    (and dbt, which resolves paths from its working directory) agrees.
    """
    raw = Path(os.environ.get(WAREHOUSE_ENV, DEFAULT_WAREHOUSE))
    return raw if raw.is_absolute() else REPO_ROOT / raw
