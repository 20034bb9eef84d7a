"""Build into a private copy of the warehouse, then swap it into place atomically.

Readers (BI tools, ``parley query``, the docs site) keep the published file open read-only;
writers never touch it. A crash leaves the published file as it was.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from ingest.faults import kill_point
from ingest.warehouse.foreign import ForeignWriter, foreign_writer, ready_path, refuse_message
from ingest.warehouse.locking import WarehouseBusy, writer_lock
from ingest.warehouse.versions import publish_version

__all__ = ["ForeignWriter", "WarehouseBusy", "previous_path", "publish_ready", "rollback", "staged", "staging_path", "writer_lock"]


def staging_path(published: Path) -> Path:
    """Where a build of ``published`` is prepared."""
    return published.with_name(published.name + ".building")


def previous_path(published: Path) -> Path:
    """Where the previously published warehouse is kept for rollback."""
    return published.with_name(published.name + ".prev")


def _checkpoint(path: Path) -> None:
    con = duckdb.connect(str(path))
    try:
        con.execute("checkpoint")
    finally:
        con.close()


def discard_stale_build(stage: Path) -> None:
    """Remove a build left by a killed run: the file, its WAL and DuckDB's spill directory."""
    for leftover in (stage, stage.with_name(stage.name + ".wal")):
        leftover.unlink(missing_ok=True)
    shutil.rmtree(stage.with_name(stage.name + ".tmp"), ignore_errors=True)


@contextmanager
def staged(published: Path) -> Iterator[Path]:
    """Yield a private copy of ``published`` to write; publish it atomically on success.

    On any exception the copy is discarded and the published warehouse is untouched.
    """
    with writer_lock(published):
        stage = staging_path(published)
        discard_stale_build(stage)  # from a killed run: the lock guarantees its processes are gone
        if published.exists():
            shutil.copy2(published, stage)
        try:
            yield stage
            _checkpoint(stage)
        except BaseException:
            stage.unlink(missing_ok=True)
            stage.with_name(stage.name + ".wal").unlink(missing_ok=True)
            raise
        reason = foreign_writer(published)
        if reason:
            os.replace(stage, ready_path(published))  # finished and checkpointed: keep it for `parley publish`
            raise ForeignWriter(refuse_message(reason, published))
        swap_into_place(stage, published)
        ready_path(published).unlink(missing_ok=True)  # an older kept build is superseded


def swap_into_place(stage: Path, published: Path) -> None:
    """Publish ``stage`` as a new reader-compatible version behind the stable path (``.prev`` points at the
    version before; see :mod:`ingest.warehouse.versions`)."""
    kill_point("publish")
    publish_version(stage, published)
    directory = os.open(published.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def publish_ready(published: Path) -> bool:
    """Publish the build kept by a refused publish; False when there is none."""
    with writer_lock(published):
        ready = ready_path(published)
        if not ready.exists():
            return False
        reason = foreign_writer(published)
        if reason:
            raise ForeignWriter(refuse_message(reason, published))
        swap_into_place(ready, published)
        return True


def rollback(published: Path) -> None:
    """Put the previously published warehouse back (``.prev`` points at the version before)."""
    keep = previous_path(published)
    if not keep.exists():
        raise FileNotFoundError(f"no previous warehouse at {keep}")
    with writer_lock(published):
        os.replace(keep, published)
