"""Resource limits for ad-hoc queries: memory, threads, a wall-clock timeout, no spilling to disk.

DuckDB reads its memory and thread settings once, at connect time, and ``lock_configuration``
then stops a query from raising them: the limits must be part of the connection's config.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import duckdb

from ingest.config import DEFAULT_MEMORY_LIMIT, MEMORY_LIMIT_ENV

QUERY_MEMORY_ENV = "PARLEY_QUERY_MEMORY_LIMIT"
QUERY_THREADS_ENV = "PARLEY_QUERY_THREADS"
QUERY_TIMEOUT_ENV = "PARLEY_QUERY_TIMEOUT"
DEFAULT_TIMEOUT_S = 300.0
DEFAULT_THREADS = 2


class QueryLimitExceeded(RuntimeError):
    """A query hit one of the limits of :class:`QueryLimits`; the message says which and how to change it."""


@dataclass(frozen=True)
class QueryLimits:
    """How much one query may use: DuckDB memory, worker threads and seconds of wall-clock time."""

    memory_limit: str = DEFAULT_MEMORY_LIMIT
    threads: int = DEFAULT_THREADS
    timeout_s: float = DEFAULT_TIMEOUT_S

    @classmethod
    def from_env(cls, timeout_s: float | None = None) -> QueryLimits:
        """Limits from ``PARLEY_QUERY_*`` (memory falls back to ``PARLEY_MEMORY_LIMIT``); ``timeout_s`` overrides."""
        memory = os.environ.get(QUERY_MEMORY_ENV) or os.environ.get(MEMORY_LIMIT_ENV) or DEFAULT_MEMORY_LIMIT
        threads = int(os.environ.get(QUERY_THREADS_ENV) or DEFAULT_THREADS)
        timeout = timeout_s if timeout_s is not None else float(os.environ.get(QUERY_TIMEOUT_ENV) or DEFAULT_TIMEOUT_S)
        return cls(memory_limit=memory, threads=max(1, threads), timeout_s=timeout)

    def config(self) -> dict[str, object]:
        """DuckDB connection settings enforcing these limits (set before the configuration is locked).

        ``temp_directory = ''`` turns spilling off: a query over its memory limit fails with an
        out-of-memory error instead of filling the disk with temporary files.
        """
        return {"memory_limit": self.memory_limit, "threads": self.threads, "temp_directory": ""}


@contextmanager
def deadline(con: duckdb.DuckDBPyConnection, limits: QueryLimits) -> Iterator[None]:
    """Interrupt whatever ``con`` runs once ``limits.timeout_s`` have passed; translate limit errors.

    A timer thread calls ``con.interrupt()``; DuckDB stops the running query at its next check
    and raises ``InterruptException``, reported as :class:`QueryLimitExceeded`. A timeout of 0 or
    less means no timeout.
    """
    fired = threading.Event()

    def stop() -> None:
        fired.set()
        con.interrupt()

    timer = threading.Timer(limits.timeout_s, stop) if limits.timeout_s > 0 else None
    if timer is not None:
        timer.daemon = True
        timer.start()
    try:
        yield
    except Exception as exc:
        # DuckDB raises InterruptException / OutOfMemoryException; read through Arrow the same
        # errors arrive as OSError or ArrowMemoryError with DuckDB's message.
        if fired.is_set() and (isinstance(exc, (duckdb.InterruptException, OSError)) or "INTERRUPT" in str(exc)):
            raise QueryLimitExceeded(
                f"query stopped after {limits.timeout_s:g} s, its time limit (--timeout or {QUERY_TIMEOUT_ENV})"
            ) from exc
        if isinstance(exc, (duckdb.OutOfMemoryException, MemoryError)) or "Out of Memory Error" in str(exc):
            raise QueryLimitExceeded(
                f"query needs more than its {limits.memory_limit} memory limit ({QUERY_MEMORY_ENV}); "
                "aggregate or filter it, or add a limit"
            ) from exc
        raise
    finally:
        if timer is not None:
            timer.cancel()
