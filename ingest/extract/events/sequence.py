"""Events told in sequence: an undated event told as the next step of a dated one took place the same day.

A report tells a day's or a trip's events in order: "Ampuero met his peers from Argentina and Brazil ...
Later, Foreign Minister Ampuero met with the Executive Director", "Earlier, Dendias had met with the
speaker". An undated event whose sentence opens with a sequence word (``seeds/cue_words.csv`` type
``sequence``: later, earlier, afterwards, subsequently, then, ...) and which shares a participant with an
event told before it that has a date takes that event's date (the nearest such event before it, with the
same status, outside quotes, in the same country when both have a place). "X also met Y" is no such step: the real-news gold dates it as often as not.
Reads ``doc.events`` after the visit and report dates.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.document import Document
from ingest.extract.events.context import same_country
from ingest.extract.events.model import EventMention
from ingest.extract.patterns import literal_alternation
from ingest.reference import ReferenceData


@lru_cache(maxsize=4)
def _sequence_opening(reference: ReferenceData) -> re.Pattern[str]:
    words = literal_alternation(reference.cues.get("sequence", ()), ignore_case=True)
    return re.compile(rf"[\W_]*{words}\b", re.IGNORECASE)


def _told_in_sequence(doc: Document, event: EventMention, opening: re.Pattern[str]) -> bool:
    sentence = doc.sentences[min(event.sentence_ids)]
    return bool(opening.match(doc.text, sentence.start, event.start))


def _step_before(doc: Document, event: EventMention) -> EventMention | None:
    """The nearest dated event told before ``event`` that it continues."""
    before = [
        other
        for other in doc.events
        if other is not event
        and other.when.known
        and other.status == event.status
        and not other.in_quote
        and other.start < event.start
        and set(other.participants) & set(event.participants)
    ]
    step = max(before, key=lambda other: other.start, default=None)
    # "In Brussels on Monday, Wang held talks ... Earlier, in Paris, Wang met Macron": another place, another day
    return step if step is not None and same_country(doc.reference, step.location_id, event.location_id) else None


def add_sequence_dates(doc: Document) -> None:
    """Pipeline component: date the undated events told as the next step of a dated one (see the module docstring)."""
    opening = _sequence_opening(doc.reference)
    for event in doc.events:
        if event.when.known or event.in_quote or not _told_in_sequence(doc, event, opening):
            continue
        step = _step_before(doc, event)
        if step is not None:
            event.when, event.date_text = step.when, step.date_text
