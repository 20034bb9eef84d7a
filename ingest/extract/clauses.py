"""Where the clause around a speech verb starts and ends: mixed into :class:`~ingest.extract.speakers.Attributor`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.names import Mention

if TYPE_CHECKING:
    from ingest.reference import ReferenceData

CLAUSE_BOUNDARY = re.compile(r"[,;:—–(]|\s-\s")
SHORT_ASIDE = re.compile(r"\([^(),;:]{1,30}\)")  # "(MFA)", "(Aug 19)": an acronym or a date in parentheses
TITLE_PHRASE_JOINERS = {"of", "for", "in", "the", "and", "to"}
SPOKESPERSON_BEFORE = re.compile(r"\bspokes(?:man|woman|person)\s*$", re.IGNORECASE)


class ClauseBounds:
    """Clause starts and ends, outside quotes: commas, colons and dashes, but not a short aside or a name set
    off after a title."""

    text: str
    mentions: list[Mention]
    reference: ReferenceData

    def clause_start(self, position: int, floor: int) -> int:
        """Start of the clause that ends at ``position`` (after the last comma, colon, dash...)."""
        last = floor
        asides = [a.span() for a in SHORT_ASIDE.finditer(self.text, floor, position)]
        for m in CLAUSE_BOUNDARY.finditer(self.text, floor, position):
            if any(a_start <= m.start() < a_end for a_start, a_end in asides):
                continue  # "the Ministry of Foreign Affairs (MFA) said": a closed short aside is no clause break
            if not self.in_quote(m.start()):
                last = m.end()
        return last

    def clause_end(self, position: int, ceiling: int) -> int:
        """End of the clause that starts at ``position``; 'the Foreign Ministry Spokesman, Arrmanatha Nasir', 'said
        Acting Minister in the Presidency, Khumbudzo Ntshavheni': a name set off after a title is in it."""
        for m in CLAUSE_BOUNDARY.finditer(self.text, position, ceiling):
            if self.in_quote(m.start()):
                continue
            if (SPOKESPERSON_BEFORE.search(self.text, position, m.start()) or self._title_only(position, m.start())) and (
                named := next((p for p in self.mentions if p.entity_type == "person" and m.end() <= p.start <= m.end() + 2), None)
            ):
                return named.end
            return m.start()
        return ceiling

    def _title_only(self, start: int, end: int) -> bool:
        """Whether [start, end) is a title phrase alone: a title word opens it, capitalised words and joiners
        follow ('Acting Minister in the Presidency'), and nobody is named in it."""
        words = re.findall(r"[\w’'-]+", self.text[start:end])
        titles = self.reference.cues.get("title", set())
        if not words or not any(w.lower() in titles for w in words[:3]):
            return False
        if any(start <= p.start < end for p in self.mentions if p.entity_type == "person"):
            return False
        return all(w[0].isupper() or w.lower() in TITLE_PHRASE_JOINERS for w in words)
