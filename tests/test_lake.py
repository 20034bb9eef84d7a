"""The Parquet lake: same raw rows and marts as the DuckDB path, idempotent re-runs, versions, recovery."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from ingest.lake.ingest import INGEST_LOCK, ingest_to_lake
from ingest.lake.layout import Lake
from ingest.pipeline import ingest_paths
from ingest.warehouse.dbt_runner import build
from ingest.warehouse.locking import WarehouseBusy
from tests.lake_helpers import REAL_NEWS, SAMPLE, article_count, lake_rows, warehouse_rows


def _data_files(lake: Path) -> set[Path]:
    return {p for p in lake.rglob("*.parquet") if "ingest_runs" not in p.parts and "__schema__" not in str(p)}


def test_lake_holds_the_raw_rows_of_the_duckdb_path(tmp_path):
    warehouse, lake = tmp_path / "w.duckdb", tmp_path / "lake"
    ingest_paths([str(REAL_NEWS[0])], warehouse, REAL_NEWS[1])
    report = ingest_to_lake([str(REAL_NEWS[0])], lake, REAL_NEWS[1])
    assert report.n_loaded == article_count(REAL_NEWS[0]) and report.n_quarantined == 0
    expected, found = warehouse_rows(warehouse), lake_rows(lake)
    for table, rows in expected.items():
        assert found[table] == rows, table
    assert len(found["quotes"]) > 100 and len(found["event_participants"]) > 100


def test_rerun_writes_nothing_new_and_counts_duplicates(tmp_path):
    lake = tmp_path / "lake"
    first = ingest_to_lake([str(SAMPLE[0])], lake, SAMPLE[1])
    files = _data_files(lake)
    second = ingest_to_lake([str(SAMPLE[0])], lake, SAMPLE[1])
    assert (first.n_loaded, second.n_loaded, second.n_duplicates) == (5, 0, 5)
    assert _data_files(lake) == files
    assert len(list((lake / "ingest_runs").glob("ingest_run=2*"))) == 2  # the run log records both runs


def test_partitions_are_hive_style_by_ingest_run(tmp_path):
    lake = tmp_path / "lake"
    report = ingest_to_lake([str(SAMPLE[0])], lake, SAMPLE[1])
    partition = lake / "articles" / f"ingest_run={report.run_id}" / "part-0.parquet"
    con = duckdb.connect()
    assert con.execute(
        f"select count(*) from read_parquet('{lake}/articles/*/*.parquet', hive_partitioning = true) "
        f"where ingest_run = '{report.run_id}'"
    ).fetchall() == [(5,)]
    assert partition.exists() and (lake / "_commits" / report.run_id).exists()


def test_versions_supersede_and_reinstate_as_in_duckdb(tmp_path):
    """A source edited twice and then restored: the same current version and links both ways."""
    source = tmp_path / "in" / "story.txt"
    source.parent.mkdir()
    texts = [
        "Foreign Minister Wang Yi met Sergey Lavrov in Beijing on Monday.",
        "Foreign Minister Wang Yi met Sergey Lavrov in Beijing on Tuesday to discuss trade.",
        "Foreign Minister Wang Yi met Sergey Lavrov in Beijing on Monday.",
    ]
    warehouse, lake = tmp_path / "w.duckdb", tmp_path / "lake"
    reports = []
    for text in texts:
        source.write_text(text)
        ingest_paths([str(source)], warehouse)
        reports.append(ingest_to_lake([str(source)], lake))
    assert [(r.n_loaded, r.n_superseded, r.n_reinstated) for r in reports] == [(1, 0, 0), (1, 1, 0), (0, 0, 1)]
    assert lake_rows(lake)["articles"] == warehouse_rows(warehouse)["articles"]
    current = [row for row in lake_rows(lake)["articles"] if True in row]
    assert len(current) == 1


def test_bad_input_is_quarantined_once_and_the_rest_loads(tmp_path):
    inputs = tmp_path / "in"
    shutil.copytree(SAMPLE[0], inputs)
    (inputs / "broken.json").write_text("{not json")
    (inputs / "empty.txt").write_text("")
    lake = tmp_path / "lake"
    first = ingest_to_lake([str(inputs)], lake)
    second = ingest_to_lake([str(inputs)], lake)
    assert first.n_loaded == 5 and first.n_quarantined == 2 == second.n_quarantined
    reasons = sorted(row[1] for row in lake_rows(lake)["quarantine"])
    assert len(reasons) == 2 and all(reasons)  # stored once each, with a reason, though seen twice


def test_a_killed_run_leaves_nothing_visible_and_the_rerun_is_exact(tmp_path):
    lake_dir = tmp_path / "lake"
    ingest_to_lake([str(SAMPLE[0])], lake_dir, SAMPLE[1])
    expected = lake_rows(lake_dir)
    # What a run killed before its commit leaves: a partition and staging, no marker.
    orphan = lake_dir / "mentions" / "ingest_run=20990101T000000-dead" / "part-0.parquet"
    orphan.parent.mkdir(parents=True)
    shutil.copy(next((lake_dir / "mentions").glob("ingest_run=2*/part-0.parquet")), orphan)
    (lake_dir / "_staging" / "20990101T000000-dead" / "articles").mkdir(parents=True)
    assert lake_rows(lake_dir) == expected  # readers see committed runs only
    report = ingest_to_lake([str(SAMPLE[0])], lake_dir, SAMPLE[1])
    assert not orphan.exists() and not any((lake_dir / "_staging").iterdir())
    assert any("did not finish" in w for w in report.warnings)
    assert lake_rows(lake_dir) == expected


HOLDER = """
import sys, time
from pathlib import Path
from ingest.warehouse.locking import writer_lock
with writer_lock(Path(sys.argv[1])):
    print("ready", flush=True)
    time.sleep(600)
