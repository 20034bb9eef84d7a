"""What the event rules produce: one event mention per real-world meeting, visit or call an article tells."""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.extract.dates import DateExpression, ResolvedDate
from ingest.extract.document import Document
from ingest.extract.speakers import Speaker
from ingest.extract.text import Sentence


@dataclass
class EventMention:
    """One real-world meeting/visit/call as this article reports it (mentions merged within the article)."""

    kind: str
    status: str
    trigger: str
    start: int
    end: int
    sentence_ids: list[int]
    participants: list[str]
    participant_names: dict[str, str]
    location_id: str | None
    location_name: str | None
    when: ResolvedDate
    date_text: str | None
    confidence: float
    in_quote: bool = False
    quote_speaker: Speaker | None = None
    pairs: list[tuple[str, str]] = field(default_factory=list)

    def overlaps_in_time(self, other: EventMention) -> bool:
        """True when either date is unknown or the two intervals overlap."""
        if not (self.when.known and other.when.known):
            return True
        a_end = self.when.end or self.when.start
        b_end = other.when.end or other.when.start
        return self.when.start <= b_end and other.when.start <= a_end


@dataclass
class SentenceContext:
    """The sentence a trigger is in, with its date expressions (scanned once per document, on demand)."""

    sentence: Sentence
    doc: Document

    @property
    def dates(self) -> list[DateExpression]:
        """Date expressions of the sentence."""
        return self.doc.dates_in(self.sentence)
