"""One line per finished dbt node while ``dbt build`` runs, from dbt's structured (JSON) log.

``parley run`` used to be silent for the whole build; dbt's own console output is two lines per
node plus banners. This reads ``--log-format json`` and prints each node's result line
("12 of 187 OK created sql table model marts.fct_meetings"), warnings, errors and the closing
summary.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

_COLOUR = re.compile(r"\x1b\[[0-9;]*m")
RESULT_EVENTS = {"LogSeedResult", "LogModelResult", "LogTestResult", "LogNodeResult", "LogSnapshotResult", "StatsLine"}


def progress_line(raw: str) -> str | None:
    """The line to show for one line of dbt's JSON log (None for events not worth a line)."""
    try:
        event = json.loads(raw)
    except json.JSONDecodeError:
        return raw.rstrip() or None
    info = event.get("info", {})
    if info.get("name") in RESULT_EVENTS or info.get("level") in ("warn", "error"):
        return "dbt: " + _COLOUR.sub("", info.get("msg", "")).strip()
    return None


def run_with_progress(
    command: list[str],
    cwd: Path,
    env: dict[str, str],
    out: Callable[[str], None] = print,
    pass_fds: tuple[int, ...] = (),
    started: Callable[[subprocess.Popen], None] | None = None,
) -> int:
    """Run dbt ``command`` (which must not set a log format) and report its nodes through ``out``;
    ``started`` is called with the process once it runs (a fault-injection point)."""
    process = subprocess.Popen(
        [*command, "--log-format", "json"],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        pass_fds=pass_fds,
    )
    assert process.stdout is not None
    if started is not None:
        started(process)
    for raw in process.stdout:
        line = progress_line(raw)
        if line:
            out(line)
    return process.wait()
