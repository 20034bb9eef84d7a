"""The trie-shaped cue-word regex must match exactly what a longest-first alternation matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.patterns import literal_alternation, word_pattern

WORDS = st.lists(st.text(alphabet="abcAB -].'", min_size=1, max_size=6), min_size=1, max_size=12)
TEXT = st.text(alphabet="abcAB -].'x\n", max_size=60)


def _reference_pattern(words: list[str], flags: int) -> re.Pattern[str]:
    body = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)


@settings(max_examples=400, deadline=None)
@given(WORDS, TEXT, st.booleans())
def test_word_pattern_matches_like_a_longest_first_alternation(words, text, ignore_case):
    flags = re.IGNORECASE if ignore_case else 0
    expected = [m.span() for m in _reference_pattern(words, flags).finditer(text)]
    assert [m.span() for m in word_pattern(words, flags).finditer(text)] == expected


def test_literal_alternation_shares_prefixes():
    assert literal_alternation(["meet", "meets", "meeting", "met"]) == "(?:me(?:et(?:(?:ing|s))?|t))"
    assert re.fullmatch(literal_alternation([]), "") is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Wang Yi", "Wang", "Lavrov", "Sergey Lavrov", "Yi"]), min_size=1), TEXT)
def test_gazetteer_finds_every_bounded_occurrence(names, noise):
    text = noise + " " + " and ".join(names) + "."
    gazetteer = Gazetteer(exact=[(n, n) for n in {"Wang Yi", "Lavrov", "Sergey Lavrov"}])
    found = list(gazetteer.find(text))
    expected = sorted(
        (m.start(), m.end(), name)
        for name in ("Wang Yi", "Lavrov", "Sergey Lavrov")
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    )
    # At one position only the longest name is reported (the caller resolves overlaps between positions).
    longest = {}
    for start, end, name in expected:
        if end - start > longest.get(start, (0, 0, ""))[1] - longest.get(start, (0, 0, ""))[0]:
            longest[start] = (start, end, name)
    assert found == sorted(longest.values())


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["foreign ministry", "Foreign Ministry", "FOREIGN ministry", "kremlin", "KremLin"]), min_size=1),
    TEXT,
)
def test_gazetteer_folded_names_match_in_any_case(names, noise):
    text = noise + " " + " and ".join(names) + "."
    gazetteer = Gazetteer(folded=[("Foreign Ministry", "mfa"), ("Kremlin", "kremlin")])
    found = list(gazetteer.find(text))
    expected = sorted(
        (m.start(), m.end(), key)
        for name, key in (("foreign ministry", "mfa"), ("kremlin", "kremlin"))
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.IGNORECASE)
    )
    assert found == expected


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_folding_accents_keeps_every_offset(text):
    from ingest.extract.text import fold_accents

    folded = fold_accents(text)
    assert len(folded) == len(text)
    assert all(a == b or (a.isalpha() and b.isascii()) for a, b in zip(text, folded, strict=True))


def test_take_free_takes_only_spans_that_overlap_nothing_taken_before():
    from ingest.extract.spans import SpanIndex

    taken = SpanIndex([(10, 20)])
    assert taken.take_free([(0, 5), (15, 25), (3, 8), (30, 40)]) == [(0, 5), (30, 40)]  # (3, 8) meets (0, 5)
    assert taken.overlaps(32, 33) and not taken.overlaps(25, 30)
