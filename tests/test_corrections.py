"""Analysts' corrections survive rebuilds and full refreshes (issue 17, point 7)."""

from __future__ import annotations

import csv
import shutil

import duckdb
import pytest

from ingest.cli import main
from ingest.config import REPO_ROOT


@pytest.fixture()
def corrected(warehouse_copy, tmp_path, monkeypatch):
    """A copy of the sample warehouse and an empty corrections folder of its own (inside the project, gitignored)."""
    folder = REPO_ROOT / ".cache" / "test-corrections" / tmp_path.name
    shutil.rmtree(folder, ignore_errors=True)
    monkeypatch.setenv("PARLEY_WAREHOUSE", str(warehouse_copy))
    monkeypatch.setenv("PARLEY_CORRECTIONS_DIR", str(folder))
    yield warehouse_copy, folder / "corrections.csv"
    shutil.rmtree(folder, ignore_errors=True)


def fetch(warehouse, sql: str, *params) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        con.execute("set search_path = 'marts,main'")
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def stable_key(warehouse, sql: str) -> tuple[str, int, int]:
    (row,) = fetch(warehouse, sql)
    return row


PESKOV_QUOTE = "select article_id, start_char, end_char from fct_quotes where speaker_id = 'dmitry_peskov'"
BIDEN_VISIT = (
    "select mm.article_id, mm.start_char, mm.end_char from fct_meeting_mentions mm join fct_meetings m using (meeting_id) "
    "where m.participant_names = ['Joe Biden']"
)
BARROT_MEETING = (
    "select min(mm.article_id), min(mm.start_char), min(mm.end_char) from fct_meeting_mentions mm join fct_meetings m using (meeting_id) "
    "where m.participant_names = ['Jean-Noel Barrot', 'Wang Yi'] group by m.meeting_id"
)


def assert_applied(warehouse, quote, visit, meeting) -> None:
    speaker = fetch(
        warehouse,
        "select speaker_type, speaker_id, speaker_name, correction_id from fct_quotes where article_id = ? and start_char = ? and end_char = ?",
        *quote,
    )
    assert speaker == [("person", "sergey_lavrov", "Sergey Lavrov", "c0001")]
    assert fetch(warehouse, "select count(*) from fct_meeting_mentions where article_id = ? and start_char = ?", *visit[:2]) == [(0,)]
    assert fetch(warehouse, "select count(*) from fct_meetings where participant_names = ['Joe Biden']") == [(0,)]
    people = fetch(
        warehouse,
        "select list(distinct b.person_id order by b.person_id), any_value(m.participant_names_text) from fct_meeting_mentions mm "
        "join bdg_meeting_participants b using (meeting_id) join fct_meetings m using (meeting_id) "
        "where mm.article_id = ? and mm.start_char = ?",
        *meeting[:2],
    )
    assert people == [(["jean_noel_barrot", "vladimir_putin", "wang_yi"], "Jean-Noel Barrot; Vladimir Putin; Wang Yi")]


def test_corrections_apply_and_survive_a_full_refresh(corrected, capsys):
    warehouse, seed = corrected
    quote, visit, meeting = (stable_key(warehouse, q) for q in (PESKOV_QUOTE, BIDEN_VISIT, BARROT_MEETING))
    (quote_id,) = fetch(warehouse, "select quote_id from fct_quotes where speaker_id = 'dmitry_peskov'")[0]
    (biden,) = fetch(warehouse, "select meeting_id from fct_meetings where participant_names = ['Joe Biden']")[0]
    (barrot,) = fetch(warehouse, "select meeting_id from fct_meetings where participant_names = ['Jean-Noel Barrot', 'Wang Yi']")[0]

    assert main(["correct", "speaker", "--quote", quote_id, "--to", "sergey_lavrov", "--note", "Lavrov said it"]) == 0
    assert main(["correct", "drop-meeting", "--meeting", biden, "--note", "background, no visit"]) == 0
    assert main(["correct", "participant", "--meeting", barrot, "--add", "vladimir_putin"]) == 0
    assert "parley build" in capsys.readouterr().out

    with seed.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["action"] for r in rows][:2] == ["set_speaker", "drop_meeting"]
    assert (rows[0]["article_id"], int(rows[0]["start_char"]), int(rows[0]["end_char"])) == quote  # stable keys only
    assert all(quote_id not in r.values() and biden not in r.values() for r in rows)

    assert main(["build", "--quiet"]) == 0  # a changed seed rebuilds in full
    assert_applied(warehouse, quote, visit, meeting)
    assert main(["build", "--full-refresh", "--quiet"]) == 0
    assert_applied(warehouse, quote, visit, meeting)


def test_correction_by_article_and_offsets(corrected):
    warehouse, seed = corrected
    article, start, end = stable_key(warehouse, PESKOV_QUOTE)
    args = ["correct", "speaker", "--article", article, "--start", str(start), "--end", str(end), "--to", "kremlin"]
    assert main(args) == 0
    assert seed.read_text().splitlines() == [
        "correction_id,article_id,start_char,end_char,action,entity_id,note",
        f"c0001,{article},{start},{end},set_speaker,kremlin,",
    ]


def test_correct_refuses_an_unknown_quote(corrected):
    assert main(["correct", "speaker", "--quote", "no-such-quote", "--to", "sergey_lavrov"]) != 0


def test_corrections_outside_the_project_are_refused(monkeypatch, tmp_path):
    from ingest.corrections import corrections_file

    monkeypatch.setenv("PARLEY_CORRECTIONS_DIR", str(tmp_path))
    with pytest.raises(ValueError, match="inside"):
        corrections_file()
