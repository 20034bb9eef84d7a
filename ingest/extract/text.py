"""Sentence splitting and small text helpers that keep character offsets intact."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "gen",
    "col",
    "lt",
    "sen",
    "rep",
    "gov",
    "prof",
    "jr",
    "sr",
    "no",
    "vs",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.n",
    "h.h",  # "His Highness": "attended by H.H. Sheikh Mansour"
    "h.e",
    "h.m",
    "h.r.h",
    "u.k",
    "e.g",
    "i.e",
    "etc",
    "inc",
    "co",
    "corp",
    "maj",
    "capt",
    "adm",
    "sgt",
    "amb",
}
# ... and "in office last month.During their first meeting", "independence in 1921.This was": a glued boundary after a
# lower-case word or a number
_BOUNDARY = re.compile(r"[.!?…]+[\"”’»)\]]*\s+(?=[\"“‘«(\[]?[A-Z0-9])|(?<=[a-z]{3}|\d{3})\.(?=[A-Z][a-z]{2,}\s)")
_ATTRIBUTION_TAIL = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,4}[a-z]+(?:\s+[\w’'-]+){0,3}[.!?](?:\s|$)")  # "Trump wrote."
_TERMINAL = re.compile(r"[.!?:;…][\"”’')]*\s*$")  # a closing mark ends a sentence only after punctuation
DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"


@dataclass(frozen=True)
class Sentence:
    """A sentence: its index in the article and character span in the cleaned text."""

    index: int
    start: int
    end: int
    paragraph: int
    headline: bool


def is_headline(line: str) -> bool:
    """A short line without closing punctuation: a headline, sub-head or caption."""
    return not _TERMINAL.search(line) and len(line.split()) <= 20


_QUOTE_TOKEN = re.compile(r"''|[“„«”»\"]")


def _quote_states(paragraph: str) -> tuple[list[int], list[bool]]:
    """Positions where the double-quote state changes, and the state from each position on."""
    positions, states = [0], [False]
    curly, straight = False, 0
    for m in _QUOTE_TOKEN.finditer(paragraph):
        token = m.group(0)
        if token in DOUBLE_OPEN:
            curly = True
        elif token in DOUBLE_CLOSE:
            curly = False
        else:
            straight += 1
        positions.append(m.end())
        states.append(curly or straight % 2 == 1)
    return positions, states


def _inside(states: tuple[list[int], list[bool]], position: int) -> bool:
    positions, values = states
    return values[bisect_right(positions, position) - 1]


def _attribution_follows(paragraph: str, match: re.Match[str]) -> bool:
    """'“... in Miami!” Trump wrote.': an exclamation or question closing a quote, followed by a short tail that
    ends the sentence, is not the sentence's end (the tail is the attribution)."""
    mark = match.group(0).rstrip()
    if not (mark[-1:] in "”\"’»" and mark[0] in "!?"):
        return False
    return _ATTRIBUTION_TAIL.match(paragraph, match.end()) is not None


def _is_abbreviation(paragraph: str, position: int) -> bool:
    # Walk back over [\w.] instead of searching the whole prefix for each candidate boundary.
    start = position
    while start > 0 and (paragraph[start - 1].isalnum() or paragraph[start - 1] in "_."):
        start -= 1
    if start == position:
        return False
    token = paragraph[start:position].lower().rstrip(".")
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())


MAX_SENTENCE_CHARS = 1500  # a "sentence" longer than this (no punctuation) is cut at spaces: rules stay linear


def _bounded(sentences: list[Sentence], text: str) -> list[Sentence]:
    """Sentences longer than ``MAX_SENTENCE_CHARS`` cut at the last space before the limit, renumbered."""
    if all(s.end - s.start <= MAX_SENTENCE_CHARS for s in sentences):
        return sentences
    pieces: list[tuple[int, int, int, bool]] = []
    for s in sentences:
        start = s.start
        while s.end - start > MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
            cut = cut if cut > start else start + MAX_SENTENCE_CHARS
            pieces.append((start, cut, s.paragraph, s.headline))
            start = cut
        pieces.append((start, s.end, s.paragraph, s.headline))
    return [Sentence(i, start, end, paragraph, headline) for i, (start, end, paragraph, headline) in enumerate(pieces)]


def split_sentences(text: str) -> list[Sentence]:
    """Split cleaned text into sentences: lines are paragraphs; no split inside quotes; none longer than
    ``MAX_SENTENCE_CHARS``."""
    return _bounded(_split_sentences(text), text)


def _split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    offset = 0
    for paragraph_index, line in enumerate(text.split("\n")):
        if line.strip():
            headline = is_headline(line)
            start = 0
            states: tuple[list[int], list[bool]] | None = None
            for match in _BOUNDARY.finditer(line):
                cut = match.start()
                if states is None:
                    states = _quote_states(line)
                sentence_end = cut + len(match.group(0).rstrip())  # after any closing quote mark
                if _inside(states, sentence_end) or _is_abbreviation(line, cut) or _attribution_follows(line, match):
                    continue
                end = match.end()
                sentences.append(Sentence(len(sentences), offset + start, offset + end, paragraph_index, headline))
                start = end
            if start < len(line):
                sentences.append(Sentence(len(sentences), offset + start, offset + len(line), paragraph_index, headline))
        offset += len(line) + 1
    return sentences


def sentence_at(sentences: list[Sentence], position: int) -> Sentence | None:
    """The sentence containing character ``position`` (binary search over the sorted sentences)."""
    index = bisect_right(sentences, position, key=lambda s: s.start) - 1
    if index >= 0 and position < sentences[index].end:
        return sentences[index]
    return None


@lru_cache(maxsize=1)
def _accent_table() -> dict[int, str]:
    table = {ord("Đ"): "D", ord("đ"): "d"}  # Vietnamese 'Đình': a stroke, not a combining accent
    # Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional (Vietnamese 'Nguyễn', 'Phạm')
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        base = "".join(c for c in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(c))
        if len(base) == 1 and base.isascii() and base != chr(code):
            table[code] = base
    return table


# Letter classes for name patterns: Latin-1 and Latin Extended-A, so 'Bronisław', 'Çavuşoğlu' and 'İlham'
# are words ('à-ÿ' alone stops at 'ł' and 'ş'); Latin Extended-B for Vietnamese 'ư' and 'ơ' ('Võ Văn Thưởng');
# Latin Extended Additional for 'Phạm Thu Hằng'.
LOWER = "a-zß-öø-ÿĀ-ɏḀ-ỿ"
UPPER = "A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ"


def fold_accents(text: str) -> str:
    """Latin letters without their accents, one character for one, so offsets stay valid
    ('Szijjártó' -> 'Szijjarto'; 'ß' and 'Æ', which have no one-letter form, stay)."""
    return text.translate(_accent_table())


def slug(value: str) -> str:
    """Lower-case ASCII identifier from a name."""
    ascii_value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_value.lower()).strip("_")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "_-"


def whole_word_spans(text: str, word: str) -> list[tuple[int, int]]:
    """Offsets of ``word`` wherever it is not part of a longer (or hyphenated) word.

    The same matches as ``re.finditer(rf"(?<![\\w-]){re.escape(word)}(?![\\w-])", text)``, without
    compiling a pattern per name (names are new in every article, so ``re``'s cache does not help).
    """
    spans: list[tuple[int, int]] = []
    if not word:
        return spans
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        if (start == 0 or not _is_word_char(text[start - 1])) and (end == len(text) or not _is_word_char(text[end])):
            spans.append((start, end))
            start = text.find(word, end)
        else:
            start = text.find(word, start + 1)
    return spans
