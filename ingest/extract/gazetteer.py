r"""Fast dictionary matching: every name found in one Aho-Corasick pass, then checked at word boundaries.

The automaton (``pyahocorasick``) reports each occurrence of each name in C; Python only checks the
few occurrences that start a word. The result is exactly what the earlier first-word index gave:
at each position where an indexed first word starts (``(?<!\w)first(?!\w)``), the longest name
that continues there and passes :meth:`Gazetteer._bounded`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import ahocorasick

from ingest.extract.patterns import literal_alternation

_WORD = re.compile(r"\w+")
_WORD_BEFORE = re.compile(r"\w+$")


def _variants(alias: str) -> set[str]:
    return {alias, alias.replace("'", "’"), alias.replace("’", "'")}


class Gazetteer:
    """Find every occurrence of known names, with word boundaries like ``(?<![\\w-])name(?![\\w-])``.

    ``exact`` names match case-sensitively; ``folded`` names match case-insensitively.
    Each match yields ``(start, end, key)`` where ``key`` is the value given for the name.
    """

    def __init__(self, exact: Iterable[tuple[str, str]] = (), folded: Iterable[tuple[str, str]] = ()):
        self._exact: dict[str, list[tuple[str, str]]] = {}
        self._folded: dict[str, list[tuple[str, str]]] = {}
        for alias, key in exact:
            for variant in _variants(alias):
                first = _WORD.match(variant)
                if first:
                    self._exact.setdefault(first.group(0), []).append((variant, key))
        for alias, key in folded:
            for variant in _variants(alias.lower()):
                first = _WORD.match(variant)
                if first:
                    self._folded.setdefault(first.group(0), []).append((variant, key))
        for index in (self._exact, self._folded):
            for names in index.values():
                names.sort(key=lambda item: len(item[0]), reverse=True)

        self._exact_automaton = _automaton(self._exact)
        self._folded_automaton = _automaton(self._folded)
        # Only for the rare text whose lower() changes length ("İ"): positions of indexed first words.
        self._folded_starts = re.compile(rf"(?<!\w){literal_alternation(self._folded, ignore_case=True)}(?!\w)", re.IGNORECASE)

    @staticmethod
    def _bounded(text: str, start: int, end: int) -> bool:
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        # A hyphen joins two names ("Xi-Putin summit", "China-Russia ties") but not a name and a word
        # ("Kremlin-backed") or the parts of one name ("Jean-Noel").
        if before == "-" and start >= 2 and text[start].isupper():
            word_before = _WORD_BEFORE.search(text, max(0, start - 41), start - 1)
            before = " " if word_before and word_before.group(0)[0].isupper() and len(word_before.group(0)) > 1 else before
        if after == "-" and end + 1 < len(text) and text[end + 1].isupper() and text[start].isupper():
            after = " "
        return not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_-")

    def _scan(self, automaton: ahocorasick.Automaton, scanned: str, text: str) -> list[tuple[int, int, str]]:
        """Per word-initial position of ``scanned``, the first name (longest first, index order) that is bounded in ``text``."""
        by_start: dict[int, list[tuple[int, int, str]]] = {}
        for last, (length, first_length, rank, key) in automaton.iter(scanned):
            start = last + 1 - length
            if start and _is_word(scanned[start - 1]):
                continue  # not the start of a word
            after_first = start + first_length
            if after_first < len(scanned) and _is_word(scanned[after_first]):
                continue  # the word here is longer than the name's first word
            by_start.setdefault(start, []).append((rank, length, key))
        found = []
        for start, names in by_start.items():
            for _, length, key in sorted(names):
                if self._bounded(text, start, start + length):
                    found.append((start, start + length, key))
                    break
        return found

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        """All matches (overlapping ones included; the caller resolves overlaps), by start position."""
        found = self._scan(self._exact_automaton, text, text) if self._exact else []
        if self._folded:
            lowered = text.lower()
            # lower() keeps offsets for almost all text; "İ" and a few others grow, then scan the original.
            if len(lowered) == len(text):
                found += self._scan(self._folded_automaton, lowered, text)
            else:
                found += self._find_by_first_word(text, lowered)
        found.sort(key=lambda match: match[0])  # stable: exact names before folded ones at one position
        yield from found

    def _find_by_first_word(self, text: str, lowered: str) -> list[tuple[int, int, str]]:
        found = []
        for word in self._folded_starts.finditer(text):
            start = word.start()
            for name, key in self._folded.get(word.group(0).lower(), ()):
                end = start + len(name)
                if lowered.startswith(name, start) and self._bounded(text, start, end):
                    found.append((start, end, key))
                    break
        return found


def _is_word(char: str) -> bool:
    """``re``'s ``\\w`` for one character."""
    return char.isalnum() or char == "_"


def _automaton(index: dict[str, list[tuple[str, str]]]) -> ahocorasick.Automaton:
    """An automaton over every indexed name; each name's value is ``(length, first-word length, rank, key)``.

    ``rank`` orders a position's candidates as the first-word index does (longest first, then index
    order); a name listed twice keeps its first key, as the index's first match would.
    """
    automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
    rank = 0
    for first, names in index.items():
        for name, key in names:
            if name not in automaton:
                automaton.add_word(name, (len(name), len(first), rank, key))
            rank += 1
    if len(automaton):
        automaton.make_automaton()
    return automaton
