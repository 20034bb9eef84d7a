"""Locked-down, read-only SQL against the published warehouse."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import duckdb

from ingest.warehouse.query_limits import QueryLimits

MARTS_SCHEMA = "marts"
MARTS_SEARCH_PATH = "marts,main"


def connect_read_only(warehouse: Path, limits: QueryLimits | None = None) -> duckdb.DuckDBPyConnection:
    """Read-only connection that cannot touch other files or change its own settings.

    Memory, threads and spilling are capped by ``limits`` (default: from the environment) before
    the configuration is locked, so no query can raise them.
    """
    if not warehouse.exists():
        raise FileNotFoundError(f"no warehouse at {warehouse}; run `parley run` first")
    # Order matters: temp_directory can only be cleared after external access is off, and
    # lock_configuration comes last (after the search path).
    config = {"enable_external_access": False, "autoload_known_extensions": False}
    config |= (limits or QueryLimits.from_env()).config()
    con = duckdb.connect(str(warehouse), read_only=True, config=config)
    con.execute(f"set search_path = '{MARTS_SEARCH_PATH}'")  # unqualified names are the marts
    con.execute("set lock_configuration = true")
    return con


def _plain(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def _csv_cell(value):
    """A CSV cell: lists and structs as JSON (``["Wang Yi", "Sergey Lavrov"]``), the rest as plain values."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=_plain)
    return _plain(value)


def run_query(warehouse: Path, sql: str, output_format: str = "table", max_rows: int | None = None) -> str:
    """Run ``sql`` read-only and render the result as table, csv or json."""
    import polars as pl

    con = connect_read_only(warehouse)
    try:
        relation = con.sql(sql)
        if relation is None:  # a statement without a result
            return ""
        if max_rows is not None:
            relation = relation.limit(max_rows)
        frame = relation.pl()
    finally:
        con.close()
    if output_format == "json":
        return json.dumps([{k: _plain(v) for k, v in row.items()} for row in frame.to_dicts()], indent=2, ensure_ascii=False)
    if output_format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(frame.columns)
        writer.writerows([[_csv_cell(v) for v in row] for row in frame.rows()])
        return buffer.getvalue()
    with pl.Config(tbl_cols=-1, tbl_rows=200, fmt_str_lengths=80, tbl_width_chars=250, fmt_table_cell_list_len=8):
        return str(frame)


def export_parquet(warehouse: Path, directory: Path) -> list[Path]:
    """Copy every mart (``fct_``, ``dim_``, ``bdg_`` tables) to ``directory/<table>.parquet``."""
    directory.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(warehouse), read_only=True)
    written = []
    try:
        tables = [
            row[0]
            for row in con.execute(
                "select table_name from information_schema.tables where table_schema = ? "
                "and regexp_matches(table_name, '^(fct|dim|bdg)_') order by table_name",
                [MARTS_SCHEMA],
            ).fetchall()
        ]
        for table in tables:
            target = directory / f"{table}.parquet"
            con.execute(f"copy {MARTS_SCHEMA}.{table} to '{target.as_posix()}' (format parquet)")
            written.append(target)
    finally:
        con.close()
    return written
