"""Locked-down, read-only SQL against the published warehouse."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import duckdb


def connect_read_only(warehouse: Path) -> duckdb.DuckDBPyConnection:
    """Read-only connection that cannot touch other files or change its own settings."""
    if not warehouse.exists():
        raise FileNotFoundError(f"no warehouse at {warehouse}; run `parley run` first")
    return duckdb.connect(
        str(warehouse),
        read_only=True,
        config={"enable_external_access": False, "autoload_known_extensions": False, "lock_configuration": True},
    )


def _plain(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def run_query(warehouse: Path, sql: str, output_format: str = "table", max_rows: int | None = None) -> str:
    """Run ``sql`` read-only and render the result as table, csv or json."""
    con = connect_read_only(warehouse)
    try:
        relation = con.sql(sql)
        if relation is None:
            return ""
        columns = relation.columns
        rows = relation.fetchall() if max_rows is None else relation.limit(max_rows).fetchall()
        if output_format == "table":
            return str(con.sql(sql))
    finally:
        con.close()
    if output_format == "json":
        return json.dumps([{c: _plain(v) for c, v in zip(columns, row, strict=True)} for row in rows], indent=2, ensure_ascii=False)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    writer.writerows([[_plain(v) for v in row] for row in rows])
    return buffer.getvalue()
