"""``parley ingest --lake DIR``: discover -> map (an engine stages chunks) -> merge -> commit."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from ingest.budget import article_timeout
from ingest.lake.engines import run_local, run_ray
from ingest.lake.layout import Lake
from ingest.lake.merge import merge_run
from ingest.lake.stage import Chunk, extract_chunk, write_staged
from ingest.pipeline import IngestReport, now, quarantine_row
from ingest.reference import ReferenceData, load_reference
from ingest.sources.manifest import parse_manifest
from ingest.sources.readers import Rejected, discover
from ingest.warehouse.locking import writer_lock
from ingest.warehouse.schema import QUARANTINE, frame

CHUNK_FILES = 32  # files per map task: large enough to amortise a task, small enough to spread
INGEST_LOCK = "_ingest"  # DIR/_ingest.lock: one ingest at a time per lake


def _chunks(files: list[Path], manifest: dict, run_id: str, budget: float, size: int) -> list[Chunk]:
    return [
        Chunk(index + 1, tuple((str(p), manifest.get(p.name)) for p in files[start : start + size]), run_id, budget)
        for index, start in enumerate(range(0, len(files), size))
    ]


def ingest_to_lake(
    paths: Iterable[str],
    lake_dir: Path,
    manifest_path: Path | None = None,
    engine: str = "local",
    workers: int | None = None,
    address: str | None = None,
    chunk_files: int = CHUNK_FILES,
) -> IngestReport:
    """Ingest files, directories or globs into the lake at ``lake_dir`` as one committed run.

    Holds the lake's ingest lock (the warehouse writer lock, on ``DIR/_ingest.lock``) for the run: a second
    ingest into the same lake fails at once with :class:`~ingest.warehouse.locking.WarehouseBusy`, and the
    leftovers of a killed run are removed only once none of its processes remain.
    """
    reference = load_reference()  # fail fast on broken seeds
    lake = Lake(lake_dir.resolve())
    with writer_lock(lake.root / INGEST_LOCK):
        return _ingest_locked(paths, lake, reference, manifest_path, engine, workers, address, chunk_files)


def _ingest_locked(
    paths: Iterable[str],
    lake: Lake,
    reference: ReferenceData,
    manifest_path: Path | None,
    engine: str,
    workers: int | None,
    address: str | None,
    chunk_files: int,
) -> IngestReport:
    report = IngestReport(run_id=datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8])
    started = now()
    lake.init()
    for leftover in lake.recover():
        report.warnings.append(f"removed {leftover.relative_to(lake.root)}: left by a run that did not finish")
    parsed = parse_manifest(manifest_path) if manifest_path else None
    report.warnings.extend(parsed.warnings if parsed else [])
    files, rejected = discover(paths)
    report.n_inputs = len(files)
    stage_dir = lake.staging / report.run_id
    chunks = _chunks(files, parsed.entries if parsed else {}, report.run_id, article_timeout(), chunk_files)
    if engine == "ray":
        run_ray(chunks, stage_dir, workers, address)
    elif engine == "local":
        run_local(chunks, stage_dir, workers)
    else:
        raise ValueError(f"unknown engine {engine!r}: choose local or ray")
    # Chunk 0: inputs rejected before reading. Written after the map: Polars must not run in this
    # process before the local pool forks (its thread pool would deadlock the forked workers).
    discovery = extract_chunk(Chunk(0, (), report.run_id, 0.0), reference)
    discovery[QUARANTINE.name] = frame(QUARANTINE, [quarantine_row(r, report.run_id) for r in rejected])
    write_staged(discovery, stage_dir, 0)
    counts = merge_run(lake, stage_dir, report.run_id, started, report.n_inputs)
    report.n_loaded, report.n_duplicates = counts.n_loaded, counts.n_duplicates
    report.n_superseded, report.n_reinstated = counts.n_superseded, counts.n_reinstated
    report.n_quarantined = counts.n_quarantined
    report.quarantined = [Rejected(key, key, reason, detail) for key, reason, detail in counts.quarantine_reasons]
    return report
