"""Incremental dbt models: a build adds new articles, drops superseded ones, and equals a full refresh."""

from __future__ import annotations

import shutil

import duckdb

from ingest.config import REPO_ROOT
from ingest.pipeline import ingest_paths
from ingest.warehouse.dbt_runner import FINGERPRINT_SOURCES, build, built_fingerprint, project_fingerprint

INCREMENTAL_TABLES = ("intermediate.int_quotes_enriched", "intermediate.int_meeting_mentions")


def fetch(warehouse, query: str) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


def quote_texts(warehouse) -> set[str]:
    return {text for (text,) in fetch(warehouse, "select quote_text from marts.fct_quotes")}


def snapshot(warehouse) -> dict[str, list[tuple]]:
    return {name: fetch(warehouse, f"select * from {name} order by all") for name in INCREMENTAL_TABLES}


def test_incremental_build_adds_new_articles_and_drops_superseded_ones(warehouse_copy, tmp_path):
    assert built_fingerprint(warehouse_copy) == project_fingerprint()  # so the next build is incremental
    story = tmp_path / "new" / "story.txt"
    story.parent.mkdir()
    story.write_text("Wang Yi met Sergey Lavrov in Moscow on Monday.\n\n“Our ties are solid as a rock,” Wang Yi said.\n")
    ingest_paths([str(story.parent)], warehouse_copy)
    assert build(warehouse_copy)
    assert "Our ties are solid as a rock," in quote_texts(warehouse_copy)

    story.write_text("Wang Yi met Sergey Lavrov in Moscow on Tuesday.\n\n“Our ties are stronger than ever,” Wang Yi said.\n")
    assert ingest_paths([str(story.parent)], warehouse_copy).n_superseded == 1
    assert build(warehouse_copy)
    texts = quote_texts(warehouse_copy)
    assert "Our ties are stronger than ever," in texts and "Our ties are solid as a rock," not in texts
    for name in INCREMENTAL_TABLES:
        stale = f"select count(*) from {name} join raw.articles using (article_id) where not is_current"
        assert fetch(warehouse_copy, stale) == [(0,)], name

    incremental = snapshot(warehouse_copy)
    assert build(warehouse_copy, full_refresh=True)
    assert snapshot(warehouse_copy) == incremental


def test_a_changed_seed_changes_the_project_fingerprint(tmp_path):
    for source in FINGERPRINT_SOURCES:
        copy = shutil.copytree if (REPO_ROOT / source).is_dir() else shutil.copy2
        copy(REPO_ROOT / source, tmp_path / source)
    before = project_fingerprint(tmp_path)
    assert before == project_fingerprint()
    with (tmp_path / "seeds" / "places.csv").open("a") as places:
        places.write("atlantis,Atlantis,city,Atlantis,,,\n")
    assert project_fingerprint(tmp_path) != before
