"""Issue 18.7: a foreign writer on the published file is detected before publishing; nothing is lost."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import duckdb

from ingest.config import REPO_ROOT
from ingest.warehouse.foreign import foreign_writer, ready_path
from tests.conftest import FIXTURES, SAMPLE_ARTICLES, SAMPLE_MANIFEST

RUN_ARGS = ("run", str(SAMPLE_ARTICLES), str(FIXTURES / "inputs" / "wire.jsonl"), "--manifest", str(SAMPLE_MANIFEST), "--quiet")
# Opens the warehouse read-write, writes a table, says so, and keeps the connection until stdin closes.
WRITER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("create table main.analyst_notes as select 'keep me' as note")
print("ready", flush=True)
sys.stdin.read()
con.close()
"""


def parley(*args: str, warehouse: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PARLEY_WAREHOUSE": str(warehouse)}
    return subprocess.run([sys.executable, "-m", "ingest", *args], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=600)


def articles(path: Path) -> int:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute("select count(*) from raw.articles").fetchone()[0]
    finally:
        con.close()


def test_run_refuses_to_publish_over_a_writer_and_keeps_the_build(sample_warehouse, tmp_path):
    published = tmp_path / "parley.duckdb"
    shutil.copy2(sample_warehouse, published)
    before = articles(published)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(published)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "ready"
    try:
        assert foreign_writer(published) == f"another process holds a read-write connection on {published}"
        run = parley(*RUN_ARGS, warehouse=published)
        assert run.returncode != 0
        assert "not publishing: another process holds a read-write connection" in run.stderr
        assert "parley publish" in run.stderr
        assert ready_path(published).exists()
        refused = parley("publish", warehouse=published)  # the writer is still there
        assert refused.returncode != 0 and "not publishing" in refused.stderr
    finally:
        writer.communicate("")  # the writer closes its connection (and checkpoints)
    con = duckdb.connect(str(published), read_only=True)
    try:  # the writer's work is in the published file, not lost to .prev
        assert con.execute("select note from main.analyst_notes").fetchall() == [("keep me",)]
    finally:
        con.close()
    assert articles(published) == before
    assert articles(ready_path(published)) == before + 2  # the finished build
    done = parley("publish", warehouse=published)
    assert done.returncode == 0, done.stdout + done.stderr
    assert articles(published) == before + 2 and not ready_path(published).exists()


def test_unsaved_writes_of_a_killed_writer_are_not_published_over(sample_warehouse, tmp_path):
    published = tmp_path / "parley.duckdb"
    shutil.copy2(sample_warehouse, published)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(published)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "ready"
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    wal = published.with_name("parley.duckdb.wal")
    assert wal.exists()
    reason = foreign_writer(published)
    assert reason is not None and "has not checkpointed" in reason
