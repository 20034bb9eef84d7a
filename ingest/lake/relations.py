"""SQL that reads the lake: one relation per raw table, with article versions resolved.

Partition files keep every column (``hive_partitioning = false``), so a lake table has exactly the
columns of its ``raw`` table. Articles are immutable files; which version of a source is current comes
from ``article_versions``, the append-only log of when each version was (re)seen: the last version seen
is current, and an older one is superseded by the version seen right after it — the same rule the
DuckDB path applies with updates.
"""

from __future__ import annotations

import duckdb

from ingest.lake.layout import ARTICLE_VERSIONS, LAKE_TABLES, Lake
from ingest.warehouse.schema import ARTICLES

LAKE_SCHEMA = "raw_lake"  # not "lake": a warehouse file named lake.duckdb is a catalog "lake"


def sql_literal(value: str) -> str:
    """``value`` as a SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def files_sql(lake: Lake, table: str) -> str:
    """The committed partitions of ``table``, listed now: a view made from it is a snapshot of the lake."""
    files = ", ".join(sql_literal(str(path)) for path in lake.committed_files(table))
    return f"read_parquet([{files}], hive_partitioning = false, union_by_name = true)"


def versions_sql(lake: Lake) -> str:
    """One row per article: ``article_id, source_key, is_current, superseded_by``."""
    return f"""
        select
            article_id,
            source_key,
            next_version is null as is_current,
            next_version as superseded_by
        from (
            select
                article_id,
                source_key,
                lead(article_id) over (partition by source_key order by seen_at, position) as next_version,
                row_number() over (partition by article_id order by seen_at desc, position desc) as latest_first
            from {files_sql(lake, ARTICLE_VERSIONS.name)}
        )
        where latest_first = 1"""


def articles_sql(lake: Lake) -> str:
    """``raw.articles`` as the lake holds it: the stored rows with their current version state."""
    return f"""
        select articles.* replace (versions.is_current as is_current, versions.superseded_by as superseded_by)
        from {files_sql(lake, ARTICLES.name)} as articles
        inner join ({versions_sql(lake)}) as versions using (article_id)"""


def relation_sql(lake: Lake, table: str) -> str:
    """The relation of one raw table in the lake."""
    return articles_sql(lake) if table == ARTICLES.name else f"select * from {files_sql(lake, table)}"


def create_lake_views(con: duckdb.DuckDBPyConnection, lake: Lake) -> None:
    """Views ``raw_lake.<table>`` over the committed Parquet files, for dbt's ``raw`` source in lake mode.

    ``article_copies`` is derived at build time and stays in the warehouse (``raw.article_copies``).
    """
    con.execute(f"create schema if not exists {LAKE_SCHEMA}")
    for table in LAKE_TABLES:
        if table is not ARTICLE_VERSIONS:
            con.execute(f"create or replace view {LAKE_SCHEMA}.{table.name} as {relation_sql(lake, table.name)}")
    con.execute("create schema if not exists raw")
    con.execute(
        "create table if not exists raw.article_copies "
        "(article_id varchar primary key, copy_group_id varchar not null, canonical_url varchar, matched_by varchar not null)"
    )
    con.execute(f"create or replace view {LAKE_SCHEMA}.article_copies as select * from raw.article_copies")
