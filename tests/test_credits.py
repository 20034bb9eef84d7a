"""Bylines and photo credits name people (``ingest.extract.credits``), on lines of our own.

Cleaning removes most credit lines from the body; the extractor reads them from the removed lines, so a
credited journalist is a person (resolution ``credit``, no offsets) but never a speaker or participant.
"""

from __future__ import annotations

from datetime import date

import pytest

from ingest.extract import extract_article
from ingest.reference import load_reference
from ingest.sources.cleaning import clean_text

REFERENCE = load_reference()
BODY = "Sergei Lavrov met Wang Yi in Beijing on Monday. “We talked for hours,” Lavrov said."


def credited(raw: str) -> list[tuple[str, str, int | None]]:
    cleaned = clean_text(raw, REFERENCE)
    rows = extract_article("a", cleaned.text, date(2025, 7, 15), REFERENCE, cleaned.removed_lines)
    return [(m["entity_id"], m["canonical_name"], m["start_char"]) for m in rows.mentions if m["resolution"] == "credit"]


@pytest.mark.parametrize(
    ("credit_line", "expected"),
    [
        ("By Maria Kowalska", ["prov_maria_kowalska"]),
        ("By Tomas Berg and Ana Ruiz", ["prov_tomas_berg", "prov_ana_ruiz"]),
        ("Reporting by Jan de Vries and Lena Holm, editing by Paul Okafor", ["prov_jan_de_vries", "prov_lena_holm", "prov_paul_okafor"]),
        ("Lavrov and Wang in Beijing. Photo: Reuters/Ken Ishida", ["prov_ken_ishida"]),
        ("By PETER OLSEN", ["prov_peter_olsen"]),
    ],
)
def test_a_removed_credit_line_names_its_people_without_offsets(credit_line, expected):
    found = credited(f"Lavrov meets Wang\n{credit_line}\n\n{BODY}")
    assert [person for person, _, _ in found] == expected
    assert all(start is None for _, _, start in found)


def test_capitals_only_credit_names_are_title_cased():
    assert credited(f"By PETER OLSEN\n\n{BODY}") == [("prov_peter_olsen", "Peter Olsen", None)]


@pytest.mark.parametrize(
    "credit_line",
    [
        "Photo: Reuters",  # an agency alone
        "Source: Ramos / POOL / AFP",  # one word is never taken as a name
        "Photo: file",
        "Photo : Xinhua News Agency",  # an organisation
    ],
)
def test_agencies_and_single_words_are_no_credited_people(credit_line):
    assert credited(f"Lavrov meets Wang\n{credit_line}\n\n{BODY}") == []


def test_a_credit_left_in_the_body_keeps_its_offsets():
    raw = f"Lavrov and Wang shake hands in Beijing.Credit: Anna K. Meyer\n\n{BODY}"
    text = clean_text(raw, REFERENCE).text
    ((person, name, start),) = credited(raw)
    assert (person, name) == ("prov_anna_k_meyer", "Anna K. Meyer")
    assert text[start : start + len(name)] == "Anna K. Meyer"


def test_a_line_of_names_alone_before_the_lede_is_a_byline():
    raw = f"Lavrov meets Wang in Beijing\n\nMaria Kowalska - 15 July 2025 10:43\n\n{BODY}"
    assert [p for p, _, _ in credited(raw)] == ["prov_maria_kowalska"]


def test_a_newsmaker_alone_on_a_line_is_no_byline():
    raw = f"Lavrov meets Wang in Beijing\n\nNancy Pelosi\n\n{BODY} Nancy Pelosi was not there."
    assert credited(raw) == []


def test_a_credited_photographer_is_no_speaker():
    raw = "Lavrov and Wang shake hands.Credit: Anna K. Meyer\n\n“We talked for hours about trade,” she said."
    cleaned = clean_text(raw, REFERENCE)
    rows = extract_article("a", cleaned.text, date(2025, 7, 15), REFERENCE, cleaned.removed_lines)
    assert [q["speaker_id"] for q in rows.quotes] == [None]
    assert "prov_anna_k_meyer" in {m["entity_id"] for m in rows.mentions}
