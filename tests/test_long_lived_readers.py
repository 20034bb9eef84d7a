"""A long-running pooled client sees a rebuild within a minute (issue 17, point 2).

The reader is a separate long-lived process with a pooled SQLAlchemy engine (duckdb-engine),
configured with the README's "Connect your BI tool" snippet (``pool_recycle=30``). Instead of
waiting 30 seconds, the test moves the pool's clock forward, so nothing depends on timing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import duckdb

from ingest.warehouse.publish import staged
from tests.readme import code_blocks

READER = """
import sys, time
import sqlalchemy
import sqlalchemy.pool.base as pool_base

offset = 0.0
class Clock:  # the pool's clock, moved forward on request instead of sleeping
    @staticmethod
    def time():
        return time.time() + offset
pool_base.time = Clock

# The README's engine, word for word, on this warehouse (argv[2] is the README snippet).
namespace = {}
exec(sys.argv[2].replace("/absolute/path/warehouse/parley.duckdb", sys.argv[1]), namespace)
engine = namespace["engine"]
assert engine.pool._recycle == 30
held = []
for line in sys.stdin:
    command, _, arg = line.strip().partition(" ")
    if command == "hold":  # a connection another user keeps busy
        held.append(engine.connect())
        answer = held[-1].exec_driver_sql("select count(*) from marts.fct_quotes").scalar()
    elif command == "query":
        with engine.connect() as connection:
            answer = connection.exec_driver_sql("select count(*) from marts.fct_quotes").scalar()
    elif command == "advance":
        offset += float(arg)
        answer = offset
    print(answer, flush=True)
"""


def readme_engine() -> str:
    """The SQLAlchemy snippet of the README's "Connect your BI tool"."""
    (snippet,) = [b for b in code_blocks("Connect your BI tool", "python") if "create_engine" in b]
    return snippet


class Reader:
    """Drive the long-lived reader process line by line."""

    def __init__(self, warehouse) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", READER, str(warehouse), readme_engine()],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def ask(self, command: str) -> str:
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline().strip()
        assert answer, f"reader died on {command!r}"
        return answer

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=60)


def publish_without_one_quote(published) -> None:
    with staged(published) as stage:
        con = duckdb.connect(str(stage))
        try:
            con.execute("delete from marts.fct_quotes where quote_id = (select min(quote_id) from marts.fct_quotes)")
        finally:
            con.close()


def test_pooled_engine_in_a_long_lived_process_sees_the_rebuild_within_a_minute(sample_warehouse, tmp_path):
    published = tmp_path / "parley.duckdb"
    shutil.copy2(sample_warehouse, published)
    con = duckdb.connect(str(published), read_only=True)
    before = con.execute("select count(*) from marts.fct_quotes").fetchone()[0]
    con.close()
    reader = Reader(published)
    try:
        assert int(reader.ask("hold")) == before  # keeps the old database open in the reader's process
        assert int(reader.ask("query")) == before
        publish_without_one_quote(published)
        assert int(reader.ask("query")) == before  # a pooled connection younger than 30 s: still the old data
        reader.ask("advance 31")  # 31 s after the publish, well within a minute
        assert int(reader.ask("query")) == before - 1
        assert int(reader.ask("query")) == before - 1
        publish_without_one_quote(published)  # and again, with the previous version still held open
        reader.ask("advance 31")
        assert int(reader.ask("query")) == before - 2
    finally:
        reader.close()
