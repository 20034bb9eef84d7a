"""An index of character spans that answers 'does this span overlap one already taken?' in log time."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable


class SpanIndex:
    """Spans ``(start, end)`` kept sorted by start, with the longest length seen, so an overlap query looks
    only at the spans that could reach the query (names are short; a linear scan made long articles quadratic)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans: list[tuple[int, int]] = []
        self._longest = 0
        self.extend(spans)

    def append(self, span: tuple[int, int]) -> None:
        """Take ``span``."""
        insort(self._spans, span)
        self._longest = max(self._longest, span[1] - span[0])

    def extend(self, spans: Iterable[tuple[int, int]]) -> None:
        """Take every span of ``spans``."""
        for span in spans:
            self.append(span)

    def take_free(self, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """Take, in order, each span of ``spans`` that overlaps none taken (nor one taken before it here);
        returns them ('repeat a name wherever it stands free')."""
        free = []
        for start, end in spans:
            if not self.overlaps(start, end):
                self.append((start, end))
                free.append((start, end))
        return free

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps any span taken."""
        low = bisect_left(self._spans, (start - self._longest, start - self._longest))
        high = bisect_left(self._spans, (end, end))
        return any(start < span_end for _, span_end in self._spans[low:high])

    def __len__(self) -> int:
        return len(self._spans)
