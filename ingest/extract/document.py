"""The one document every extraction component reads and adds a layer to.

A :class:`Document` is built once per article from its cleaned text (sentences are split on creation).
Components then fill in their layers in order (see :mod:`ingest.extract.pipeline`): ``mentions`` (names),
``quote_spans``, ``speakers`` (the attribution index), ``quotes``, ``events``, ``announcements`` and
``credits``.
Offsets everywhere are character offsets into ``text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ingest.extract.dates import DateExpression, find_dates
from ingest.extract.names import Mention
from ingest.extract.text import Sentence, sentence_at, split_sentences
from ingest.reference import ReferenceData

if TYPE_CHECKING:  # the layer types live with the components that add them
    from ingest.extract.announcements import Announcement
    from ingest.extract.credits import Credit
    from ingest.extract.events.model import EventMention
    from ingest.extract.quotes import Quote, QuoteSpan
    from ingest.extract.speakers import Attributor


@dataclass
class Document:
    """One article under extraction: its text, metadata and every layer the components have added."""

    text: str
    published: date | None
    reference: ReferenceData
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quote_spans: list[QuoteSpan] = field(default_factory=list)
    speakers: Attributor | None = None
    quotes: list[Quote] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    # per sentence index, the events (indexes into ``events``) that sentence told, for announcements
    events_by_sentence: dict[int, list[int]] = field(default_factory=dict)
    announcements: list[Announcement] = field(default_factory=list)
    # the lines cleaning removed from the body (bylines, photo credits...), read by the credits component
    removed_lines: tuple[str, ...] = ()
    credits: list[Credit] = field(default_factory=list)
    _dates: dict[int, list[DateExpression]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_text(
        cls, text: str, published: date | None, reference: ReferenceData, removed_lines: tuple[str, ...] = ()
    ) -> Document:
        """A document with its sentences split; the other layers are empty."""
        return cls(text, published, reference, split_sentences(text), removed_lines=removed_lines)

    def sentence_at(self, position: int) -> Sentence | None:
        """The sentence containing character ``position`` (binary search)."""
        return sentence_at(self.sentences, position)

    def person_mention(self, person_id: str, name: str, start: int, end: int, resolution: str, confidence: float) -> Mention:
        """A person mention of the text at ``[start, end)``, with its sentence."""
        return self._mention("person", person_id, name, start, end, resolution, confidence)

    def organisation_mention(
        self, organisation_id: str, name: str, start: int, end: int, resolution: str, confidence: float
    ) -> Mention:
        """An organisation mention of the text at ``[start, end)``, with its sentence."""
        return self._mention("organisation", organisation_id, name, start, end, resolution, confidence)

    def _mention(
        self, entity_type: str, entity_id: str, name: str, start: int, end: int, resolution: str, confidence: float
    ) -> Mention:
        sentence = self.sentence_at(start)
        index = sentence.index if sentence else -1
        return Mention(entity_type, entity_id, name, self.text[start:end], start, end, index, resolution, confidence)

    def add_mentions(self, added: list[Mention]) -> None:
        """Add ``added`` to the mentions, kept in text order."""
        if added:
            self.mentions = sorted(self.mentions + added, key=lambda m: m.start)

    def dates_in(self, sentence: Sentence) -> list[DateExpression]:
        """The date expressions of ``sentence``: scanned once, the first time any component asks."""
        found = self._dates.get(sentence.index)
        if found is None:
            found = self._dates[sentence.index] = find_dates(self.text[sentence.start : sentence.end], sentence.start)
        return found
