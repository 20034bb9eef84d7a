"""Issue 18.3: a killed run leaves nothing that blocks the next one.

Children die with the parent, the writer lock recognises a dead holder (and waits, on the lock,
for the children of a killed run), a stale ``.building`` and its WAL are discarded. The fault
injection kills ``parley run`` at named points (``PARLEY_KILL_AT``), so no test guesses when a
stage is running.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from ingest.config import REPO_ROOT
from ingest.warehouse.locking import WarehouseBusy, writer_lock
from tests.conftest import FIXTURES, SAMPLE_ARTICLES, SAMPLE_MANIFEST

RUN_ARGS = ("run", str(SAMPLE_ARTICLES), str(FIXTURES / "inputs" / "wire.jsonl"), "--manifest", str(SAMPLE_MANIFEST), "--quiet")
VOLATILE = {"run_id", "ingested_at", "started_at", "finished_at", "quarantined_at", "built_at"}


def parley(*args: str, warehouse: Path, **env: str) -> subprocess.Popen:
    """`python -m ingest ARGS` in its own session (so the test can find every process it started)."""
    return subprocess.Popen(
        [sys.executable, "-m", "ingest", *args],
        cwd=REPO_ROOT,
        env={**os.environ, "PARLEY_WAREHOUSE": str(warehouse), **env},
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def live_processes(session: int) -> list[int]:
    """Processes of ``session`` that are still running (zombies wait for PID 1 and hold nothing)."""
    pids = subprocess.run(["pgrep", "-s", str(session)], capture_output=True, text=True).stdout.split()
    alive = []
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.append(int(pid))
    return alive


def wait_until(condition, timeout: float = 60.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def signature(path: Path) -> dict[str, tuple]:
    """Row count and a content hash of every raw table and mart, without run ids and timestamps."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = con.execute(
            "select table_schema, table_name, list(column_name order by ordinal_position) from information_schema.columns "
            "where table_schema in ('main', 'raw') group by all order by all"
        ).fetchall()
        found = {}
        for schema, table, columns in tables:
            kept = ", ".join(f'"{c}"' for c in columns if c not in VOLATILE)
            found[f"{schema}.{table}"] = con.execute(
                f"select count(*), md5(coalesce(string_agg(r, '|' order by r), '')) "
                f"from (select ({kept})::varchar as r from {schema}.{table})"
            ).fetchone()
        return found
    finally:
        con.close()


@pytest.fixture(scope="module")
def clean_run(sample_warehouse, tmp_path_factory) -> dict[str, tuple]:
    """What an uninterrupted run adds to the sample warehouse."""
    published = tmp_path_factory.mktemp("clean") / "parley.duckdb"
    shutil.copy2(sample_warehouse, published)
    run = parley(*RUN_ARGS, warehouse=published)
    output, _ = run.communicate(timeout=600)
    assert run.returncode == 0, output
    return signature(published)


@pytest.mark.slow
@pytest.mark.parametrize("kill_point", ["ingest_batch", "dbt", "built", "publish"])
def test_sigkill_at_each_point_then_an_immediate_rerun_equals_a_clean_run(sample_warehouse, clean_run, tmp_path, kill_point):
    published = tmp_path / "parley.duckdb"
    shutil.copy2(sample_warehouse, published)
    before = signature(published)
    # Only the parent is killed (by itself, at the named point); its workers and dbt must follow.
    killed = parley(*RUN_ARGS, warehouse=published, PARLEY_KILL_AT=kill_point, PARLEY_PARALLEL_THRESHOLD="1")
    output, _ = killed.communicate(timeout=600)
    assert killed.returncode == -signal.SIGKILL, output
    assert signature(published) == before  # still readable, unchanged

    rerun = parley(*RUN_ARGS, warehouse=published)  # immediately: the lock waits for any dying child
    output, _ = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, output
    assert wait_until(lambda: not live_processes(killed.pid)), live_processes(killed.pid)
    assert signature(published) == clean_run
    assert not published.with_name("parley.duckdb.building").exists()
    assert not published.with_name("parley.duckdb.building.wal").exists()


HOLDER = """
import os, sys, time
from pathlib import Path
from ingest.processes import die_with_parent
from ingest.warehouse.locking import writer_lock
with writer_lock(Path(sys.argv[1])):
    parent = os.getpid()
    child = os.fork()  # like a pool worker: inherits the lock file
    if child == 0:
        if sys.argv[2] == "dies_with_parent":
            die_with_parent(parent)
        print("child", os.getpid(), flush=True)
        time.sleep(600)
        os._exit(0)
    time.sleep(0.2)
    print("ready", flush=True)
    time.sleep(600)
"""


def hold_lock(published: Path, child_mode: str) -> tuple[subprocess.Popen, int]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(published), child_mode], cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True
    )
    child = int(holder.stdout.readline().split()[1])
    assert holder.stdout.readline().strip() == "ready"
    return holder, child


def test_live_writer_makes_the_warehouse_busy_and_names_its_pid(tmp_path):
    published = tmp_path / "parley.duckdb"
    holder, child = hold_lock(published, "dies_with_parent")
    try:
        with pytest.raises(WarehouseBusy, match=f"pid {holder.pid}"):
            with writer_lock(published):
                pass
    finally:
        holder.kill()
        holder.wait()


def test_dead_writer_is_recognised_and_its_dying_children_are_waited_for(tmp_path):
    published = tmp_path / "parley.duckdb"
    holder, child = hold_lock(published, "dies_with_parent")
    holder.kill()
    holder.wait()
    with writer_lock(published):  # no WarehouseBusy: the holder is dead and its child goes with it
        assert not Path(f"/proc/{child}/cmdline").exists() or Path(f"/proc/{child}/cmdline").read_bytes() == b""


def test_orphan_that_never_exits_gets_a_clear_message(tmp_path):
    published = tmp_path / "parley.duckdb"
    holder, child = hold_lock(published, "outlives_parent")
    holder.kill()
    holder.wait()
    try:
        with pytest.raises(WarehouseBusy, match="processes left by a killed parley run"):
            with writer_lock(published, orphan_wait_s=0.5):
                pass
    finally:
        os.kill(child, signal.SIGKILL)
    assert wait_until(lambda: _can_lock(published))


def _can_lock(published: Path) -> bool:
    try:
        with writer_lock(published, orphan_wait_s=0):
            return True
    except WarehouseBusy:
        return False
