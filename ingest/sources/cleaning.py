"""Whitespace normalisation and boilerplate removal, driven by ``seeds/``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.reference import ReferenceData

_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\((?:#|[^)\s]*)\)")
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_BLANK_LINES = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class CleanResult:
    """Cleaned text plus the lines removed as boilerplate (for audit)."""

    text: str
    removed_lines: tuple[str, ...]


def clean_text(raw: str, reference: ReferenceData) -> CleanResult:
    """Return article text without boilerplate, with normalised whitespace.

    Boilerplate lines are matched by the patterns in ``seeds/boilerplate_patterns.csv``;
    a ``drop_rest`` pattern (newsletter/donation appeals) drops everything after it.
    """
    kept: list[str] = []
    removed: list[str] = []
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
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
    text = _BLANK_LINES.sub("\n\n", "\n".join(kept)).strip()
    return CleanResult(text=text, removed_lines=tuple(removed))
