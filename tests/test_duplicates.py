"""The same story counts once where it should (issue 17, point 4).

The SCMP sample article read twice (as .txt and as .html) and one wire story republished by two
hosts: the copies stay listed, but per-outlet counts skip the duplicate and facts count independent
reports as well as outlets.
"""

from __future__ import annotations

import html
import json
import os

import duckdb
import pytest

from ingest.cli import main
from ingest.warehouse.copies import canonical_url, shingles
from tests.conftest import SAMPLE_ARTICLES

SCMP = SAMPLE_ARTICLES / "001_9b04bf8710f8765f.txt"
WIRE = (
    "Russian Foreign Minister Sergey Lavrov met Turkish Foreign Minister Hakan Fidan in Ankara on Tuesday, "
    "the two ministries said, as the two countries discussed grain exports and the war in Ukraine. "
    "\u201cWe agreed to keep working together on a lasting settlement,\u201d Lavrov told reporters after the talks. "
    "Fidan said Turkey was ready to host further negotiations between Russia and Ukraine."
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://www.scmp.com/news/china/article/123/wang-yi?utm_source=x#top", "http://scmp.com/news/china/article/123/wang-yi/"),
        ("https://amp.example.com/story/amp", "https://example.com/story"),
        ("https://m.example.com/a/index.html", "example.com/a"),
    ],
)
def test_canonical_url_ignores_what_renderings_change(a, b):
    assert canonical_url(a) == canonical_url(b)


def test_shingles_of_a_short_text():
    assert shingles("Lavrov said.") == {b"lavrov said"}


@pytest.fixture(scope="module")
def copies_warehouse(tmp_path_factory):
    folder = tmp_path_factory.mktemp("copies")
    text = SCMP.read_text(encoding="utf-8")
    (folder / "scmp.txt").write_text(text, encoding="utf-8")
    paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.splitlines() if line.strip())
    paragraphs += "<p>This article appeared in the South China Morning Post print edition as: Wang to visit Moscow next week</p>\n"
    (folder / "scmp.html").write_text(
        f"<html><head><title>Wang Yi to visit Moscow</title></head><body><article>{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    records = [
        {"url": "https://www.reuters.com/world/lavrov-fidan-ankara/", "outlet": "Reuters", "published_at": "2025-04-08", "text": WIRE},
        {
            "url": "https://www.themoscowtimes.com/2025/04/08/lavrov-fidan/",
            "outlet": "The Moscow Times",
            "published_at": "2025-04-08",
            "text": WIRE + "\nThis story was reported by Reuters.",
        },
    ]
    (folder / "wire.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    manifest = folder / "manifest.csv"
    manifest.write_text(
        "file,url,outlet,published_date,title\n"
        "scmp.txt,,South China Morning Post,2025-03-28,\n"
        "scmp.html,,South China Morning Post,2025-03-28,\n"
    )
    warehouse = folder / "wh" / "parley.duckdb"
    previous = os.environ.get("PARLEY_WAREHOUSE")
    os.environ["PARLEY_WAREHOUSE"] = str(warehouse)
    try:
        assert main(["run", str(folder / "scmp.txt"), str(folder / "scmp.html"), str(folder / "wire.jsonl"), "--manifest", str(manifest), "--quiet"]) == 0
    finally:
        if previous is None:
            os.environ.pop("PARLEY_WAREHOUSE", None)
        else:
            os.environ["PARLEY_WAREHOUSE"] = previous
    con = duckdb.connect(str(warehouse), read_only=True)
    con.execute("set search_path = 'marts'")
    yield con
    con.close()


def test_txt_and_html_of_one_article_are_one_story_counted_once_per_outlet(copies_warehouse):
    con = copies_warehouse
    articles = con.execute(
        "select copy_group_id, matched_by, is_duplicate_in_outlet from dim_articles where outlet_id = 'scmp' order by is_duplicate_in_outlet"
    ).fetchall()
    assert len(articles) == 2 and articles[0][0] == articles[1][0]  # both listed, one story
    assert [a[1] for a in articles] == ["text", "text"] and [a[2] for a in articles] == [False, True]
    all_quotes, counted = con.execute(
        "select count(*), count(*) filter (where not is_duplicate_in_outlet) from fct_quotes where outlet_id = 'scmp'"
    ).fetchone()
    assert counted * 2 == all_quotes and counted > 0  # without the duplicate, SCMP's quotes are not doubled
    top = con.execute(open("queries/most_quoted_per_outlet.sql").read()).fetchall()
    ((_, speaker, n_quotes),) = [row for row in top if row[0] == "South China Morning Post"]
    assert n_quotes == con.execute(
        "select count(*) from fct_quotes where outlet_id = 'scmp' and speaker_name = ? and not is_duplicate_in_outlet", [speaker]
    ).fetchone()[0]


def test_wire_copy_on_two_hosts_is_two_outlets_but_one_independent_report(copies_warehouse):
    con = copies_warehouse
    meeting = con.execute(
        "select n_articles, n_outlets, n_independent_reports from fct_meetings "
        "where list_contains(participant_names, 'Sergey Lavrov') and list_contains(participant_names, 'Hakan Fidan')"
    ).fetchall()
    assert meeting == [(2, 2, 1)]
    copies = con.execute(
        "select a.outlet_name, a.matched_by from fct_meeting_mentions mm join dim_articles a using (article_id) "
        "join fct_meetings m using (meeting_id) where list_contains(m.participant_names, 'Hakan Fidan') order by 1"
    ).fetchall()
    assert copies == [("Reuters", "text"), ("The Moscow Times", "text")]  # the copies are still listed
    quote = con.execute(
        "select distinct cluster_size, cluster_n_outlets, cluster_independent_reports from fct_quotes where speaker_id = 'sergey_lavrov' "
        "and quote_text like 'We agreed%'"
    ).fetchall()
    assert quote == [(2, 2, 1)]
