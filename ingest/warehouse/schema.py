"""Raw tables written by the ingestor: name, key, write disposition and DDL, in one place."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl


@dataclass(frozen=True)
class RawTable:
    """A raw table: its key, how loads write to it, and its Polars schema (DDL is derived)."""

    name: str
    key: tuple[str, ...]
    disposition: str  # merge: upsert by key | append: insert new keys only
    schema: dict[str, pl.DataType]

    @property
    def qualified(self) -> str:
        return f"raw.{self.name}"


_DUCKDB_TYPES = {
    pl.Utf8: "VARCHAR",
    pl.Int64: "BIGINT",
    pl.Int32: "INTEGER",
    pl.Float64: "DOUBLE",
    pl.Boolean: "BOOLEAN",
    pl.Date: "DATE",
    pl.Datetime("us"): "TIMESTAMP",
}


def _sql_type(dtype: pl.DataType) -> str:
    if isinstance(dtype, pl.List):
        return _sql_type(dtype.inner) + "[]"
    return _DUCKDB_TYPES[dtype]


def ddl(table: RawTable) -> str:
    """CREATE TABLE statement for ``table``."""
    columns = ",\n  ".join(f"{name} {_sql_type(dtype)}" for name, dtype in table.schema.items())
    return f"create table if not exists {table.qualified} (\n  {columns},\n  primary key ({', '.join(table.key)})\n)"


S, INT, F, B, D, TS = pl.Utf8, pl.Int64, pl.Float64, pl.Boolean, pl.Date, pl.Datetime("us")

ARTICLES = RawTable(
    "articles",
    ("article_id",),
    "merge",
    {
        "article_id": S,
        "source_key": S,
        "source_path": S,
        "source_format": S,
        "encoding": S,
        "url": S,
        "outlet_id": S,
        "outlet_name": S,
        "outlet_source": S,
        "outlet_note": S,
        "published_date": D,
        "date_source": S,
        "date_note": S,
        "title": S,
        "raw_text": S,
        "clean_text": S,
        "n_chars": INT,
        "removed_boilerplate": pl.List(S),
        "run_id": S,
        "ingested_at": TS,
        "is_current": B,
        "superseded_by": S,
    },
)
MENTIONS = RawTable(
    "mentions",
    ("mention_id",),
    "append",
    {
        "mention_id": S,
        "article_id": S,
        "entity_type": S,
        "entity_id": S,
        "canonical_name": S,
        "surface": S,
        "start_char": INT,
        "end_char": INT,
        "sentence_id": INT,
        "resolution": S,
        "confidence": F,
    },
)
QUOTES = RawTable(
    "quotes",
    ("quote_id",),
    "append",
    {
        "quote_id": S,
        "article_id": S,
        "quote_text": S,
        "start_char": INT,
        "end_char": INT,
        "sentence_id": INT,
        "speaker_type": S,
        "speaker_id": S,
        "speaker_name": S,
        "speaker_surface": S,
        "cue": S,
        "attribution_rule": S,
        "confidence": F,
    },
)
EVENT_MENTIONS = RawTable(
    "event_mentions",
    ("event_mention_id",),
    "append",
    {
        "event_mention_id": S,
        "article_id": S,
        "kind": S,
        "status": S,
        "trigger": S,
        "start_char": INT,
        "end_char": INT,
        "sentence_ids": pl.List(INT),
        "location_id": S,
        "location_name": S,
        "date_start": D,
        "date_end": D,
        "date_precision": S,
        "date_text": S,
        "confidence": F,
        "in_quote": B,
    },
)
EVENT_PARTICIPANTS = RawTable(
    "event_participants",
    ("event_mention_id", "person_id"),
    "append",
    {
        "event_mention_id": S,
        "article_id": S,
        "person_id": S,
        "person_name": S,
        "participant_order": INT,
    },
)
ANNOUNCEMENTS = RawTable(
    "announcements",
    ("announcement_id",),
    "append",
    {
        "announcement_id": S,
        "article_id": S,
        "event_mention_id": S,
        "announcer_type": S,
        "announcer_id": S,
        "announcer_name": S,
        "announced_on": D,
        "cue": S,
        "start_char": INT,
        "end_char": INT,
        "sentence_id": INT,
        "confidence": F,
    },
)
INGEST_RUNS = RawTable(
    "ingest_runs",
    ("run_id",),
    "append",
    {
        "run_id": S,
        "started_at": TS,
        "finished_at": TS,
        "n_inputs": INT,
        "n_loaded": INT,
        "n_duplicates": INT,
        "n_superseded": INT,
        "n_quarantined": INT,
        "parley_version": S,
    },
)
QUARANTINE = RawTable(
    "quarantine",
    ("source_key", "reason", "content_sha256"),
    "append",
    {
        "source_key": S,
        "source_path": S,
        "reason": S,
        "detail": S,
        "content_sha256": S,
        "run_id": S,
        "quarantined_at": TS,
    },
)

EXTRACTION_TABLES = (MENTIONS, QUOTES, EVENT_MENTIONS, EVENT_PARTICIPANTS, ANNOUNCEMENTS)
ALL_TABLES = (ARTICLES, *EXTRACTION_TABLES, INGEST_RUNS, QUARANTINE)


def frame(table: RawTable, rows: list[dict]) -> pl.DataFrame:
    """Rows as a DataFrame with exactly the table's schema (strict types, column order)."""
    return pl.DataFrame(rows, schema=table.schema, orient="row") if rows else pl.DataFrame(schema=table.schema)
