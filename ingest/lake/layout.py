"""Where the lake keeps each table, and how a run's files become visible (commit) or vanish (recover).

Layout::

    DIR/<table>/ingest_run=<run_id>/part-0.parquet   one partition per table and ingest run
    DIR/<table>/ingest_run=__schema__/part-0.parquet  zero rows: the columns, before any run wrote rows
    DIR/_commits/<run_id>                           written last: the run's partitions are complete
    DIR/_staging/<run_id>/                          the map's output, removed after the merge

A partition of a run without a commit marker is the leftover of a killed run (or of one still writing):
readers never see it (``committed_files``), and the next ingest's ``recover`` removes it, so the re-run
writes it again in full and nothing is counted twice.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from ingest.warehouse.schema import ALL_TABLES, RawTable, frame

SCHEMA_PARTITION = "__schema__"
ARTICLE_VERSIONS = RawTable(
    "article_versions",
    ("article_id", "run_id"),
    "append",
    {"article_id": pl.Utf8, "source_key": pl.Utf8, "run_id": pl.Utf8, "seen_at": pl.Datetime("us"), "position": pl.Int64},
)
LAKE_TABLES: tuple[RawTable, ...] = (*ALL_TABLES, ARTICLE_VERSIONS)


@dataclass(frozen=True)
class Lake:
    """A lake directory."""

    root: Path

    def table_dir(self, table: str) -> Path:
        return self.root / table

    def partition(self, table: str, run_id: str) -> Path:
        """The Parquet file of ``table`` written by ``run_id``."""
        return self.table_dir(table) / f"ingest_run={run_id}" / "part-0.parquet"

    def committed_files(self, table: str) -> list[Path]:
        """The Parquet files of ``table`` that readers may see: its schema file and committed runs' partitions."""
        visible = self.committed_runs() | {SCHEMA_PARTITION}
        return sorted(
            path
            for path in self.table_dir(table).glob("ingest_run=*/*.parquet")
            if path.parent.name.removeprefix("ingest_run=") in visible
        )

    @property
    def staging(self) -> Path:
        return self.root / "_staging"

    @property
    def commits(self) -> Path:
        return self.root / "_commits"

    def init(self) -> None:
        """Create the directories and each table's zero-row schema file (idempotent)."""
        self.commits.mkdir(parents=True, exist_ok=True)
        for table in LAKE_TABLES:
            path = self.partition(table.name, SCHEMA_PARTITION)
            if not path.exists():
                write_atomically(frame(table, []), path)

    def committed_runs(self) -> set[str]:
        return {p.name for p in self.commits.iterdir()} if self.commits.exists() else set()

    def commit(self, run_id: str) -> None:
        """Mark ``run_id``'s partitions complete; written after every one of them is in place."""
        marker = self.commits / run_id
        marker.touch()
        _fsync_dir(self.commits)

    def recover(self) -> list[Path]:
        """Remove partitions and staging of runs that never committed; returns what was removed."""
        committed = self.committed_runs() | {SCHEMA_PARTITION}
        removed = []
        for table in LAKE_TABLES:
            directory = self.table_dir(table.name)
            for partition in directory.glob("ingest_run=*") if directory.exists() else []:
                if partition.name.removeprefix("ingest_run=") not in committed:
                    shutil.rmtree(partition)
                    removed.append(partition)
        if self.staging.exists():
            for leftover in self.staging.iterdir():
                shutil.rmtree(leftover)
                removed.append(leftover)
        return removed


def write_atomically(df: pl.DataFrame, path: Path) -> None:
    """Write ``df`` as Parquet at ``path`` so no reader ever sees half a file (a rewrite replaces it whole)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    df.write_parquet(temporary)
    os.replace(temporary, path)


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
