"""Progress per phase, offline Data Docs per warehouse, source freshness (issue 17, point 8)."""

from __future__ import annotations

import duckdb

from ingest.cli import main
from ingest.warehouse.datadocs import OFFLINE_INDEX, docs_dir_for
from ingest.warehouse.dbt_runner import build
from ingest.warehouse.validate import validate_warehouse
from tests.conftest import browse, chromium_path


def test_build_reports_every_dbt_node(warehouse_copy, capfd):
    assert build(warehouse_copy, progress=True)
    lines = capfd.readouterr().out.splitlines()
    assert any(line.startswith("dbt: ") and "OK created sql table model marts.fct_meetings" in line for line in lines)
    assert any(line.startswith("dbt: ") and "PASS unique_fct_quotes_quote_id" in line for line in lines)
    assert lines[-1].startswith("dbt: Done. PASS=")
    assert not any("\x1b[" in line for line in lines)


def test_validation_reports_every_suite(warehouse_copy):
    lines: list[str] = []
    report = validate_warehouse(warehouse_copy, progress=lines.append)
    assert lines == [f"validate: {s.suite} ok ({s.rows} rows)" for s in report.suites] and len(lines) >= 8


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
