"""Write the published warehouse in a storage format that DuckDB 1.x readers can open.

Parley builds with DuckDB 2.x, whose default storage version the DuckDB 1.x clients shipped by
BI tools (Evidence, DBeaver, the DuckDB CLI 1.x, duckdb-engine on an older ``duckdb``) cannot
read. The published copy is written with ``STORAGE_VERSION 'v1.0.0'`` (storage version 64),
which every DuckDB from 1.1 on, 2.x included, opens. (DuckDB 1.0 reads storage version 64 too,
but not the primary-key index data that DuckDB 2.x writes into it.)
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from ingest.config import duckdb_settings

# Storage version 64: readable by DuckDB 1.1.0 and every later release.
READER_STORAGE_VERSION = "v1.0.0"
OLDEST_READER = "1.1.0"


def write_reader_compatible_copy(source: Path, target: Path) -> None:
    """Copy every schema, table, view and comment of ``source`` into a new file ``target``.

    ``target`` is written with :data:`READER_STORAGE_VERSION` and checkpointed, so it has no WAL.
    """
    target.unlink(missing_ok=True)
    con = duckdb.connect(config=duckdb_settings())
    try:
        con.execute("set enable_progress_bar = false")
        con.execute(f"attach '{_quoted(source)}' as parley_source (read_only)")
        con.execute(f"attach '{_quoted(target)}' as parley_target (storage_version '{READER_STORAGE_VERSION}')")
        con.execute("copy from database parley_source to parley_target")
        con.execute("checkpoint parley_target")
        con.execute("detach parley_target")
        con.execute("detach parley_source")
    except BaseException:
        con.close()
        target.unlink(missing_ok=True)
        target.with_name(target.name + ".wal").unlink(missing_ok=True)
        raise
    con.close()


def storage_version_of(path: Path) -> int:
    """The storage version number in a DuckDB file's header (64 for ``v1.0.0``)."""
    with open(path, "rb") as handle:
        header = handle.read(20)
    if header[8:12] != b"DUCK":
        raise ValueError(f"{path} is not a DuckDB database file")
    return int.from_bytes(header[12:20], "little")


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")
