"""Readers, decoding, cleaning, metadata inference, idempotent loads, versions and quarantine."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.cli import main
from ingest.pipeline import ingest_paths
from ingest.sources.cleaning import clean_text
from ingest.sources.decoding import _FTFY_NO_MOJIBAKE, DecodeError, decode_bytes, fix_without_mojibake
from ingest.sources.metadata import infer_outlet, infer_published_date
from ingest.sources.readers import SourceDocument, discover, read_file
from tests.conftest import FIXTURES, SAMPLE_ARTICLES, SAMPLE_MANIFEST

INPUTS = FIXTURES / "inputs"


def rows(warehouse: Path, query: str):
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


# ---- decoding -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Sergei Lavrov said “yes”.".encode(), "utf-8"),
        (b"\xef\xbb\xbf" + "Lavrov said “yes”.".encode(), "utf-8-sig"),
        ("Lavrov said “yes”.".encode("utf-16"), "utf-16"),
    ],
)
def test_decoding_declared_and_strict_encodings(data, encoding):
    text, found = decode_bytes(data)
    assert found == encoding and "“yes”" in text


def test_cp1252_falls_back_to_detection_and_keeps_curly_quotes():
    text, encoding = decode_bytes((INPUTS / "cp1252_note.txt").read_bytes())
    assert encoding != "utf-8"
    assert "Jean-Noël Barrot" in text and "“The talks were frank" in text


def test_mojibake_is_repaired_but_quotes_stay_curly():
    text, _ = decode_bytes("He said â€œnoâ€\x9d to Moscowâ€™s plan.".encode())
    assert text == "He said “no” to Moscow’s plan."


@pytest.mark.parametrize(
    ("name", "reason"),
    [("empty.txt", "empty"), ("whitespace.md", "empty"), ("image.txt", "binary")],
)
def test_bad_files_are_rejected_with_reasons(name, reason):
    with pytest.raises(DecodeError) as error:
        decode_bytes((INPUTS / name).read_bytes())
    assert error.value.reason == reason


_NO_LATIN1 = st.lists(
    st.one_of(
        st.sampled_from(
            list("<>&;#\n\r\u2028\x1b[m“”’ﬁＡ\u0301")
            + ["&amp;", "&lt;", "&eacute;", "&#xFB01;", "&#65313;", "&#x7f;", "\r\n", "\x07", "\ufeff"]
        ),
        st.characters(blacklist_categories=("Cs",), blacklist_characters=[chr(c) for c in range(0x80, 0x100)]),
    ),
    max_size=200,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_NO_LATIN1)
def test_whole_text_fix_equals_ftfy_line_by_line(text):
    expected = ftfy.fix_text(text, config=_FTFY_NO_MOJIBAKE)
    assert fix_without_mojibake(text) == expected


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_decoding_arbitrary_bytes_never_crashes(data):
    try:
        text, _ = decode_bytes(data)
    except DecodeError as error:
        assert error.reason in {"empty", "binary", "undecodable"}
    else:
        assert text.strip()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=3000))
def test_extraction_offsets_always_point_into_the_text(text):
    from datetime import date

    from ingest.extract import extract_article

    rows_ = extract_article("h", text, date(2025, 3, 28))
    for item in rows_.mentions + rows_.quotes:
        assert 0 <= item["start_char"] < item["end_char"] <= len(text)
    for quote in rows_.quotes:
        assert text[quote["start_char"] : quote["end_char"]] == quote["quote_text"]


# ---- readers, cleaning, metadata ----------------------------------------------------------------


def test_html_main_text_is_extracted_with_metadata():
    (doc,) = list(read_file(INPUTS / "scmp_wang_visit.html"))
    assert isinstance(doc, SourceDocument)
    assert "Guo Jiakun on Friday announced" in doc.raw_text
    assert "Share this article" not in doc.raw_text and "Copyright" not in doc.raw_text
    assert doc.outlet == "South China Morning Post" and doc.published_at.startswith("2025-03-28")


def test_jsonl_records_load_and_bad_lines_are_rejected():
    items = list(read_file(INPUTS / "mixed.jsonl"))
    reasons = [(i.source_key.rsplit("#", 1)[1], getattr(i, "reason", "ok")) for i in items]
    assert reasons == [("L1", "missing_text"), ("L2", "invalid_json"), ("L3", "missing_text"), ("L4", "ok")]


def test_discover_recurses_and_flags_unsupported(tmp_path):
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    shutil.copy(INPUTS / "wire.jsonl", nested)
    shutil.copy(INPUTS / "notes.pdf", tmp_path)
    files, rejected = discover([str(tmp_path), str(tmp_path / "missing*.txt")])
    assert [f.name for f in files] == ["wire.jsonl"]
    assert sorted(r.reason for r in rejected) == ["not_found", "unsupported_format"]


def test_boilerplate_is_removed(reference):
    raw = (SAMPLE_ARTICLES / "003_58d4d7d1640f7572.txt").read_text()
    cleaned = clean_text(raw, reference)
    assert "Support The Moscow Times!" not in cleaned.text
    assert "XINHUA / EPA / TASS" not in cleaned.text
    assert "newsletter" not in cleaned.text and "undesirable" not in cleaned.text
    assert cleaned.text.startswith("China’s Foreign Minister to Visit Moscow")
    assert "Support The Moscow Times!" in cleaned.removed_lines


def test_related_links_bylines_and_telegram_hints_are_removed(reference):
    raw = "By [AFP](#)\n\nJOIN US ON TELEGRAM\nWang Yi met Lavrov.\nRelated article: [Other story](#)\nRead more"
    assert clean_text(raw, reference).text == "Wang Yi met Lavrov."


def test_hard_wrapped_wire_copy_is_joined_into_paragraphs(reference):
    raw = (
        "DUBAI May 20 The emir of the small Gulf state will\n"
        "visit Iran at the end of the month to help turn a\n"
        '"new page" in ties, the foreign ministry said on\n'
        "Tuesday.\n"
        "The visit \"will usher in a new page of\n"
        'relations," the spokeswoman told a news conference\n'
        "in Tehran.\n"
    )
    assert clean_text(raw, reference).text == (
        'DUBAI May 20 The emir of the small Gulf state will visit Iran at the end of the month to help turn a "new '
        'page" in ties, the foreign ministry said on Tuesday.\nThe visit "will usher in a new page of relations," the '
        "spokeswoman told a news conference in Tehran."
    )
    # lines ending in a sentence mark, or long lines, are paragraphs as written
    lines = "Wang Yi met Lavrov on Monday\nin Beijing.\nThey talked.\nLavrov left."
    assert clean_text(lines, reference).text == lines


def test_outlet_and_date_inferred_from_text_markers(reference):
    raw_002 = (SAMPLE_ARTICLES / "002_95d0db7280c903dd.txt").read_text()
    assert infer_outlet(None, raw_002, reference).value == "The Moscow Times"
    assert infer_published_date(None, raw_002).value == "2025-03-28"
    raw_000 = (SAMPLE_ARTICLES / "000_8b2518611e0f61c7.txt").read_text()
    assert infer_outlet(None, raw_000, reference).value == "Kyiv Post"
    unknown = infer_outlet(None, "Wang Yi met Lavrov.", reference)
    assert unknown.value is None and unknown.note


# ---- loading: the done-criteria batch -----------------------------------------------------------


@pytest.fixture()
def mixed_folder(tmp_path) -> Path:
    folder = tmp_path / "in"
    shutil.copytree(INPUTS, folder)
    for article in SAMPLE_ARTICLES.iterdir():
        shutil.copy(article, folder)
    return folder


def test_mixed_batch_loads_good_quarantines_bad_and_rerun_changes_nothing(mixed_folder, tmp_path):
    warehouse = tmp_path / "w.duckdb"
    first = ingest_paths([str(mixed_folder)], warehouse, SAMPLE_MANIFEST)
    assert (first.n_loaded, first.n_duplicates, first.n_quarantined) == (11, 0, 7)
    reasons = sorted(r[0] for r in rows(warehouse, "select reason from raw.quarantine"))
    assert reasons == ["binary", "empty", "empty", "invalid_json", "missing_text", "missing_text", "unsupported_format"]
    counts = {
        t: rows(warehouse, f"select count(*) from raw.{t}")[0][0]
        for t in ("articles", "mentions", "quotes", "event_mentions", "quarantine")
    }
    second = ingest_paths([str(mixed_folder)], warehouse, SAMPLE_MANIFEST)
    assert (second.n_loaded, second.n_duplicates) == (0, 11)
    assert counts == {t: rows(warehouse, f"select count(*) from raw.{t}")[0][0] for t in counts}
    assert rows(warehouse, "select count(*) from raw.ingest_runs")[0][0] == 2


def test_changed_file_becomes_a_new_version(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    article = folder / "story.txt"
    article.write_text("Wang Yi met Sergey Lavrov in Moscow on Monday.")
    warehouse = tmp_path / "w.duckdb"
    ingest_paths([str(folder)], warehouse)
    article.write_text("Wang Yi met Sergey Lavrov in Moscow on Tuesday.")
    report = ingest_paths([str(folder)], warehouse)
    assert (report.n_loaded, report.n_superseded) == (1, 1)
    versions = rows(warehouse, "select is_current, superseded_by is not null from raw.articles order by ingested_at")
    assert versions == [(False, True), (True, False)]


def test_a_failing_batch_leaves_nothing_behind(tmp_path, monkeypatch):
    import ingest.warehouse.load as load

    warehouse = tmp_path / "w.duckdb"
    original = load._insert

    def explode(con, table, df):
        if table.name == "quotes":
            raise RuntimeError("disk full")
        return original(con, table, df)

    monkeypatch.setattr(load, "_insert", explode)
    with pytest.raises(RuntimeError):
        ingest_paths([str(SAMPLE_ARTICLES)], warehouse, SAMPLE_MANIFEST)
    assert rows(warehouse, "select count(*) from raw.articles")[0][0] == 0
    assert rows(warehouse, "select count(*) from raw.mentions")[0][0] == 0


def test_cli_exit_codes(tmp_path, env_warehouse, capsys):
    bad = tmp_path / "bad"
    bad.mkdir()
    shutil.copy(INPUTS / "empty.txt", bad)
    shutil.copy(INPUTS / "image.txt", bad)
    assert main(["ingest", str(bad), "--quiet"]) == 1
    assert "no input could be read" in capsys.readouterr().out
    assert main(["ingest", str(INPUTS), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "loaded" in out and "quarantined" in out


def test_wire_credits_membership_appeals_and_photo_credits_are_boilerplate(reference):
    from ingest.sources.cleaning import clean_text

    text = (
        "Wang Yi (L) and Sergei Lavrov (R) in Beijing in April. Photo: AFP\n"
        "Wang Yi met Sergei Lavrov.\n"
        "(Reporting by Guy Faulconbridge; Editing by Andrew Osborn)\n"
        "We need your support to keep going. Become a member of the Kyiv Independent community.\n"
    )
    cleaned = clean_text(text, reference)
    assert cleaned.text.strip() == "Wang Yi met Sergei Lavrov."
    assert len(cleaned.removed_lines) == 3


FRAGMENTS = [
    "Wang Yi",
    "Sergei Lavrov",
    "Putin",
    "Xi",
    "he",
    "she",
    "they",
    "their",
    "the two leaders",
    "his Chinese counterpart",
    "the Kremlin",
    "the ministry",
    "the statement",
    "Beijing",
    "Moscow",
    "the Russian capital",
    "in",
    "at",
    "on",
    "with",
    "between",
    "and",
    "by",
    "of",
    "met",
    "will meet",
    "visited",
    "a visit",
    "talks",
    "phone call",
    "via video link",
    "hosted",
    "welcomed",
    "was received by",
    "announced",
    "said",
    "told",
    "urged",
    "on Monday",
    "next week",
    "a day after",
    "in two weeks",
    "next spring",
    "from March 31 to April 2",
    "last month",
    "“",
    "”",
    '"',
    "'",
    ",",
    ".",
    ":",
    "—",
    "(",
    ")",
    "\n",
    "In Paris,",
    "Earlier, in Berlin,",
    "kicking off a two-day visit",
    "that will",
    "after",
    "during a",
    "the sidelines of the summit in Kazan",
    "Xi-Putin",
    "I am ready to",
    "may also be",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=60), st.dates())
def test_extraction_never_crashes_on_diplomacy_shaped_text(fragments, published):
    """Random sequences of the words the rules look for: every rule path runs, offsets stay valid."""
    from ingest.extract import extract_article

    text = " ".join(fragments)
    rows_ = extract_article("f", text, published)
    for item in rows_.mentions + rows_.quotes + rows_.events:
        assert 0 <= item["start_char"] < item["end_char"] <= len(text)
    assert all(e["date_end"] is None or e["date_start"] <= e["date_end"] for e in rows_.events)


def test_a_placeholder_publication_date_is_no_date():
    from datetime import date

    from ingest.extract import extract_article
    from ingest.sources.metadata import normalise_date

    assert normalise_date("9999-12-31") is None and normalise_date("28 March 2025") == "2025-03-28"
    rows_ = extract_article("p", "Wang Yi will meet Sergei Lavrov next week.", date(9999, 12, 31))
    assert [(e["status"], e["date_start"]) for e in rows_.events] == [("planned", None)]