"""


def test_a_second_ingest_into_a_busy_lake_fails_at_once_and_touches_nothing(tmp_path):
    lake_dir = tmp_path / "lake"
    ingest_to_lake([str(SAMPLE[0])], lake_dir, SAMPLE[1])
    before = sorted(p.relative_to(lake_dir) for p in lake_dir.rglob("*"))
    # a running ingest, as another process holding the lake's ingest lock
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(lake_dir / INGEST_LOCK)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(WarehouseBusy, match=f"pid {holder.pid}"):
            ingest_to_lake([str(SAMPLE[0])], lake_dir, SAMPLE[1])
    finally:
        holder.kill()
        holder.wait()
    assert sorted(p.relative_to(lake_dir) for p in lake_dir.rglob("*")) == before
    ingest_to_lake([str(SAMPLE[0])], lake_dir, SAMPLE[1])  # the holder is gone: the lake is free again


def test_recover_keeps_committed_runs(tmp_path):
    lake = Lake(tmp_path / "lake")
    ingest_to_lake([str(SAMPLE[0])], lake.root, SAMPLE[1])
    assert lake.recover() == []


@pytest.mark.slow
def test_marts_built_from_the_lake_equal_the_duckdb_marts(tmp_path, monkeypatch):
    # Its own dbt target folder: other tests read target/manifest.json while this one builds.
    monkeypatch.setenv("DBT_TARGET_PATH", str(tmp_path / "target"))
    duck, from_lake, lake = tmp_path / "duck.duckdb", tmp_path / "lake.duckdb", tmp_path / "lake"
    for articles, manifest in (SAMPLE, REAL_NEWS):
        ingest_paths([str(articles)], duck, manifest)
        ingest_to_lake([str(articles)], lake, manifest)
    assert build(duck) and build(from_lake, lake=lake)
    expected, found = warehouse_rows(duck, "marts"), warehouse_rows(from_lake, "marts")
    assert set(found) == set(expected) and len(expected) >= 10
    for mart, rows in expected.items():
        assert found[mart] == rows, mart
    assert len(expected["fct_meetings"]) > 50 and len(expected["fct_quotes"]) > 100
    with duckdb.connect(str(duck), read_only=True) as con:  # bylines name journalists, flagged apart from newsmakers
        credited = con.execute("select person_id, is_credit_only from marts.dim_people where is_credit_only").fetchall()
        assert ("prov_chris_barrett", True) in credited
        assert con.execute("select is_credit_only from marts.dim_people where person_id = 'wang_yi'").fetchall() == [(False,)]


def test_cli_ingest_into_a_lake_and_clear_errors(tmp_path, monkeypatch, capsys):
    from ingest.cli import main

    monkeypatch.setenv("PARLEY_WAREHOUSE", str(tmp_path / "w.duckdb"))
    lake = tmp_path / "lake"
    assert main(["ingest", "--lake", str(lake), "--quiet", str(SAMPLE[0]), "--manifest", str(SAMPLE[1])]) == 0
    assert "5 loaded" in capsys.readouterr().out
    assert main(["ingest", "--engine", "ray", "--quiet", str(SAMPLE[0])]) == 2
    assert "--engine needs --lake" in capsys.readouterr().out
    assert main(["build", "--quiet", "--lake", str(tmp_path / "nowhere")]) == 2
    assert "is not a Parley lake (no _commits/)" in capsys.readouterr().err


def test_parley_run_with_a_lake_builds_validates_and_publishes(tmp_path, monkeypatch, capsys):
    from ingest.cli import main
    from ingest.warehouse.validate import validate_warehouse

    monkeypatch.setenv("DBT_TARGET_PATH", str(tmp_path / "target"))
    published = tmp_path / "w.duckdb"
    monkeypatch.setenv("PARLEY_WAREHOUSE", str(published))
    lake = tmp_path / "lake"
    assert main(["run", "--quiet", "--lake", str(lake), str(SAMPLE[0]), "--manifest", str(SAMPLE[1])]) == 0
    out = capsys.readouterr().out
    assert "committed" in out and f"published {published}" in out
    # the raw suites read the lake's views (a warehouse built from a lake has no raw.articles table)
    report = validate_warehouse(published)
    rows = {suite.suite: suite.rows for suite in report.suites}
    assert report.success and rows["raw_articles"] == 5 and rows["raw_quotes"] > 0
    with duckdb.connect(str(published), read_only=True) as con:
        tables = {r[0] for r in con.sql("select table_name from information_schema.tables where table_schema = 'raw'").fetchall()}
    assert "articles" not in tables
