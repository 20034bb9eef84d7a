"""Where the quotations are: curly, straight, doubled-apostrophe and single quotes (offsets only)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE_TOKENS = re.compile(r"''|’’|[“”\"«»„]")
_SINGLE_TOKENS = re.compile(r"[‘’']")
OPENERS = {"“", "„", "«"}
CLOSERS = {"”", "»", "’’"}  # "’’": two closing single marks set for a double one
SYMMETRIC = {'"', "''"}
MAX_SINGLE_QUOTE_WORDS = 12
MAX_LONG_SINGLE_QUOTE_WORDS = 120


@dataclass(frozen=True)
class QuoteSpan:
    """Offsets of the quoted words (without the marks) and of the marks themselves."""

    start: int
    end: int
    outer_start: int
    outer_end: int


def _trimmed(text: str, start: int, end: int, outer_start: int, outer_end: int) -> QuoteSpan | None:
    inner = text[start:end]
    lead = len(inner) - len(inner.lstrip())
    trail = len(inner) - len(inner.rstrip())
    start, end = start + lead, end - trail
    if end <= start or not re.search(r"[A-Za-z]", text[start:end]):
        return None
    return QuoteSpan(start, end, outer_start, outer_end)


# '..., “the president wrote on his Twitter account': a mark right before an attribution closes the quote
ATTRIBUTION_AFTER = re.compile(
    r"(?:he|she|they|it|the\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+"
    r"(?:said|says|wrote|writes|added|adds|told|stated|noted|tweeted|posted)\b"
)


def _closes_like_speech(line: str, start: int, end: int) -> bool:
    """'... bilateral relations,“ he said': an opening mark set right after the words and before a space is
    a wrong-way closing mark (a typesetting slip), not a new quotation."""
    before = line[start - 1] if start else " "
    after = line[end] if end < len(line) else " "
    return not before.isspace() and before not in "([—–-" and (after.isspace() or after in ",.;:")


def _opens_like_quote(line: str, start: int, end: int) -> bool:
    """'”Nothing much has been taking place ...,” Nthankhwane said': a closing mark at a word's start, after a
    space or at the line's start, is a wrong-way opening mark (some sites set only ”)."""
    before = line[start - 1] if start else " "
    after = line[end] if end < len(line) else " "
    return (before.isspace() or before in "([—–-") and after.isalnum()


def _double_spans(text: str, offset: int, line: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_at: tuple[int, int] | None = None  # (mark start, mark end)
    for m in _DOUBLE_TOKENS.finditer(line):
        token = m.group(0)
        if open_at is None:
            if token in OPENERS or token in SYMMETRIC or (token == "”" and _opens_like_quote(line, m.start(), m.end())):
                open_at = (m.start(), m.end())
        elif (
            token in CLOSERS
            or token in SYMMETRIC
            or _closes_like_speech(line, m.start(), m.end())
            or ATTRIBUTION_AFTER.match(line, m.end())
        ):
            span = _trimmed(text, offset + open_at[1], offset + m.start(), offset + open_at[0], offset + m.end())
            spans += [span] if span else []
            open_at = None
        elif token in OPENERS:
            open_at = (m.start(), m.end())
    if open_at is not None:  # quote running on into the next paragraph
        span = _trimmed(text, offset + open_at[1], offset + len(line), offset + open_at[0], offset + len(line))
        spans += [span] if span else []
    return spans


def _single_spans(text: str, offset: int, line: str, taken: list[QuoteSpan]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    for m in _SINGLE_TOKENS.finditer(line):
        pos = m.start()
        absolute = offset + pos
        if (
            any(s.outer_start <= absolute < s.outer_end for s in taken)
            or line[pos : pos + 2] == "''"
            or line[pos - 1 : pos + 1] == "''"
        ):
            continue
        before = line[pos - 1] if pos else " "
        after = line[pos + 1] if pos + 1 < len(line) else " "
        if open_at is None:
            if m.group(0) in "‘'" and (before.isspace() or before in "(—[") and after.isalpha():
                open_at = pos
        elif m.group(0) in "’'" and not before.isspace() and not after.isalnum():
            inner = line[open_at + 1 : pos]
            words = len(inner.split())
            # A long span counts only when it closes like speech (",'" ".'"); otherwise the mark may be a
            # plural possessive ("the leaders' summit") and the quote goes on.
            if words <= MAX_SINGLE_QUOTE_WORDS or (words <= MAX_LONG_SINGLE_QUOTE_WORDS and before in ",.?!"):
                span = _trimmed(text, offset + open_at + 1, absolute, offset + open_at, absolute + 1)
                spans += [span] if span else []
                open_at = None
            elif words > MAX_LONG_SINGLE_QUOTE_WORDS:
                open_at = None
    return spans


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quotation in ``text``: curly, straight, doubled-apostrophe and single quotes."""
    spans: list[QuoteSpan] = []
    offset = 0
    for line in text.split("\n"):
        double = _double_spans(text, offset, line)
        spans += double + _single_spans(text, offset, line, double)
        offset += len(line) + 1
    return sorted(spans, key=lambda s: s.start)
