"""Fast dictionary matching: index names by their first word instead of one huge regex alternation."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

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

        # Only positions where an indexed first word starts are worth a look; one regex finds them.
        self._exact_starts = re.compile(rf"(?<!\w){literal_alternation(self._exact)}(?!\w)")
        folded_words = literal_alternation(self._folded, ignore_case=True)
        self._folded_starts = re.compile(rf"(?<!\w){folded_words}(?!\w)", re.IGNORECASE)
        # Scanning lower-cased text case-sensitively is ~3x faster than IGNORECASE.
        self._lowered_starts = re.compile(rf"(?<!\w){folded_words}(?!\w)")

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

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        """All matches (overlapping ones included; the caller resolves overlaps), by start position."""
        found: list[tuple[int, int, str]] = []
        for word in self._exact_starts.finditer(text):
            start = word.start()
            for name, key in self._exact[word.group(0)]:
                end = start + len(name)
                if text.startswith(name, start) and self._bounded(text, start, end):
                    found.append((start, end, key))
                    break
        if self._folded:
            lowered = text.lower()
            # lower() keeps offsets for almost all text; "İ" and a few others grow, then scan the original.
            starts = self._lowered_starts.finditer(lowered) if len(lowered) == len(text) else self._folded_starts.finditer(text)
            for word in starts:
                start = word.start()
                for name, key in self._folded.get(word.group(0).lower(), ()):
                    end = start + len(name)
                    if lowered.startswith(name, start) and self._bounded(text, start, end):
                        found.append((start, end, key))
                        break
        found.sort(key=lambda match: match[0])  # stable: exact names before folded ones at one position
        yield from found
