"""Versioned warehouse files behind a stable path.

Every publish writes a new file ``parley.duckdb.versions/parley-<stamp>.duckdb`` (in the
reader-compatible storage format, see :mod:`ingest.warehouse.compat`) and atomically points the
stable path ``parley.duckdb`` (a symbolic link) at it; ``parley.duckdb.prev`` points at the
version before. DuckDB caches one database instance per process and per *resolved* file, so a
long-running client (a pooled SQLAlchemy engine, a BI server) that opens a new connection after
a publish gets the new version even while older connections of the same process still hold the
previous one. The newest :data:`KEEP_VERSIONS` versions are kept; an older file that a reader
still has open stays readable until that reader closes it (POSIX unlink semantics).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from ingest.warehouse.compat import write_reader_compatible_copy

KEEP_VERSIONS = 3


def versions_dir(published: Path) -> Path:
    """The folder holding the published versions of ``published``."""
    return published.with_name(published.name + ".versions")


def current_version(published: Path) -> Path | None:
    """The file ``published`` resolves to now (None when nothing is published)."""
    return published.resolve() if published.exists() else None


def _point(link: Path, target: Path) -> None:
    """Atomically make ``link`` a relative symbolic link to ``target``."""
    tmp = link.with_name(link.name + ".link-tmp")
    tmp.unlink(missing_ok=True)
    os.symlink(os.path.relpath(target, link.parent), tmp)
    os.replace(tmp, link)


def _new_version_path(published: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    stem = published.name.split(".")[0]  # keep the catalog name readers see ("parley")
    return versions_dir(published) / f"{stem}-{stamp}-{os.getpid()}.duckdb"


def _adopt_plain_file(published: Path) -> Path | None:
    """A warehouse published before versioning (a plain file) becomes a version of its own."""
    if not published.exists() or published.is_symlink():
        return current_version(published)
    adopted = _new_version_path(published)
    os.link(published, adopted)
    _point(published, adopted)
    return adopted


def prune(published: Path, keep: int = KEEP_VERSIONS) -> list[Path]:
    """Delete all but the newest ``keep`` versions (never the current or previous one); returns what went."""
    directory = versions_dir(published)
    if not directory.is_dir():
        return []
    protected = {p.resolve() for p in (published, published.with_name(published.name + ".prev")) if p.exists()}
    versions = sorted(directory.glob("*.duckdb"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    removed = [p for p in versions[keep:] if p.resolve() not in protected]
    removed += list(directory.glob("*.tmp")) + list(directory.glob("*.tmp.wal"))  # from a crashed publish
    for path in removed:
        path.unlink(missing_ok=True)
        path.with_name(path.name + ".wal").unlink(missing_ok=True)
    return removed


def publish_version(stage: Path, published: Path) -> Path:
    """Publish the built (checkpointed) file ``stage`` as a new version; returns the new version's path.

    Must run under the writer lock. ``stage`` is removed afterwards.
    """
    versions_dir(published).mkdir(parents=True, exist_ok=True)
    version = _new_version_path(published)
    tmp = version.with_name(version.name + ".tmp")
    write_reader_compatible_copy(stage, tmp)
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, version)
    previous = _adopt_plain_file(published)
    if previous is not None:
        _point(published.with_name(published.name + ".prev"), previous)
    _point(published, version)
    for leftover in (stage, stage.with_name(stage.name + ".wal")):
        leftover.unlink(missing_ok=True)
    prune(published)
    return version
