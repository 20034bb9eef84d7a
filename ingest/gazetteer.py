"""Fast dictionary matching: index names by their first word instead of one huge regex alternation."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_WORD = re.compile(r"\w+")


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

    @staticmethod
    def _bounded(text: str, start: int, end: int) -> bool:
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        return not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_-")

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        """All matches (overlapping ones included; the caller resolves overlaps)."""
        lowered = None
        for word in _WORD.finditer(text):
            start = word.start()
            for name, key in self._exact.get(word.group(0), ()):
                end = start + len(name)
                if text.startswith(name, start) and self._bounded(text, start, end):
                    yield start, end, key
                    break
            folded = self._folded.get(word.group(0).lower())
            if folded:
                lowered = lowered if lowered is not None else text.lower()
                for name, key in folded:
                    end = start + len(name)
                    if lowered.startswith(name, start) and self._bounded(text, start, end):
                        yield start, end, key
                        break
