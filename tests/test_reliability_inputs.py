"""Issue 18: bad input is quarantined or reported with a reason, and the rest of the batch loads.

The corpus is ``tests/fixtures/bad/`` (plus inputs generated here when they are easier to read as code).
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from ingest.pipeline import ingest_paths
from tests.conftest import FIXTURES

BAD = FIXTURES / "bad"


def rows(warehouse: Path, query: str) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


# ---- 18.4: JSON records are checked field by field ------------------------------------------------


def test_records_with_non_string_fields_are_quarantined_and_the_rest_loads(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    report = ingest_paths([str(BAD / "typed_fields.jsonl")], warehouse)
    assert report.n_loaded == 1
    reasons = {item.source_key.rsplit("#", 1)[1]: (item.reason, item.detail) for item in report.quarantined}
    assert reasons == {
        "L1": ("invalid_field", "url is list, not a string"),
        "L2": ("invalid_field", "outlet is int, not a string"),
        "L3": ("invalid_field", "title is dict, not a string"),
        "L4": ("invalid_field", "published_at is list, not a string"),
        "L6": ("invalid_field", "text is int, not a string"),
    }
    assert rows(warehouse, "select title, outlet_name from raw.articles") == [("A good record", "Reuters")]
    assert rows(warehouse, "select count(*) from raw.quarantine where reason = 'invalid_field'") == [(5,)]


@pytest.mark.parametrize("value", ['["x"]', "5", '{"a": 1}', "true", "1.5"])
@pytest.mark.parametrize("field", ["url", "outlet", "title", "published_at"])
def test_every_metadata_field_is_type_checked(tmp_path, field, value):
    source = tmp_path / "one.jsonl"
    source.write_text(
        f'{{"{field}": {value}, "text": "Sergey Lavrov met Wang Yi in Beijing."}}\n'
        '{"text": "Marco Rubio met Kaja Kallas in Brussels on Monday."}\n'
    )
    report = ingest_paths([str(source)], tmp_path / "w.duckdb")
    assert report.n_loaded == 1
    assert [(q.reason, q.detail.split(" is ")[0]) for q in report.quarantined] == [("invalid_field", field)]
