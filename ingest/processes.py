"""Child processes that die with their parent, and the file descriptors they must inherit.

A SIGKILLed ``parley run`` cannot clean up after itself, so every child arranges its own end:
on Linux the kernel sends it SIGKILL when its parent dies (``PR_SET_PDEATHSIG``). Children also
inherit the writer lock's ``flock`` (see :mod:`ingest.warehouse.locking`), so the next run can
wait, on the lock itself, until the last of them is gone.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

PARENT_ENV = "PARLEY_PARENT_PID"
_PR_SET_PDEATHSIG = 1
_inherited: set[int] = set()


def die_with_parent(parent_pid: int | None = None) -> None:
    """Ask the kernel to SIGKILL this process when its parent dies; exit now if it already has.

    ``parent_pid`` defaults to ``$PARLEY_PARENT_PID``; without either, only the signal is set.
    A no-op where ``prctl`` does not exist (not Linux).
    """
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    expected = parent_pid or int(os.environ.get(PARENT_ENV) or 0)
    if expected and os.getppid() != expected:  # the parent died before the signal was armed
        os._exit(1)


def child_env(env: dict[str, str] | None = None) -> dict[str, str]:
    """``env`` (default: this process's) plus the parent PID a child checks in :func:`die_with_parent`."""
    return {**(os.environ if env is None else env), PARENT_ENV: str(os.getpid())}


def keep_inherited(fd: int) -> None:
    """Hand ``fd`` to every child started with :func:`inherited_fds` (until :func:`release_inherited`)."""
    _inherited.add(fd)


def release_inherited(fd: int) -> None:
    """Stop handing ``fd`` to new children."""
    _inherited.discard(fd)


def inherited_fds() -> tuple[int, ...]:
    """The descriptors to pass to a subprocess (``subprocess.run(..., pass_fds=inherited_fds())``)."""
    return tuple(sorted(_inherited))
