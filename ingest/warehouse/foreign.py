"""Another program writing the published warehouse: detect it before publishing over its work.

``parley run`` replaces the published file by renaming a finished build over it. If another
process holds a read-write DuckDB connection on that file (or left a WAL of unsaved writes),
those writes would end up only in ``.prev``, and its WAL would be replayed onto the new file.
Parley refuses instead and keeps the finished build as ``<warehouse>.ready`` for ``parley publish``.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path


class ForeignWriter(RuntimeError):
    """Another process writes (or has unsaved writes in) the published warehouse."""


def ready_path(published: Path) -> Path:
    """Where a finished build waits when publishing was refused."""
    return published.with_name(published.name + ".ready")


def foreign_writer(published: Path) -> str | None:
    """Why publishing over ``published`` would lose another program's writes, or None when it would not.

    A read-write DuckDB connection holds an exclusive POSIX lock on the file (readers share one),
    so a shared lock that cannot be taken means a writer; a ``.wal`` next to the file holds writes
    not yet checkpointed into it.
    """
    if not published.exists():
        return None
    fd = os.open(published, os.O_RDONLY | os.O_CLOEXEC)
    try:
        fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return f"another process holds a read-write connection on {published}"
    finally:
        os.close(fd)  # also drops the shared lock just taken
    wal = published.with_name(published.name + ".wal")
    if wal.exists() and wal.stat().st_size > 0:
        return f"{wal} holds writes another program has not checkpointed into {published.name}"
    return None


def refuse_message(reason: str, published: Path) -> str:
    """The user-facing message for a refused publish."""
    return (
        f"not publishing: {reason}; its writes would be lost. The finished build is kept at "
        f"{ready_path(published)}: close that program's connection (or open the warehouse with it once to "
        "checkpoint), then run `parley publish` to publish the kept build, or `parley run` to build again"
    )
