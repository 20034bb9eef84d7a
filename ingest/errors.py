"""One clear line for an error the command line reports instead of a traceback."""

from __future__ import annotations

import errno

_DISK_FULL = ("no space left on device", "disk is full", "out of disk space")


def _chain(exc: BaseException) -> list[BaseException]:
    """``exc`` and the errors it was raised from or while handling, outermost first."""
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def _says_disk_full(exc: BaseException) -> bool:
    return (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or any(m in str(exc).lower() for m in _DISK_FULL)


def describe(exc: BaseException) -> str:
    """``exc`` as a message for users: a full disk is named as such, whatever error it surfaced as
    (DuckDB's "cannot rollback - no transaction is active" after a failed write, say)."""
    full = [e for e in _chain(exc) if _says_disk_full(e)]
    if full:
        return f"disk full: no space left on the device ({full[-1]}); the published warehouse is unchanged"
    return f"{type(exc).__name__}: {exc}"
