"""Fault injection for the crash tests: ``PARLEY_KILL_AT=<point>`` SIGKILLs the process there.

Each point is a name in the code path of ``parley run``; the tests kill the run at several of
them and check that the published warehouse is intact and an immediate re-run succeeds. Unset,
a kill point costs one dictionary lookup.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable

KILL_ENV = "PARLEY_KILL_AT"


def kill_point(name: str, ready: Callable[[], bool] | None = None, wait_s: float = 120.0) -> None:
    """SIGKILL this process if ``$PARLEY_KILL_AT`` is ``name``, once ``ready()`` holds (or ``wait_s`` passed)."""
    if os.environ.get(KILL_ENV) != name:
        return
    end = time.monotonic() + wait_s
    while ready is not None and not ready() and time.monotonic() < end:
        time.sleep(0.02)
    os.kill(os.getpid(), signal.SIGKILL)


KILL_WORKER_ENV = "PARLEY_KILL_WORKER_AT"  # "<chunk index>:<marker file>": the first worker there dies


def kill_worker_point(chunk_index: int) -> None:
    """SIGKILL this map worker on chunk ``$PARLEY_KILL_WORKER_AT``, once per marker file.

    The marker makes the kill happen once, so the engine's retry of the chunk succeeds.
    """
    spec = os.environ.get(KILL_WORKER_ENV)
    if not spec:
        return
    index, _, marker = spec.partition(":")
    if int(index) != chunk_index or not marker:
        return
    try:
        fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        return
    os.close(fd)
    os.kill(os.getpid(), signal.SIGKILL)
