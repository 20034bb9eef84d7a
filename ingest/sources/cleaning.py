"""Whitespace normalisation and boilerplate removal, driven by ``seeds/``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.reference import ReferenceData

_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\((?:#|[^)\s]*)\)")
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_BLANK_LINES = re.compile(r"\n{3,}")
# a line that a hard wrap cut: it ends in no sentence or clause mark ("... will visit" / "Iran at the end ...")
_CUT_LINE_END = re.compile(r"[\w,’'-]$")
WRAP_WIDTH = 100  # a hard-wrapped text has no line longer than this
WRAPPED_SHARE = 0.4  # ... and at least this share of its lines end cut, continued on the next line
WRAPPED_MIN_LINES = 4
# Bidirectional controls (ALM, LRM, RLM, LRE..RLO embeddings and overrides, LRI..PDI isolates): invisible,
# they split words and quote marks from their text, so rules miss them ("\u200f“..."). Raw text keeps them.
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


@dataclass(frozen=True)
class CleanResult:
    """Cleaned text plus the lines removed as boilerplate (for audit)."""

    text: str
    removed_lines: tuple[str, ...]


def clean_text(raw: str, reference: ReferenceData) -> CleanResult:
    """Return article text without boilerplate, with normalised whitespace.

    Boilerplate lines are matched by the patterns in ``seeds/boilerplate_patterns.csv``;
    a ``drop_rest`` pattern (newsletter/donation appeals) drops everything after it. Bidirectional
    control characters are removed (``raw_text`` keeps them).
    """
    kept: list[str] = []
    removed: list[str] = []
    lines = raw.translate(BIDI_CONTROLS).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for index, line in enumerate(lines):
        stripped = _SPACES.sub(" ", line).strip()
        if not stripped:
            kept.append("")
            continue
        action = next((act for pattern, act in reference.boilerplate if pattern.search(stripped)), None)
        if action == "drop_rest":
            removed.extend(s for s in (x.strip() for x in lines[index:]) if s)
            break
        if action == "drop_line":
            removed.append(stripped)
            continue
        kept.append(_MARKDOWN_LINK.sub(r"\1", stripped))
    text = _BLANK_LINES.sub("\n\n", "\n".join(unwrap_hard_wrapped(kept))).strip()
    return CleanResult(text=text, removed_lines=tuple(removed))


def unwrap_hard_wrapped(lines: list[str]) -> list[str]:
    """Join the lines of a hard-wrapped text (wire copy cut at a fixed width: "... Kuwait's ruling emir will
    visit" / "Iran at the end of the month ...") back into paragraphs, so that a line end is no sentence break.
    A text is hard-wrapped when no line is longer than ``WRAP_WIDTH`` and many end cut, with the next line going
    on; only such cut lines are joined, and blank lines still part paragraphs."""
    cut = [i for i in range(len(lines) - 1) if lines[i] and lines[i + 1] and _CUT_LINE_END.search(lines[i])]
    filled = [line for line in lines if line]
    if len(cut) < WRAPPED_MIN_LINES or len(cut) < WRAPPED_SHARE * len(filled) or max(map(len, filled)) > WRAP_WIDTH:
        return lines
    joined: list[str] = []
    cut_set = set(cut)
    for i, line in enumerate(lines):
        if i - 1 in cut_set:
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined
