"""The full pipeline on the bundled sample: marts hold the expected real content."""

from __future__ import annotations


def test_marts_exist_with_rows(sql):
    for table in (
        "fct_meetings",
        "fct_quotes",
        "fct_announcements",
        "dim_people",
        "dim_outlets",
        "dim_organisations",
        "dim_dates",
    ):
        assert sql(f"select count(*) from marts.{table}")[0][0] > 0, table


def test_lavrov_is_one_person_despite_sergei_spelling(sql):
    rows = sql("select person_id, canonical_name from dim_people where canonical_name like '%Lavrov%'")
    assert rows == [("sergey_lavrov", "Sergey Lavrov")]
    spellings = {r[0] for r in sql("select distinct surface from raw.mentions where entity_id = 'sergey_lavrov'")}
    assert {"Sergey Lavrov", "Sergei Lavrov", "Lavrov"} <= spellings


def test_wang_yi_is_one_person(sql):
    assert sql("select count(*) from dim_people where canonical_name = 'Wang Yi'")[0][0] == 1
    articles = sql("select count(distinct article_id) from raw.mentions where entity_id = 'wang_yi'")[0][0]
    assert articles == 5


def test_quotes_have_speakers(sql):
    rows = sql("select speaker_name, quote_text from fct_quotes where speaker_name = 'Dmitry Peskov'")
    assert rows == [("Dmitry Peskov", "Putin will receive Wang Yi,")]
    unattributed = sql("select count(*) from fct_quotes where speaker_id is null")[0][0]
    attributed = sql("select count(*) from fct_quotes where speaker_id is not null")[0][0]
    assert attributed >= 30 and unattributed <= 3


def test_wang_yi_visit_reported_by_several_outlets_is_one_meeting(sql):
    rows = sql(
        "select date_start, date_end, date_precision, n_outlets, n_articles, status from fct_meetings "
        "where kind = 'visit' and list_contains(participant_names, 'Wang Yi') and date_start = date '2025-03-31'"
    )
    assert len(rows) == 1
    date_start, date_end, precision, n_outlets, n_articles, status = rows[0]
    assert (str(date_start), str(date_end), precision, status) == ("2025-03-31", "2025-04-02", "range", "planned")
    assert n_outlets >= 2 and n_articles == 3  # Kyiv Post's undated "will visit" is absorbed


def test_identical_guo_quote_shares_a_cluster(sql):
    rows = sql(
        "select quote_cluster_id, count(*), count(distinct outlet_id) from fct_quotes "
        "where speaker_id = 'guo_jiakun' and quote_text like 'China is willing%' group by 1"
    )
    assert len(rows) == 1 and rows[0][1] == 2 and rows[0][2] == 2


def test_reworded_guo_quote_clusters_too(sql):
    rows = sql(
        "select count(distinct quote_cluster_id), count(*) from fct_quotes where quote_text like '%in-depth communication%'"
    )
    assert rows == [(1, 2)]


def test_wang_yi_lavrov_meetings_question(sql):
    rows = sql(
        "select m.date_start, m.kind from fct_meetings m "
        "join bdg_meeting_participants a on a.meeting_id = m.meeting_id and a.person_id = 'wang_yi' "
        "join bdg_meeting_participants b on b.meeting_id = m.meeting_id and b.person_id = 'sergey_lavrov' "
        "where m.date_start is not null order by m.date_start"
    )
    dates = [(str(d), k) for d, k in rows]
    assert ("2023-02-22", "meeting") in dates
    assert ("2025-02-20", "meeting") in dates
    assert ("2025-03-31", "visit") in dates


def test_role_history_is_scd2(sql):
    rows = sql(
        "select role_key, valid_from, valid_to, is_current from dim_person_roles where person_id = 'wang_yi' order by valid_from"
    )
    assert [r[0] for r in rows] == ["foreign_minister", "top_diplomat", "foreign_minister"]
    assert rows[0][3] is False and rows[-1][3] is True


def test_provisional_person_discovered_in_text(sql):
    rows = sql("select person_id, is_provisional from dim_people where canonical_name = 'Zhou Bo'")
    assert rows == [("prov_zhou_bo", True)]


def test_announcement_linked_to_meeting(sql):
    rows = sql(
        "select a.announcer_name, a.announced_on, m.kind from fct_announcements a join fct_meetings m using (meeting_id) "
        "where a.announcer_id = 'sergey_lavrov'"
    )
    assert [(r[0], str(r[1]), r[2]) for r in rows] == [("Sergey Lavrov", "2025-02-20", "visit")]


def test_docs_are_persisted_as_comments_for_bi_tools(sql):
    comment = sql("select comment from duckdb_tables() where table_name = 'fct_meetings'")[0][0]
    assert comment.startswith("One row per real-world meeting")
    column = sql("select comment from duckdb_columns() where table_name = 'fct_quotes' and column_name = 'quote_cluster_id'")[0][
        0
    ]
    assert "statement" in column
