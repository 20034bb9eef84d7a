"""Behaviour is preserved: the raw rows of every fixture and sample article equal the recorded snapshot."""

import json

from tests.snapshot import SNAPSHOT, snapshot_rows


def test_raw_rows_equal_the_snapshot():
    stored = [json.loads(line) for line in SNAPSHOT.read_text().splitlines()]
    current = snapshot_rows()
    assert [r["key"] for r in current] == [r["key"] for r in stored]
    for now, then in zip(current, stored, strict=True):
        for table in then:
            assert now[table] == then[table], f"{now['key']}: {table} changed"
