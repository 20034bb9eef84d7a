"""The map: a chunk of input files -> staging Parquet, one file per raw table.

A pure function of the files, the manifest and the reference data: it reads, cleans and extracts every
article it is given, with no look at what the lake already holds (that is the merge's job), so any
engine may run chunks anywhere, twice, or in any order.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from ingest.budget import over_budget
from ingest.lake.layout import write_atomically
from ingest.pipeline import extract_within_budget, prepare_file, quarantine_row
from ingest.reference import ReferenceData
from ingest.sources.readers import ManifestEntry, Rejected
from ingest.warehouse.schema import (
    ANNOUNCEMENTS,
    ARTICLES,
    EVENT_MENTIONS,
    EVENT_PARTICIPANTS,
    MENTIONS,
    QUARANTINE,
    QUOTES,
    frame,
)

STAGED_TABLES = (ARTICLES, MENTIONS, QUOTES, EVENT_MENTIONS, EVENT_PARTICIPANTS, ANNOUNCEMENTS, QUARANTINE)
_ROWS_OF = {
    MENTIONS.name: "mentions",
    QUOTES.name: "quotes",
    EVENT_MENTIONS.name: "events",
    EVENT_PARTICIPANTS.name: "participants",
    ANNOUNCEMENTS.name: "announcements",
}


@dataclass(frozen=True)
class Chunk:
    """One unit of map work: files in input order, numbered so the merge can restore that order."""

    index: int
    files: tuple[tuple[str, ManifestEntry | None], ...]
    run_id: str
    budget: float


def staged_file(stage_dir: Path, table: str, chunk_index: int) -> Path:
    return stage_dir / table / f"chunk-{chunk_index:06d}.parquet"


def extract_chunk(chunk: Chunk, reference: ReferenceData) -> dict[str, pl.DataFrame]:
    """Read, clean and extract every article of ``chunk``; rows per raw table.

    Articles carry ``chunk`` and ``position`` columns (input order) for the merge; an article over its
    time budget goes to quarantine instead, as in the single-machine path.
    """
    rows: dict[str, list[dict]] = {table.name: [] for table in STAGED_TABLES}
    for path, manifest_entry in chunk.files:
        for item in prepare_file(Path(path), manifest_entry, chunk.run_id, reference):
            if isinstance(item, Rejected):
                rows[QUARANTINE.name].append(quarantine_row(item, chunk.run_id))
                continue
            extracted = extract_within_budget(
                item["article_id"], item["clean_text"], item["published_date"], chunk.budget, reference, item["removed_boilerplate"]
            )
            if extracted is None:
                rows[QUARANTINE.name].append(quarantine_row(over_budget(item, chunk.budget), chunk.run_id))
                continue
            rows[ARTICLES.name].append(item)
            for table, field in _ROWS_OF.items():
                rows[table].extend(getattr(extracted, field))
    frames = {table.name: frame(table, rows[table.name]) for table in STAGED_TABLES}
    articles = frames[ARTICLES.name]
    frames[ARTICLES.name] = articles.with_columns(
        pl.lit(chunk.index, pl.Int64).alias("chunk"), pl.int_range(articles.height, dtype=pl.Int64).alias("position")
    )
    return frames


def write_chunk(chunk: Chunk, reference: ReferenceData, stage_dir: Path) -> int:
    """``extract_chunk`` and write its staging files; returns how many articles it staged."""
    frames = extract_chunk(chunk, reference)
    write_staged(frames, stage_dir, chunk.index)
    return frames[ARTICLES.name].height


def write_staged(frames: dict[str, pl.DataFrame], stage_dir: Path, chunk_index: int) -> None:
    """Write one chunk's staging files (every table, even empty, so the merge always finds them)."""
    for table, df in frames.items():  # a retried chunk overwrites its own files: the map is idempotent
        write_atomically(df, staged_file(stage_dir, table, chunk_index))
