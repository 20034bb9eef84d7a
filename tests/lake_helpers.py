"""Helpers for the lake tests: read a lake or a warehouse's raw tables and marts as comparable rows."""

from __future__ import annotations

from pathlib import Path

import duckdb

from ingest.lake.layout import Lake
from ingest.lake.relations import relation_sql

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = (FIXTURES.parent.parent / "sample" / "articles", FIXTURES.parent.parent / "sample" / "manifest.csv")
REAL_NEWS = (FIXTURES / "real_news" / "articles", FIXTURES / "real_news" / "manifest.csv")


def article_count(articles_dir: Path) -> int:
    """How many article files a fixture folder holds (the real-news set grows batch by batch)."""
    return sum(1 for p in articles_dir.iterdir() if p.is_file() and not p.name.startswith("."))
RAW_TABLES = ("articles", "mentions", "quotes", "event_mentions", "event_participants", "announcements", "quarantine")
# Columns that name the run or the moment of loading: equal content has different values in two runs.
RUN_COLUMNS = {"run_id", "ingested_at", "quarantined_at"}


def _columns(con: duckdb.DuckDBPyConnection, relation: str) -> list[str]:
    names = [row[0] for row in con.execute(f"describe select * from {relation}").fetchall()]
    return [name for name in names if name not in RUN_COLUMNS]


def rows_of(con: duckdb.DuckDBPyConnection, relation: str) -> list[tuple]:
    """Every row of ``relation`` without run columns, sorted."""
    return con.execute(f"select {', '.join(_columns(con, relation))} from {relation} order by all").fetchall()


def lake_rows(lake_dir: Path) -> dict[str, list[tuple]]:
    """The raw tables of a lake, as the dbt sources read them."""
    con = duckdb.connect()
    try:
        return {t: rows_of(con, f"({relation_sql(Lake(lake_dir), t)})") for t in RAW_TABLES}
    finally:
        con.close()


def warehouse_rows(warehouse: Path, schema: str = "raw") -> dict[str, list[tuple]]:
    """Every table of ``schema`` in a warehouse file (``raw`` tables or ``marts``)."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = [
            r[0]
            for r in con.execute("select table_name from duckdb_tables() where schema_name = ? order by 1", [schema]).fetchall()
        ]
        wanted = RAW_TABLES if schema == "raw" else tables
        return {t: rows_of(con, f"{schema}.{t}") for t in wanted}
    finally:
        con.close()
