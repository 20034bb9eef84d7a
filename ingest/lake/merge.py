"""The merge after the map: staging -> the lake's partitions for one run, then the commit marker.

Stateful decisions happen only here, in DuckDB over Parquet, with the single-machine path's rules:
an article id the lake holds is a duplicate (or, when it is an older version of the same source, is
reinstated); a new version of a known source supersedes the current one; a quarantine row already in
the lake is not written again. A re-run of the same inputs therefore writes no new data rows.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb
import polars as pl

from ingest import __version__
from ingest.lake.layout import ARTICLE_VERSIONS, LAKE_TABLES, Lake, write_atomically
from ingest.lake.relations import files_sql, sql_literal, versions_sql
from ingest.lake.stage import STAGED_TABLES
from ingest.pipeline import now
from ingest.warehouse.schema import ARTICLES, INGEST_RUNS, QUARANTINE, frame

_MERGE_SQL = """
create temp table incoming as
    select * exclude (chunk, position), row_number() over (order by chunk, position) as position
    from staged_articles;
create temp table first_copies as
    select * from incoming qualify row_number() over (partition by article_id order by position) = 1;
create temp table known as select * from ({versions});
create temp table new_articles as
    select * from first_copies where article_id not in (select article_id from known);
create temp table reinstated as
    select first_copies.article_id, first_copies.source_key, first_copies.position
    from first_copies inner join known using (article_id)
    where not known.is_current and known.source_key = first_copies.source_key;
"""


@dataclass
class MergeCounts:
    """What one run added to the lake."""

    n_loaded: int = 0
    n_duplicates: int = 0
    n_superseded: int = 0
    n_reinstated: int = 0
    n_quarantined: int = 0
    quarantine_reasons: list[tuple[str, str, str]] = field(default_factory=list)  # (source_key, reason, detail)


def _staged(stage_dir: Path, table: str) -> str:
    return f"read_parquet({sql_literal(str(stage_dir / table / '*.parquet'))})"


def merge_run(lake: Lake, stage_dir: Path, run_id: str, started: datetime, n_inputs: int) -> MergeCounts:
    """Write ``run_id``'s partitions from ``stage_dir`` and commit them; removes the staging."""
    con = duckdb.connect()
    try:
        con.execute(f"create temp view staged_articles as select * from {_staged(stage_dir, ARTICLES.name)}")
        con.execute(_MERGE_SQL.format(versions=versions_sql(lake)))
        counts = _counts(con)
        seen_at = now()
        outputs: dict[str, pl.DataFrame] = {
            ARTICLES.name: _frame(con, "select * exclude (position) from new_articles order by position"),
            ARTICLE_VERSIONS.name: _frame(
                con,
                (
                    "select article_id, source_key, ?::varchar as run_id, ?::timestamp as seen_at, position from "
                    "(select article_id, source_key, position from new_articles union all select * from reinstated) "
                    "order by position"
                ),
                [run_id, seen_at],
            ),
        }
        for table in STAGED_TABLES:
            if table.name in (ARTICLES.name, QUARANTINE.name):
                continue
            outputs[table.name] = _frame(
                con,
                f"select * from {_staged(stage_dir, table.name)} where article_id in (select article_id from new_articles)",
            )
        outputs[QUARANTINE.name] = _new_quarantine(con, lake, stage_dir)
        # Reported as the single-machine path reports them: every input quarantined in this run.
        counts.quarantine_reasons = con.execute(
            f"select distinct source_key, reason, detail from {_staged(stage_dir, QUARANTINE.name)} order by all"
        ).fetchall()
        counts.n_quarantined = len(counts.quarantine_reasons)
        outputs[INGEST_RUNS.name] = frame(INGEST_RUNS, [_run_row(run_id, started, n_inputs, counts)])
    finally:
        con.close()
    tables = {table.name: table for table in LAKE_TABLES}
    for name, df in outputs.items():
        if not df.is_empty():  # exactly the raw table's columns and types, so every partition agrees
            write_atomically(df.select(list(tables[name].schema)).cast(tables[name].schema), lake.partition(name, run_id))
    lake.commit(run_id)
    shutil.rmtree(stage_dir, ignore_errors=True)
    return counts


def _frame(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pl.DataFrame:
    return pl.from_arrow(con.sql(sql, params=params).to_arrow_table())


def _counts(con: duckdb.DuckDBPyConnection) -> MergeCounts:
    n_incoming, n_first, n_new, n_reinstated = con.execute(
        "select (select count(*) from incoming), (select count(*) from first_copies), "
        "(select count(*) from new_articles), (select count(*) from reinstated)"
    ).fetchall()[0]
    n_superseded = con.execute(
        "select count(*) from known where is_current and source_key in (select source_key from new_articles)"
    ).fetchall()[0][0]
    return MergeCounts(
        n_loaded=n_new,
        n_duplicates=(n_incoming - n_first) + (n_first - n_new - n_reinstated),
        n_superseded=n_superseded,
        n_reinstated=n_reinstated,
    )


def _new_quarantine(con: duckdb.DuckDBPyConnection, lake: Lake, stage_dir: Path) -> pl.DataFrame:
    """Staged quarantine rows whose key the lake does not hold yet (once per key)."""
    key = ", ".join(QUARANTINE.key)
    same_key = " and ".join(f"held.{k} is not distinct from staged.{k}" for k in QUARANTINE.key)
    return _frame(
        con,
        f"select * from {_staged(stage_dir, QUARANTINE.name)} as staged "
        f"where not exists (select 1 from {files_sql(lake, QUARANTINE.name)} as held where {same_key}) "
        f"qualify row_number() over (partition by {key} order by quarantined_at) = 1 "
        "order by source_key, reason",
    )


def _run_row(run_id: str, started: datetime, n_inputs: int, counts: MergeCounts) -> dict:
    return {
        "run_id": run_id,
        "started_at": started,
        "finished_at": now(),
        "n_inputs": n_inputs,
        "n_loaded": counts.n_loaded,
        "n_duplicates": counts.n_duplicates,
        "n_superseded": counts.n_superseded,
        "n_quarantined": counts.n_quarantined,
        "parley_version": __version__,
    }
