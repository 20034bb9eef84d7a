"""Great Expectations: the sample warehouse passes; corrupted copies fail with the expectation named."""

from __future__ import annotations

import duckdb
import pytest

from ingest.cli import main
from ingest.warehouse.validate import validate_warehouse


def corrupt(path, *statements):
    con = duckdb.connect(str(path))
    try:
        for statement in statements:
            con.execute(statement)
    finally:
        con.close()


def failures(report, suite):
    outcome = next(s for s in report.suites if s.suite == suite)
    return outcome.failed, outcome.crashed


def test_sample_warehouse_passes(sample_warehouse):
    report = validate_warehouse(sample_warehouse)
    assert report.success, report.summary()
    assert {s.suite for s in report.suites} >= {"raw_articles", "raw_quotes", "fct_quotes", "fct_meetings"}
    assert report.data_docs is not None and report.data_docs.exists()


def test_primary_key_constraint_refuses_a_duplicate_mart_row(warehouse_copy):
    with pytest.raises(duckdb.ConstraintException, match="primary key"):
        corrupt(warehouse_copy, "insert into marts.fct_meetings select * from marts.fct_meetings limit 1")


def test_duplicate_key_fails_uniqueness(warehouse_copy):
    # A foreign writer can still replace a mart with a copy that has no constraints.
    corrupt(
        warehouse_copy,
        "create table marts.doubled as select * from marts.fct_meetings union all (select * from marts.fct_meetings limit 1)",
        "drop table marts.fct_announcements",
        "drop table marts.bdg_meeting_participants",
        "drop table marts.fct_meetings",
        "alter table marts.doubled rename to fct_meetings",
    )
    report = validate_warehouse(warehouse_copy, only=["fct_meetings"])
    failed, crashed = failures(report, "fct_meetings")
    assert not report.success and not crashed
    assert any("meeting_id_occurrences" in name and "unique" in name for name in failed)


def test_missing_speaker_id_fails(warehouse_copy):
    corrupt(warehouse_copy, "update marts.fct_quotes set speaker_id = null where speaker_name = 'Dmitry Peskov'")
    report = validate_warehouse(warehouse_copy, only=["fct_quotes"])
    failed, _ = failures(report, "fct_quotes")
    assert any("speaker_consistent" in name for name in failed)


def test_unresolvable_speaker_fails(warehouse_copy):
    corrupt(warehouse_copy, "update marts.fct_quotes set speaker_id = 'nobody_known' where speaker_name = 'Dmitry Peskov'")
    failed, _ = failures(validate_warehouse(warehouse_copy, only=["fct_quotes"]), "fct_quotes")
    assert any("speaker_resolvable" in name for name in failed)


def test_offset_out_of_range_fails(warehouse_copy):
    corrupt(
        warehouse_copy, "update raw.mentions set end_char = 999999 where mention_id = (select min(mention_id) from raw.mentions)"
    )
    failed, _ = failures(validate_warehouse(warehouse_copy, only=["raw_mentions"]), "raw_mentions")
    assert failed == [
        "expect_column_values_to_be_in_set(offsets_within_article) — mention offsets lie inside the article's cleaned text"
    ]


def test_broken_check_is_reported_as_crash_not_data_failure(warehouse_copy):
    corrupt(warehouse_copy, "drop table marts.bdg_meeting_participants", "alter table marts.dim_people drop column is_provisional")
    report = validate_warehouse(warehouse_copy, only=["dim_people"])
    failed, crashed = failures(report, "dim_people")
    assert crashed and not failed
    assert "crashed (not a data failure)" in report.summary()


@pytest.mark.parametrize("exit_code", [1])
def test_cli_validate_exit_code(warehouse_copy, monkeypatch, capsys, exit_code):
    corrupt(warehouse_copy, "update raw.quotes set confidence = 7 where quote_id = (select min(quote_id) from raw.quotes)")
    monkeypatch.setenv("PARLEY_WAREHOUSE", str(warehouse_copy))
    assert main(["validate"]) == exit_code
    out = capsys.readouterr().out
    assert "raw_quotes" in out and "FAIL" in out and "confidence" in out


def test_data_docs_open_in_a_browser(warehouse_copy, tmp_path):
    from tests.conftest import browse, chromium_path

    progress: list[str] = []
    report = validate_warehouse(warehouse_copy, progress=progress.append)  # a fresh site beside this warehouse
    assert report.data_docs == warehouse_copy.with_name("copy.duckdb.datadocs") / "index_offline.html"
    validation_pages = list(report.data_docs.parent.glob("validations/*/*/*/*.html"))
    assert len(validation_pages) == len(report.suites)  # one batch each on the sample
    assert progress == [f"validate: {s.suite} ok ({s.rows} rows)" for s in report.suites]  # a line per suite
    page = browse(chromium_path(), report.data_docs.as_uri(), tmp_path / "profile", "--dump-dom")
    for suite in ("raw_quotes", "fct_meetings", "fct_quotes"):
        assert suite in page.stdout


def test_run_scoped_validation_checks_only_that_runs_raw_rows(warehouse_copy):
    con = duckdb.connect(str(warehouse_copy), read_only=True)
    (run_id,) = con.execute("select min(run_id) from raw.articles").fetchone()
    n_articles = con.execute("select count(*) from raw.articles where run_id = ?", [run_id]).fetchone()[0]
    con.close()
    corrupt(
        warehouse_copy,
        "update raw.mentions set end_char = 999999 where mention_id = (select min(mention_id) from raw.mentions)",
        "update raw.articles set run_id = 'an-earlier-run' where article_id = (select article_id from raw.mentions "
        "where mention_id = (select min(mention_id) from raw.mentions))",
    )
    scoped = validate_warehouse(warehouse_copy, only=["raw_articles", "raw_mentions"], run_ids=[run_id])
    assert scoped.success, scoped.summary()  # the broken row belongs to an earlier, already validated run
    assert next(s for s in scoped.suites if s.suite == "raw_articles").rows == n_articles - 1
    full = validate_warehouse(warehouse_copy, only=["raw_mentions"])
    assert not full.success
    assert validate_warehouse(warehouse_copy, only=["raw_mentions"], run_ids=["an-earlier-run"]).success is False
