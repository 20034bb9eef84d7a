"""Build into a private copy of the warehouse, then swap it into place atomically.

Readers (BI tools, ``parley query``, the docs site) keep the published file open read-only;
writers never touch it. A crash leaves the published file as it was.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from ingest.warehouse.versions import publish_version


class WarehouseBusy(RuntimeError):
    """Another Parley process is already writing this warehouse."""


def staging_path(published: Path) -> Path:
    """Where a build of ``published`` is prepared."""
    return published.with_name(published.name + ".building")


def previous_path(published: Path) -> Path:
    """Where the previously published warehouse is kept for rollback."""
    return published.with_name(published.name + ".prev")


@contextmanager
def writer_lock(published: Path) -> Iterator[None]:
    """Exclusive lock so two pipelines never build the same warehouse at once."""
    published.parent.mkdir(parents=True, exist_ok=True)
    with open(published.with_name(published.name + ".lock"), "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise WarehouseBusy(f"another parley process is writing {published}") from exc
        yield


def _checkpoint(path: Path) -> None:
    con = duckdb.connect(str(path))
    try:
        con.execute("checkpoint")
    finally:
        con.close()


@contextmanager
def staged(published: Path) -> Iterator[Path]:
    """Yield a private copy of ``published`` to write; publish it atomically on success.

    On any exception the copy is discarded and the published warehouse is untouched.
    """
    with writer_lock(published):
        stage = staging_path(published)
        for leftover in (stage, stage.with_name(stage.name + ".wal")):
            leftover.unlink(missing_ok=True)  # from a crashed run
        if published.exists():
            shutil.copy2(published, stage)
        try:
            yield stage
            _checkpoint(stage)
        except BaseException:
            stage.unlink(missing_ok=True)
            stage.with_name(stage.name + ".wal").unlink(missing_ok=True)
            raise
        publish_version(stage, published)  # a new reader-compatible version behind the stable path
        directory = os.open(published.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


def rollback(published: Path) -> None:
    """Put the previously published warehouse back (``.prev`` points at the version before)."""
    keep = previous_path(published)
    if not keep.exists():
        raise FileNotFoundError(f"no previous warehouse at {keep}")
    with writer_lock(published):
        os.replace(keep, published)
