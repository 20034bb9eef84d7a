"""What analysts and BI tools meet: the marts schema, keys, citable sources (issue 17, points 3 and 5)."""

from __future__ import annotations

import json

import duckdb

from ingest.cli import main
from ingest.config import REPO_ROOT
from ingest.warehouse.dbt_runner import build

FACTS_CITING_ARTICLES = ("fct_quotes", "fct_meeting_mentions", "fct_announcements")


def marts(sql) -> set[str]:
    return {name for (name,) in sql("select table_name from duckdb_tables() where schema_name = 'marts'")}


def test_marts_live_in_their_own_schema(sql):
    tables = marts(sql)
    assert {"fct_meetings", "fct_quotes", "dim_articles", "dim_people", "bdg_meeting_participants"} <= tables
    assert all(name.startswith(("fct_", "dim_", "bdg_")) for name in tables)
    assert sql("select count(*) from duckdb_tables() where schema_name = 'main'") == [(0,)]


def test_every_mart_has_a_primary_key_and_facts_reference_dim_articles(sql):
    with_keys = {t for (t,) in sql("select table_name from duckdb_constraints() where schema_name = 'marts' and constraint_type = 'PRIMARY KEY'")}
    assert with_keys == marts(sql)
    references = set(
        sql(
            "select table_name, referenced_table from duckdb_constraints() "
            "where schema_name = 'marts' and constraint_type = 'FOREIGN KEY'"
        )
    )
    for fact in (*FACTS_CITING_ARTICLES, "fct_meetings"):
        assert (fact, "dim_articles") in references, fact
    assert ("bdg_meeting_participants", "dim_people") in references


def test_marts_are_public_in_the_analytics_group(sample_warehouse):
    manifest = json.loads((REPO_ROOT / "target" / "manifest.json").read_text())
    nodes = [n for n in manifest["nodes"].values() if n["resource_type"] == "model"]
    for node in nodes:
        is_mart = node["schema"] == "marts"
        assert (node["access"] == "public") == is_mart, node["name"]
        assert (node["group"] == "analytics") == is_mart, node["name"]
    assert "group.parley.analytics" in manifest["groups"]


def test_every_list_column_has_a_flat_companion(sql):
    columns = dict(
        ((t, c), d) for t, c, d in sql("select table_name, column_name, data_type from duckdb_columns() where schema_name = 'marts'")
    )
    lists = [(t, c) for (t, c), d in columns.items() if d.endswith("[]")]
    assert lists
    for table, column in lists:
        assert columns.get((table, column + "_text")) == "VARCHAR", (table, column)


def test_dim_articles_cites_every_fact(sql):
    assert sql("select count(*) from dim_articles") == sql("select count(*) from raw.articles where is_current")
    # The sample manifest gives every article's outlet and date, three titles and one URL.
    assert sql("select count(outlet_id), count(published_date), count(title), count(url), count(citation) from dim_articles") == [
        (5, 5, 3, 1, 5)
    ]
    for fact in FACTS_CITING_ARTICLES:
        orphans = sql(f"select count(*) from {fact} f left join dim_articles a using (article_id) where a.article_id is null")
        assert orphans == [(0,)], fact
    visit = "list_contains(m.participant_names, 'Wang Yi') and m.date_start = date '2025-03-31'"
    first = sql(f"select a.citation from fct_meetings m join dim_articles a on a.article_id = m.first_article_id where {visit}")
    assert len(first) == 1 and "Kyiv Post" in first[0][0]  # the undated "will visit" came first
    sources = sql(
        "select a.outlet_name, a.url from fct_meetings m join fct_meeting_mentions mm using (meeting_id) "
        f"join dim_articles a on a.article_id = mm.article_id where {visit} order by a.published_date, a.outlet_name"
    )
    assert ("The Moscow Times", "https://www.themoscowtimes.com/2025/03/28/chinas-foreign-minister-to-discuss-ukraine-war-talks-during-visit-to-russia-next-week-a88519") in sources


def test_export_carries_dim_articles(sample_warehouse, tmp_path, monkeypatch):
    monkeypatch.setenv("PARLEY_WAREHOUSE", str(sample_warehouse))
    assert main(["export", str(tmp_path)]) == 0
    rows = duckdb.connect().execute(f"select count(*), count(url), count(citation) from '{tmp_path / 'dim_articles.parquet'}'").fetchone()
    assert rows == (5, 1, 5)


def test_a_build_drops_marts_left_in_main_by_an_older_warehouse(warehouse_copy, capfd):
    con = duckdb.connect(str(warehouse_copy))
    con.execute("create table main.fct_meetings as select * from marts.fct_meetings")
    con.close()
    assert build(warehouse_copy, progress=True)
    # Progress (issue 17, point 8): one line per dbt node, from dbt's JSON log, without colour codes.
    lines = capfd.readouterr().out.splitlines()
    assert any(line.startswith("dbt: ") and "OK created sql table model marts.fct_meetings" in line for line in lines)
    assert any(line.startswith("dbt: ") and "PASS unique_fct_quotes_quote_id" in line for line in lines)
    assert lines[-1].startswith("dbt: Done. PASS=") and not any("\x1b[" in line for line in lines)
    con = duckdb.connect(str(warehouse_copy), read_only=True)
    try:
        assert con.execute("select count(*) from duckdb_tables() where schema_name = 'main'").fetchone() == (0,)
    finally:
        con.close()
