"""Serving: locked-down queries, atomic publishing under a reader, crash safety, the docs site in a browser."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from ingest.cli import main
from ingest.config import REPO_ROOT
from ingest.warehouse.query import run_query
from tests.conftest import FIXTURES, SAMPLE_ARTICLES, SAMPLE_MANIFEST, browse, chromium_path

EXTRA = FIXTURES / "inputs" / "wire.jsonl"
STATE_SQL = (
    "select (select count(*) from raw.articles), (select count(*) from marts.fct_quotes), (select count(*) from marts.fct_meetings)"
)


def state(path: Path) -> tuple[int, int, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(STATE_SQL).fetchone()
    finally:
        con.close()


def parley(*args: str, warehouse: Path) -> subprocess.Popen:
    env = {**os.environ, "PARLEY_WAREHOUSE": str(warehouse)}
    return subprocess.Popen(
        [sys.executable, "-m", "ingest", *args],
        cwd=REPO_ROOT,
        env=env,
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


# ---- the read-only query path ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "select * from read_csv('/etc/passwd')",
        "copy (select 1) to '/tmp/parley_leak.csv'",
        "attach '/tmp/other.duckdb' as other",
        "set enable_external_access = true",
        "create table marts.scratch as select 1",
        "install httpfs",
    ],
)
def test_query_path_cannot_touch_other_files_or_settings(sample_warehouse, statement):
    with pytest.raises(duckdb.Error):
        run_query(sample_warehouse, statement)
    assert not Path("/tmp/parley_leak.csv").exists()


def test_query_formats(sample_warehouse, monkeypatch, capsys):
    monkeypatch.setenv("PARLEY_WAREHOUSE", str(sample_warehouse))
    sql = "select canonical_name from dim_people where person_id = 'wang_yi'"
    assert main(["query", sql, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"canonical_name": "Wang Yi"}]
    assert main(["query", sql, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["canonical_name", "Wang Yi"]
    assert main(["query", sql]) == 0
    assert "Wang Yi" in capsys.readouterr().out


# ---- publishing under a reader ---------------------------------------------------------------------

# Reads until the stop file exists, then once more (so its last read follows the publish); the
# ready file says the first read is done. No sleeps decide the outcome: the test waits on files.
READER = """
import os, sys, time, duckdb
path, ready, stop, sql = sys.argv[1:5]
seen, errors = set(), []
while True:
    finished = os.path.exists(stop)
    try:
        con = duckdb.connect(path, read_only=True)
        seen.add(con.execute(sql).fetchone())
        con.close()
    except Exception as exc:
        errors.append(repr(exc))
    if not os.path.exists(ready):
        open(ready, "w").close()
    if finished:
        break
    time.sleep(0.02)
print(repr((sorted(seen), errors)))
"""


def _wait_for(condition, timeout: float = 120.0) -> bool:
    end = time.time() + timeout
    while time.time() < end:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_reader_never_sees_errors_or_a_partial_warehouse(sample_warehouse, tmp_path):
    published = tmp_path / "parley.duckdb"
    shutil.copy2(sample_warehouse, published)
    before = state(published)
    ready, stop = tmp_path / "reader.ready", tmp_path / "reader.stop"
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(published), str(ready), str(stop), STATE_SQL], stdout=subprocess.PIPE, text=True
    )
    assert _wait_for(ready.exists)
    run = parley("run", str(SAMPLE_ARTICLES), str(EXTRA), "--manifest", str(SAMPLE_MANIFEST), "--quiet", warehouse=published)
    output, _ = run.communicate(timeout=600)
    stop.touch()
    assert run.returncode == 0, output
    after = state(published)
    seen, errors = eval(reader.communicate(timeout=120)[0])  # noqa: S307 - our own repr
    assert errors == []
    assert set(seen) <= {before, after} and after in set(seen) and after != before
    assert published.with_name("parley.duckdb.prev").exists()


# ---- crash safety: tests/test_reliability_crash.py kills `parley run` at named points (PARLEY_KILL_AT) --------


# ---- the dbt docs site in a real browser -----------------------------------------------------------


def test_docs_site_renders_marts_and_lineage(sample_warehouse, tmp_path, monkeypatch):
    import functools
    import http.server
    import threading

    chromium = chromium_path()
    monkeypatch.setenv("PARLEY_WAREHOUSE", str(sample_warehouse))
    assert main(["docs"]) == 0
    site = REPO_ROOT / "target"
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        page = browse(chromium, base + "#!/model/model.parley.fct_meetings", tmp_path / "p1", "--dump-dom")
        assert "fct_meetings" in page.stdout and "One row per real-world meeting" in page.stdout
        for mart in ("fct_quotes", "fct_announcements", "dim_people", "dim_outlets", "dim_organisations"):
            assert mart in page.stdout
        lineage = browse(chromium, base + "#!/model/model.parley.fct_meetings?g_v=1", tmp_path / "p2", "--dump-dom")
        assert "<canvas" in lineage.stdout  # the cytoscape lineage graph is drawn
        shot_dir = REPO_ROOT / "target" / "screenshots"
        shot_dir.mkdir(parents=True, exist_ok=True)
        shot = shot_dir / "docs_lineage.png"
        browse(chromium, base + "#!/model/model.parley.fct_meetings?g_v=1", tmp_path / "p3", f"--screenshot={shot}")
        assert shot.exists() and shot.stat().st_size > 10_000
    finally:
        server.shutdown()


def test_export_marts_to_parquet(sample_warehouse, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PARLEY_WAREHOUSE", str(sample_warehouse))
    assert main(["export", str(tmp_path / "parquet")]) == 0
    files = sorted(p.name for p in (tmp_path / "parquet").iterdir())
    assert {"fct_meetings.parquet", "fct_quotes.parquet", "dim_people.parquet", "bdg_meeting_participants.parquet"} <= set(files)
    con = duckdb.connect()
    meetings = con.execute(f"select count(*) from '{tmp_path / 'parquet' / 'fct_meetings.parquet'}'").fetchone()[0]
    assert meetings == state(sample_warehouse)[2]


def test_query_csv_writes_lists_as_json_arrays(sample_warehouse, monkeypatch, capsys):
    monkeypatch.setenv("PARLEY_WAREHOUSE", str(sample_warehouse))
    sql = "select ['Wang Yi', 'Sergey Lavrov'] as names, [date '2025-04-01'] as days, {'a': 1} as pair"
    assert main(["query", sql, "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows == [["names", "days", "pair"], ['["Wang Yi", "Sergey Lavrov"]', '["2025-04-01"]', '{"a": 1}']]


def test_unqualified_names_in_parley_query_are_the_marts(sample_warehouse, monkeypatch, capsys):
    monkeypatch.setenv("PARLEY_WAREHOUSE", str(sample_warehouse))
    assert main(["query", "select count(*) as n from fct_quotes", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["n"] > 0
