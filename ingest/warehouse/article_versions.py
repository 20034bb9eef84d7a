"""Article versions: which stored version of a source is current.

The current version of a source is its latest content, even when that content was seen before:
a file edited and then restored makes its earlier version current again ("reinstated").
"""

from __future__ import annotations

import duckdb


def reverted_articles(con: duckdb.DuckDBPyConnection, incoming: dict[str, str]) -> list[str]:
    """Of ``incoming`` (article_id -> source_key), the known articles that are an older, superseded
    version of that same source: the source was changed back to them."""
    if not incoming:
        return []
    found = con.execute(
        "select article_id, source_key from raw.articles where article_id in (select unnest(?)) and not is_current",
        [list(incoming)],
    ).fetchall()
    return sorted(article_id for article_id, source_key in found if incoming[article_id] == source_key)


def reinstate(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> int:
    """Make ``article_ids`` current again and supersede the version that was current (call inside the
    batch's transaction); returns how many were reinstated."""
    if not article_ids:
        return 0
    con.execute(
        "update raw.articles as a set is_current = false, superseded_by = r.article_id "
        "from raw.articles as r "
        "where r.article_id in (select unnest(?)) and a.source_key = r.source_key and a.article_id <> r.article_id "
        "and a.is_current",
        [article_ids],
    )
    con.execute("update raw.articles set is_current = true, superseded_by = null where article_id in (select unnest(?))", [article_ids])
    return len(article_ids)
