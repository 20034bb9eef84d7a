"""Issue 18.1: `parley query` under limits — memory, threads, wall-clock timeout, row cap, long SQL.

Every runaway query runs in a subprocess capped with ``RLIMIT_AS``, so a regression fails the test
instead of taking the machine down.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import duckdb
import pytest

from ingest.config import REPO_ROOT
from ingest.warehouse.query_limits import QueryLimits

ADDRESS_SPACE_CAP = 3 * 1024**3  # virtual memory of the whole process: Python, Polars, DuckDB and its threads
QUERY_MEMORY = "256MB"
# Runs `parley` with an address-space cap and reports its peak RSS on stderr as the last line.
CAPPED = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))
from ingest.cli import main
try:
    status = main(sys.argv[1:])
finally:
    sys.stdout.flush()
    print("peak_rss_mb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, file=sys.stderr)
sys.exit(status)
"""
CROSS_JOIN = "from dim_people a, dim_organisations b, dim_people c, dim_organisations d, dim_people e"


def capped_query(warehouse, *args: str, stdin: str | None = None, stdout=subprocess.PIPE) -> tuple[int, str, str, int]:
    """`parley query ARGS` in a capped subprocess: (exit status, stdout, stderr without the RSS line, peak RSS in MB)."""
    env = {**os.environ, "PARLEY_WAREHOUSE": str(warehouse), "PARLEY_QUERY_MEMORY_LIMIT": QUERY_MEMORY}
    done = subprocess.run(
        [sys.executable, "-c", CAPPED.format(cap=ADDRESS_SPACE_CAP), "query", *args],
        cwd=REPO_ROOT,
        env=env,
        input=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=300,
    )
    *lines, last = done.stderr.rstrip("\n").splitlines() or [""]
    assert last.startswith("peak_rss_mb"), done.stderr
    return done.returncode, done.stdout or "", "\n".join(lines), int(last.split()[1])


def test_huge_result_prints_only_the_row_cap(sample_warehouse):
    status, out, err, rss = capped_query(sample_warehouse, "select * from range(10000000000)", "--format", "csv")
    assert status == 0, err
    assert out.splitlines()[:3] == ["range", "0", "1"] and len(out.splitlines()) == 1 + 1000
    assert "first 1000 rows shown" in err
    assert rss < 1024


def test_streamed_unlimited_output_stops_at_the_timeout_with_bounded_memory(sample_warehouse):
    status, _, err, rss = capped_query(
        sample_warehouse,
        "select * from range(10000000000)",
        "--format",
        "csv",
        "--limit",
        "0",
        "--timeout",
        "4",
        stdout=subprocess.DEVNULL,
    )
    assert status == 2
    assert "query stopped after 4 s, its time limit" in err
    assert rss < 1024  # streamed: rows are written as they come, never held


def test_five_way_cross_join_is_interrupted_at_the_timeout(sample_warehouse):
    status, _, err, rss = capped_query(sample_warehouse, f"select count(*) {CROSS_JOIN}", "--timeout", "3")
    assert status == 2
    assert "query stopped after 3 s" in err and "PARLEY_QUERY_TIMEOUT" in err
    assert rss < 1024


def test_five_way_cross_join_rows_are_capped(sample_warehouse):
    status, out, err, _ = capped_query(sample_warehouse, f"select a.person_id, e.person_id {CROSS_JOIN}", "--limit", "5")
    assert status == 0, err
    assert "first 5 rows shown" in err and "shape: (5, 2)" in out


def test_query_over_the_memory_limit_fails_clearly_instead_of_spilling(sample_warehouse):
    status, _, err, rss = capped_query(
        sample_warehouse, "select range, range::varchar as s from range(10000000000) order by s desc", "--limit", "0"
    )
    assert status == 2
    assert f"query needs more than its {QUERY_MEMORY} memory limit" in err
    assert rss < 1536
    assert not sample_warehouse.with_name(sample_warehouse.name + ".tmp").exists()


def test_limits_are_set_before_the_configuration_is_locked(sample_warehouse):
    from ingest.warehouse.query import connect_read_only

    con = connect_read_only(sample_warehouse, QueryLimits(memory_limit="300MB", threads=2, timeout_s=10))
    try:
        assert con.execute("select current_setting('threads'), current_setting('temp_directory')").fetchone() == (2, "")
        assert con.execute("select current_setting('memory_limit')").fetchone()[0].startswith("286")  # 300 MB in MiB
        for statement in ("set threads = 64", "set memory_limit = '100GB'", "set temp_directory = '/tmp/x'"):
            with pytest.raises(duckdb.Error):
                con.execute(statement)
    finally:
        con.close()


def test_long_sql_from_a_file_and_from_stdin(sample_warehouse, tmp_path):
    values = ", ".join(str(n) for n in range(30_000))
    sql = f"select count(*) as n from range(100000) where range in ({values})"
    assert len(sql.encode()) > 128 * 1024  # longer than one command-line argument may be
    query_file = tmp_path / "long.sql"
    query_file.write_text(sql)
    status, out, err, _ = capped_query(sample_warehouse, "-f", str(query_file), "--format", "json")
    assert status == 0, err
    assert json.loads(out) == [{"n": 30000}]
    status, out, err, _ = capped_query(sample_warehouse, "--format", "csv", stdin=sql)
    assert status == 0, err
    assert out.splitlines() == ["n", "30000"]
    status, out, err, _ = capped_query(sample_warehouse, "-f", "-", "--format", "csv", stdin="select 7 as seven")
    assert out.splitlines() == ["seven", "7"]
