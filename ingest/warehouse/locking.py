"""The writer lock of a warehouse: one writer at a time, and a dead writer never blocks the next.

Two kernel locks on ``<warehouse>.lock``:

- a POSIX record lock (``lockf``) says which *process* writes. The kernel drops it when that
  process dies, however it dies, and forked children do not inherit it, so a killed run's
  surviving children can never make the warehouse look busy.
- an ``flock`` on the same open file is inherited by the writer's children (worker processes,
  dbt). The next writer takes it too, waiting until the last child of a killed run has exited:
  only then is it safe to discard that run's ``.building`` file and its WAL.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ingest.processes import keep_inherited, release_inherited

ORPHAN_WAIT_S = 60.0


class WarehouseBusy(RuntimeError):
    """Another Parley process is already writing this warehouse."""


def lock_path(published: Path) -> Path:
    """The lock file of ``published``."""
    return published.with_name(published.name + ".lock")


def _holder(fd: int) -> str:
    try:
        return os.pread(fd, 64, 0).decode(errors="replace").strip() or "unknown"
    except OSError:
        return "unknown"


def _wait_for_orphans(fd: int, path: Path, wait_s: float) -> None:
    end = time.monotonic() + wait_s
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= end:
                raise WarehouseBusy(
                    f"processes left by a killed parley run (pid {_holder(fd)}) still hold {path} after {wait_s:g} s; "
                    f"stop them (fuser -k {path}) and try again"
                ) from None
            time.sleep(0.05)


@contextmanager
def writer_lock(published: Path, orphan_wait_s: float = ORPHAN_WAIT_S) -> Iterator[None]:
    """Hold the exclusive writer lock of ``published`` for the block.

    Raises :class:`WarehouseBusy` at once when a live process holds it, and after
    ``orphan_wait_s`` when children of a dead writer still do (they normally die with it).
    """
    published.parent.mkdir(parents=True, exist_ok=True)
    path = lock_path(published)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise WarehouseBusy(f"another parley process (pid {_holder(fd)}) is writing {published}") from exc
        _wait_for_orphans(fd, path, orphan_wait_s)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        keep_inherited(fd)
        try:
            yield
        finally:
            release_inherited(fd)
    finally:
        os.close(fd)  # releases both locks (children still holding the flock keep only theirs)
