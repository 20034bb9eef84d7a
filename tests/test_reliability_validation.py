"""Issue 18.8: the marts are validated as strictly as the raw tables (quote text and offsets)."""

from __future__ import annotations

import duckdb
import pytest

from ingest.warehouse.validate import validate_warehouse


def corrupt(path, statement: str) -> None:
    con = duckdb.connect(str(path))
    try:
        con.execute(statement)
    finally:
        con.close()


def failed(path, suite: str) -> list[str]:
    report = validate_warehouse(path, only=[suite])
    outcome = next(s for s in report.suites if s.suite == suite)
    assert not outcome.crashed, outcome.crashed
    return outcome.failed


ONE_QUOTE = "quote_id = (select min(quote_id) from marts.fct_quotes)"


@pytest.mark.parametrize(
    ("change", "expectation"),
    [
        ("quote_text = quote_text || ' (edited)'", "text_matches_offsets"),
        ("start_char = -5, end_char = 99999999", "offsets_within_article"),
        ("end_char = start_char", "offsets_within_article"),
        ("quote_text = ''", "quote_length"),
    ],
)
def test_corrupted_fct_quotes_fail_validation(warehouse_copy, change, expectation):
    assert failed(warehouse_copy, "fct_quotes") == []
    corrupt(warehouse_copy, f"update marts.fct_quotes set {change} where {ONE_QUOTE}")
    assert any(f"({expectation})" in name for name in failed(warehouse_copy, "fct_quotes"))


# ---- 18.9: label propagation runs to convergence --------------------------------------------------


def test_dbt_unit_test_on_a_chain_of_ten_mentions_passes(warehouse_copy):
    """`parley run` runs every unit test in dbt build; this one names the chain test on its own."""
    from ingest.warehouse.dbt_runner import run_dbt

    selector = "int_meeting_clusters,test_name:a_chain_of_ten_mentions_is_one_meeting"
    assert run_dbt(["test", "--select", selector], warehouse_copy)
