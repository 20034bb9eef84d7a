"""``parley query``: run one read-only query under limits and stream its rows as table, CSV or JSON.

Rows are read from DuckDB in Arrow batches and written as they come, so the result is never held
whole in memory; ``limit`` caps how many are printed (pushed into the query, so an ``order by``
becomes a top-N instead of a full sort).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from ingest.warehouse.query import connect_read_only
from ingest.warehouse.query_limits import QueryLimits, deadline

BATCH_ROWS = 1000
TABLE_PAGE_ROWS = 1000
DEFAULT_ROW_LIMIT = 1000


@dataclass(frozen=True)
class QueryOutcome:
    """How many rows were written and whether the result had more than the row limit."""

    rows: int
    truncated: bool


def read_sql(sql: str | None, file: str | None, stdin: TextIO = sys.stdin) -> str:
    """The query text: the argument, ``-f FILE``, or standard input (``-f -``, or no argument on a pipe)."""
    if sql is not None and file is not None:
        raise ValueError("give the query either as an argument or with -f FILE, not both")
    if file == "-" or (sql is None and file is None and not stdin.isatty()):
        text = stdin.read()
    elif file is not None:
        text = Path(file).read_text(encoding="utf-8")
    else:
        text = sql or ""
    if not text.strip():
        raise ValueError("no query: pass SQL as an argument, with -f FILE, or on standard input")
    return text


def _plain(value: object) -> object:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def _csv_cell(value: object) -> object:
    """A CSV cell: lists and structs as JSON (``["Wang Yi", "Sergey Lavrov"]``), the rest as plain values."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=_plain)
    return _plain(value)


class _Pages:
    """The result's Arrow batches, cut after ``limit`` rows (0: no limit).

    ``truncated`` turns true when the query had rows beyond the limit (it is asked for one more).
    """

    def __init__(self, reader, limit: int) -> None:
        self.reader, self.limit, self.truncated = reader, limit, False

    def __iter__(self) -> Iterator:
        seen = 0
        for batch in self.reader:
            if self.limit and seen + batch.num_rows > self.limit:
                batch, self.truncated = batch.slice(0, self.limit - seen), True
            seen += batch.num_rows
            if batch.num_rows:
                yield batch
            if self.truncated:
                return


def _row_tuples(batch) -> list[tuple]:
    return list(zip(*(column.to_pylist() for column in batch.columns), strict=True))


def _write_csv(out: TextIO, pages: Iterable, schema) -> int:
    writer = csv.writer(out)
    writer.writerow(schema.names)
    count = 0
    for batch in pages:
        writer.writerows([[_csv_cell(v) for v in row] for row in _row_tuples(batch)])
        count += batch.num_rows
    return count


def _write_json(out: TextIO, pages: Iterable, schema) -> int:
    count = 0
    for batch in pages:
        for row in _row_tuples(batch):
            item = json.dumps(dict(zip(schema.names, map(_plain, row), strict=True)), indent=2, ensure_ascii=False, default=str)
            out.write(("[\n" if count == 0 else ",\n") + "\n".join("  " + line for line in item.splitlines()))
            count += 1
    out.write("\n]\n" if count else "[]\n")
    return count


def _write_table(out: TextIO, pages: Iterable, schema) -> int:
    """Aligned tables of up to ``TABLE_PAGE_ROWS`` rows each (a table needs its rows to size its columns)."""
    import polars as pl
    import pyarrow as pa

    count, pending = 0, []

    def flush() -> None:
        with pl.Config(tbl_cols=-1, tbl_rows=-1, fmt_str_lengths=80, tbl_width_chars=250, fmt_table_cell_list_len=8):
            out.write(str(pl.from_arrow(pa.Table.from_batches(pending, schema=schema))) + "\n")

    for batch in pages:
        pending.append(batch)
        count += batch.num_rows
        if sum(b.num_rows for b in pending) >= TABLE_PAGE_ROWS:
            flush()
            pending = []
    if pending or count == 0:  # an empty result still prints its header
        flush()
    return count


_WRITERS: dict[str, Callable[..., int]] = {"csv": _write_csv, "json": _write_json, "table": _write_table}


def stream_query(
    warehouse: Path,
    sql: str,
    out: TextIO,
    output_format: str = "table",
    limit: int = DEFAULT_ROW_LIMIT,
    limits: QueryLimits | None = None,
) -> QueryOutcome:
    """Run ``sql`` read-only under ``limits`` and write at most ``limit`` rows (0: all) to ``out``.

    Raises :class:`~ingest.warehouse.query_limits.QueryLimitExceeded` when the query runs past its
    time or memory limit; DuckDB errors (syntax, permissions) pass through.
    """
    limits = limits or QueryLimits.from_env()
    con = connect_read_only(warehouse, limits)
    try:
        with deadline(con, limits):
            relation = con.sql(sql)
            if relation is None:  # a statement without a result
                return QueryOutcome(0, False)
            if limit:
                relation = relation.limit(limit + 1)  # one more row says whether there were more
            reader = relation.to_arrow_reader(BATCH_ROWS)
            pages = _Pages(reader, limit)
            written = _WRITERS[output_format](out, pages, reader.schema)
    finally:
        con.close()
    return QueryOutcome(written, pages.truncated)
