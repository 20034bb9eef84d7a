"""Bulk-load raw rows into DuckDB through Arrow, one transaction per batch."""

from __future__ import annotations

import duckdb
import polars as pl

from ingest.warehouse.article_versions import reinstate
from ingest.warehouse.schema import ALL_TABLES, ARTICLES, QUARANTINE, RawTable, ddl


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the ``raw`` schema and its tables if missing."""
    con.execute("create schema if not exists raw")
    for table in ALL_TABLES:
        con.execute(ddl(table))


def existing_article_ids(con: duckdb.DuckDBPyConnection, ids: list[str]) -> set[str]:
    """Which of ``ids`` are already loaded."""
    if not ids:
        return set()
    found = con.execute("select article_id from raw.articles where article_id in (select unnest(?))", [ids]).fetchall()
    return {row[0] for row in found}


def _insert(con: duckdb.DuckDBPyConnection, table: RawTable, df: pl.DataFrame) -> int:
    if df.is_empty():
        return 0
    con.register("incoming", df.to_arrow())
    try:
        keys = " and ".join(f"t.{k} is not distinct from i.{k}" for k in table.key)
        con.execute(
            f"insert into {table.qualified} select i.* from incoming i "
            f"where not exists (select 1 from {table.qualified} t where {keys})"
        )
    finally:
        con.unregister("incoming")
    return df.height


def load_batch(con: duckdb.DuckDBPyConnection, frames: dict[str, pl.DataFrame], reinstated: list[str] | None = None) -> int:
    """Load one batch atomically; returns how many articles superseded older versions.

    ``frames`` maps raw table names to DataFrames with the table's schema. New article
    versions of a known ``source_key`` mark the older version ``is_current = false``;
    ``reinstated`` articles (a source changed back to them) become current again.
    """
    by_name = {t.name: t for t in ALL_TABLES}
    con.execute("begin transaction")
    try:
        reinstate(con, reinstated or [])
        superseded = 0
        articles = frames.get(ARTICLES.name)
        if articles is not None and not articles.is_empty():
            con.register("new_articles", articles.select("article_id", "source_key").to_arrow())
            superseded = con.execute(
                "update raw.articles a set is_current = false, superseded_by = n.article_id "
                "from new_articles n where a.source_key = n.source_key and a.article_id <> n.article_id "
                "and a.is_current returning a.article_id"
            ).fetchall()
            con.unregister("new_articles")
            superseded = len(superseded)
        for name, df in frames.items():
            _insert(con, by_name[name], df)
        con.execute("commit")
        return superseded
    except BaseException:
        try:
            con.execute("rollback")
        except duckdb.Error:
            pass  # the failed statement already ended the transaction (a full disk does): report the first error
        raise


def quarantine_frame(rows: list[dict]) -> pl.DataFrame:
    """Quarantine rows as a typed frame."""
    from ingest.warehouse.schema import frame

    return frame(QUARANTINE, rows)
