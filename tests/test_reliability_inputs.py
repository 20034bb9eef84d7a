"""Issue 18: bad input is quarantined or reported with a reason, and the rest of the batch loads.

The corpus is ``tests/fixtures/bad/`` (plus inputs generated here when they are easier to read as code).
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from ingest.pipeline import ingest_paths
from tests.conftest import FIXTURES

BAD = FIXTURES / "bad"


def rows(warehouse: Path, query: str) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


# ---- 18.4: JSON records are checked field by field ------------------------------------------------


def test_records_with_non_string_fields_are_quarantined_and_the_rest_loads(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    report = ingest_paths([str(BAD / "typed_fields.jsonl")], warehouse)
    assert report.n_loaded == 1
    reasons = {item.source_key.rsplit("#", 1)[1]: (item.reason, item.detail) for item in report.quarantined}
    assert reasons == {
        "L1": ("invalid_field", "url is list, not a string"),
        "L2": ("invalid_field", "outlet is int, not a string"),
        "L3": ("invalid_field", "title is dict, not a string"),
        "L4": ("invalid_field", "published_at is list, not a string"),
        "L6": ("invalid_field", "text is int, not a string"),
    }
    assert rows(warehouse, "select title, outlet_name from raw.articles") == [("A good record", "Reuters")]
    assert rows(warehouse, "select count(*) from raw.quarantine where reason = 'invalid_field'") == [(5,)]


@pytest.mark.parametrize("value", ['["x"]', "5", '{"a": 1}', "true", "1.5"])
@pytest.mark.parametrize("field", ["url", "outlet", "title", "published_at"])
def test_every_metadata_field_is_type_checked(tmp_path, field, value):
    source = tmp_path / "one.jsonl"
    source.write_text(
        f'{{"{field}": {value}, "text": "Sergey Lavrov met Wang Yi in Beijing."}}\n'
        '{"text": "Marco Rubio met Kaja Kallas in Brussels on Monday."}\n'
    )
    report = ingest_paths([str(source)], tmp_path / "w.duckdb")
    assert report.n_loaded == 1
    assert [(q.reason, q.detail.split(" is ")[0]) for q in report.quarantined] == [("invalid_field", field)]


# ---- 18.5: Western single-byte text is windows-1252 unless the bytes clearly say otherwise ---------

ENCODINGS = BAD / "encodings"


@pytest.mark.parametrize(
    ("name", "true_encoding", "found", "snippets"),
    [
        ("cp1252_fr.txt", "cp1252", "cp1252", ["€5bn", "“très important”", "l’Élysée"]),
        ("cp1252_de.txt", "cp1252", "cp1252", ["Außenministerin", "„Wir stehen", "Gespräche"]),
        ("latin1_fr.txt", "latin-1", "cp1252", ["à Moscou", "la crème", "«Nous sommes prêts»"]),
        ("cp1250_pl.txt", "cp1250", "cp1250", ["Radosław", "spotkał się w środę", "„Współpraca"]),
        ("cp1250_cz.txt", "cp1250", "cp1250", ["zahraničí", "Lipavský", "protějškem"]),
        ("koi8r_ru.txt", "koi8-r", "koi8_r", ["Министр иностранных дел", "Лавров"]),
    ],
)
def test_single_byte_files_decode_to_the_right_text(name, true_encoding, found, snippets):
    from ingest.sources.decoding import decode_bytes

    data = (ENCODINGS / name).read_bytes()
    text, encoding = decode_bytes(data)
    assert encoding == found
    assert text == data.decode(true_encoding)
    for snippet in snippets:
        assert snippet in text


@pytest.mark.parametrize(
    ("sentence", "encoding"),
    [
        ("Barrot said the deal was worth €5bn – a “very important” step.", "cp1252"),  # was cp775: "Ć5bn", "ōimportantö"
        ("Le ministre est arrivé à Moscou, où il a goûté la crème brûlée.", "latin-1"),  # was cp1250: "ŕ Moscou", "crčme"
        ("El ministro José Manuel Albares se reunió con su homólogo en Pekín. ¿Qué pasará?", "cp1252"),
        ("Sikorski spotkał się z Łapińskim w środę; „Współpraca jest kluczowa” – dodał.", "cp1250"),
        ("Slovenský minister zahraničných vecí sa stretol s kolegom v Bratislave.", "cp1250"),
        ("Министр иностранных дел России Сергей Лавров встретился с Ван И.", "cp1251"),
        ("Министр иностранных дел России Сергей Лавров встретился с Ван И.", "koi8-r"),
    ],
)
def test_short_sentences_keep_their_characters(sentence, encoding):
    from ingest.sources.decoding import decode_bytes

    assert decode_bytes(sentence.encode(encoding))[0] == sentence


def test_a_few_foreign_names_do_not_make_western_text_foreign():
    from ingest.sources.codepages import looks_western

    text = (
        "Le philosophe Slavoj Žižek a rencontré à Genève des diplomates européens, réunis après l’été. "
        "Le ministre français a déclaré qu’il était « très préoccupé » par la sécurité énergétique, "
        "et son homologue allemand a ajouté que les négociations étaient « difficiles mais nécessaires ». "
        "Les délégations se réuniront à nouveau à Bruxelles en décembre, a précisé le porte-parole."
    )
    assert looks_western(text.encode("cp1252"))


# ---- 18.6: the current version of a source is its latest content ---------------------------------


def test_a_reverted_file_becomes_current_again(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    article = folder / "story.txt"
    original = "Wang Yi met Sergey Lavrov in Moscow on Monday."
    warehouse = tmp_path / "w.duckdb"
    article.write_text(original)
    ingest_paths([str(folder)], warehouse)
    article.write_text("Wang Yi met Sergey Lavrov in Moscow on Tuesday.")
    ingest_paths([str(folder)], warehouse)
    article.write_text(original)  # the edit is undone
    report = ingest_paths([str(folder)], warehouse)
    assert (report.n_loaded, report.n_duplicates, report.n_reinstated) == (0, 0, 1)
    current = rows(warehouse, "select clean_text, superseded_by from raw.articles where is_current")
    assert current == [(original, None)]
    edited = rows(warehouse, "select superseded_by is not null from raw.articles where clean_text like '%Tuesday%'")
    assert edited == [(True,)]
    again = ingest_paths([str(folder)], warehouse)  # unchanged since: a plain duplicate
    assert (again.n_duplicates, again.n_reinstated) == (1, 0)
    assert rows(warehouse, "select count(*) from raw.articles where is_current") == [(1,)]


def test_the_same_text_in_another_file_stays_a_duplicate(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Wang Yi met Sergey Lavrov in Moscow on Monday.")
    warehouse = tmp_path / "w.duckdb"
    ingest_paths([str(folder)], warehouse)
    (folder / "a.txt").write_text("Wang Yi met Sergey Lavrov in Moscow on Tuesday.")
    (folder / "b.txt").write_text("Wang Yi met Sergey Lavrov in Moscow on Monday.")
    report = ingest_paths([str(folder)], warehouse)
    assert report.n_reinstated == 0 and report.n_duplicates == 1


# ---- 18.10: clear errors -------------------------------------------------------------------------

MANIFESTS = BAD / "manifests"


def test_unparsable_manifest_is_an_error_not_an_outlet(tmp_path, capsys, monkeypatch):
    from ingest.cli import main
    from ingest.sources.manifest import ManifestError, parse_manifest

    with pytest.raises(ManifestError, match="not valid CSV at line .*unexpected end of data"):
        parse_manifest(MANIFESTS / "unterminated_quote.csv")
    with pytest.raises(ManifestError, match="no 'file' column"):
        parse_manifest(MANIFESTS / "no_file_column.csv")
    monkeypatch.setenv("PARLEY_WAREHOUSE", str(tmp_path / "w.duckdb"))
    status = main(["ingest", str(FIXTURES / "inputs" / "wire.jsonl"), "--manifest", str(MANIFESTS / "unterminated_quote.csv")])
    assert status == 2
    assert "ManifestError: manifest" in capsys.readouterr().err
    assert not (tmp_path / "w.duckdb").exists()  # nothing was ingested with the broken metadata


def test_manifest_row_problems_are_warnings_with_line_numbers(tmp_path, capsys, monkeypatch):
    from ingest.cli import main
    from ingest.sources.manifest import parse_manifest

    manifest = parse_manifest(MANIFESTS / "row_problems.csv")
    assert manifest.warnings == [
        "manifest row_problems.csv line 2: published_date '2024-13-45' is not a date; ignored",
        "manifest row_problems.csv lines 3 and 4 both describe two.txt; line 4 is used",
        "manifest row_problems.csv line 5: 3 fields, the header has 5; row ignored",
        "manifest row_problems.csv line 6: no file name; row ignored",
    ]
    assert manifest.entries["one.txt"].published_date is None and manifest.entries["one.txt"].outlet == "TASS"
    assert manifest.entries["two.txt"].outlet == "Xinhua"
    assert set(manifest.entries) == {"one.txt", "two.txt"}
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text("Sergey Lavrov met Wang Yi in Beijing on Monday.")
    monkeypatch.setenv("PARLEY_WAREHOUSE", str(tmp_path / "w.duckdb"))
    assert main(["ingest", str(folder), "--manifest", str(MANIFESTS / "row_problems.csv"), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "warning: manifest row_problems.csv line 2: published_date '2024-13-45' is not a date" in out


def test_an_unsupported_file_is_named_not_reported_missing(tmp_path, capsys, monkeypatch):
    from ingest.cli import main

    monkeypatch.setenv("PARLEY_WAREHOUSE", str(tmp_path / "w.duckdb"))
    pdf = FIXTURES / "inputs" / "notes.pdf"
    assert main(["run", str(pdf), "--quiet"]) == 1
    out = capsys.readouterr().out
    assert f"error: cannot read {pdf}: not a supported format" in out
    assert "no input files found" not in out
    assert main(["run", str(tmp_path / "missing.txt"), "--quiet"]) == 1
    assert "error: no input files found" in capsys.readouterr().out


def test_a_full_disk_during_a_load_is_reported_as_a_full_disk(tmp_path, monkeypatch, capsys):
    """DuckDB ends the transaction when a write fails; the rollback must not hide why."""
    import ingest.warehouse.load as load
    from ingest.cli import main

    def disk_full(con, table, df):
        con.execute("rollback")  # what DuckDB does to the transaction when the write fails
        raise duckdb.IOException('Could not write file "w.duckdb.wal": No space left on device')

    monkeypatch.setattr(load, "_insert", disk_full)
    with pytest.raises(duckdb.IOException, match="No space left on device"):
        ingest_paths([str(FIXTURES / "inputs" / "wire.jsonl")], tmp_path / "w.duckdb")
    monkeypatch.setenv("PARLEY_WAREHOUSE", str(tmp_path / "cli" / "w.duckdb"))
    assert main(["run", str(FIXTURES / "inputs" / "wire.jsonl"), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: disk full: no space left on the device")
    assert "TransactionContext" not in err and "the published warehouse is unchanged" in err


def test_describe_finds_a_full_disk_behind_another_error():
    import errno

    from ingest.errors import describe

    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError:
            raise RuntimeError("cannot rollback - no transaction is active")  # noqa: B904 - the implicit context
    except RuntimeError as exc:
        assert describe(exc).startswith("disk full: no space left on the device ([Errno 28]")
    assert describe(ValueError("bad value")) == "ValueError: bad value"


# ---- 18.11: bidi controls, deep nesting ------------------------------------------------------------


def test_bidi_controls_are_stripped_from_clean_text_only(tmp_path, reference):
    from ingest.extract import extract_article
    from ingest.sources.cleaning import clean_text

    raw = (BAD / "bidi_controls.txt").read_text()
    assert "\u200f" in raw and "\u202e" in raw
    cleaned = clean_text(raw, reference).text
    assert not any(ch in cleaned for ch in "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    quotes = extract_article("a", cleaned, None, reference).quotes
    assert [(q["quote_text"], q["speaker_name"]) for q in quotes] == [
        ("We discussed the preparations for the visit,", "Sergey Lavrov")
    ]
    warehouse = tmp_path / "w.duckdb"
    ingest_paths([str(BAD / "bidi_controls.txt")], warehouse)
    stored = rows(warehouse, "select raw_text, clean_text from raw.articles")[0]
    assert "\u200f" in stored[0] and "\u200f" not in stored[1]
    assert rows(warehouse, "select count(*) from raw.quotes") == [(1,)]


@pytest.mark.parametrize("depth", [300, 10_000])
def test_deeply_nested_html_still_yields_its_text(tmp_path, depth):
    from ingest.sources.readers import read_file

    body = (
        "<p>Sergey Lavrov met Wang Yi in Beijing on Monday, the Russian Foreign Ministry said.</p>"
        "<p>“We discussed the preparations for the visit,” Lavrov told reporters.</p>"
    )
    page = tmp_path / "deep.html"
    page.write_text("<html><head><title>Lavrov in Beijing</title></head><body>" + "<div>" * depth + body + "</div>" * depth + "</body></html>")
    (document,) = list(read_file(page))
    assert document.__class__.__name__ == "SourceDocument", document
    assert "Sergey Lavrov met Wang Yi in Beijing on Monday" in document.raw_text
    assert "“We discussed the preparations for the visit,”" in document.raw_text


def test_a_shallow_page_without_article_text_is_still_quarantined(tmp_path):
    from ingest.sources.readers import Rejected, read_file

    page = tmp_path / "nav.html"
    page.write_text("<html><body><div><script>var x = 1;</script></div></body></html>")
    (item,) = list(read_file(page))
    assert isinstance(item, Rejected) and item.reason == "no_article_text"


# ---- 18.2: a time budget per article ---------------------------------------------------------------


@pytest.mark.parametrize("workers", [1, 2])
def test_an_article_over_its_time_budget_is_quarantined_and_the_rest_loads(tmp_path, monkeypatch, workers):
    import ingest.pipeline as pipeline

    real_extractor = pipeline.extract_article

    def stalls_on_one_article(article_id, text, published, reference=None, removed_lines=()):
        while "endless sentence" in text:  # an extractor that never finishes this article
            pass
        return real_extractor(article_id, text, published, reference, removed_lines)

    monkeypatch.setattr(pipeline, "extract_article", stalls_on_one_article)
    monkeypatch.setenv("PARLEY_ARTICLE_TIMEOUT", "5")  # generous for two one-line articles, final for the stall
    monkeypatch.setenv("PARLEY_PARALLEL_THRESHOLD", "1")  # with two workers, extraction runs in the pool
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Sergey Lavrov met Wang Yi in Beijing on Monday.")
    (folder / "b.txt").write_text("This is an endless sentence without punctuation that the extractor never leaves")
    (folder / "c.txt").write_text("“We are ready,” Marco Rubio said on Tuesday.")
    warehouse = tmp_path / "w.duckdb"
    report = pipeline.ingest_paths([str(folder)], warehouse, workers=workers)
    assert report.n_loaded == 2
    assert [(Path(q.source_key).name, q.reason) for q in report.quarantined] == [("b.txt", "extraction_timeout")]
    assert "5 s budget (PARLEY_ARTICLE_TIMEOUT)" in report.quarantined[0].detail
    assert rows(warehouse, "select count(*) from raw.articles") == [(2,)]
    assert rows(warehouse, "select reason from raw.quarantine") == [("extraction_timeout",)]
    assert rows(warehouse, "select count(*) from raw.quotes") == [(1,)]

