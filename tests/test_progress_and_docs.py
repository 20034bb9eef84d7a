"""Progress per phase, offline Data Docs per warehouse, source freshness (issue 17, point 8)."""

from __future__ import annotations

import duckdb

from ingest.cli import main
from ingest.warehouse.datadocs import OFFLINE_INDEX, docs_dir_for
from ingest.warehouse.dbt_progress import progress_line
from ingest.warehouse.validate import validate_warehouse
from tests.conftest import browse, chromium_path


def test_dbt_progress_lines_from_the_json_log():
    # The build itself runs with progress in tests/test_marts.py (one build less for the suite).
    assert progress_line('{"info": {"name": "LogModelResult", "level": "info", "msg": "3 of 9 OK \\u001b[32mdone\\u001b[0m"}}') == (
        "dbt: 3 of 9 OK done"
    )
    assert progress_line('{"info": {"name": "NodeStart", "level": "debug", "msg": "Began running node"}}') is None
    assert progress_line("plain text\n") == "plain text"


def test_data_docs_are_per_warehouse_and_open_offline(sample_warehouse, warehouse_copy, tmp_path):
    index = docs_dir_for(sample_warehouse) / OFFLINE_INDEX
    assert index.exists() and index.parent.parent == sample_warehouse.parent
    page = index.read_text()
    assert "<script" not in page and "https://" not in page and "http://" not in page
    report = validate_warehouse(warehouse_copy, only=["fct_quotes"])
    assert report.data_docs == warehouse_copy.with_name("copy.duckdb.datadocs") / OFFLINE_INDEX
    assert "raw_quotes" in index.read_text()  # the sample's report is not overwritten by another warehouse's
    dom = browse(chromium_path(), index.as_uri(), tmp_path / "profile", "--dump-dom").stdout
    for suite in ("raw_articles", "raw_quotes", "fct_meetings", "fct_quotes", "dim_people"):
        assert suite in dom
    assert "Parley validation: PASS" in dom and dom.count("<td>PASS</td>") >= 8


def test_source_freshness_on_ingested_at(warehouse_copy, monkeypatch, capsys):
    monkeypatch.setenv("PARLEY_WAREHOUSE", str(warehouse_copy))
    assert main(["freshness"]) == 0
    assert "raw.articles" in capsys.readouterr().out
    con = duckdb.connect(str(warehouse_copy))
    con.execute("update raw.articles set ingested_at = ingested_at - interval 60 day")
    con.close()
    assert main(["freshness"]) == 1
    assert "error" in capsys.readouterr().out
