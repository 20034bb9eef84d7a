"""Trips to several countries: one visit per country ('visits to Namibia and South Africa', 'a tour of
Vietnam, North Korea and Japan', 'with stops in Singapore and India').

A visit whose place is followed, in its sentence, by a list of further places (joined by commas, 'and' or
'as well as') in other countries is a visit to each: the traveller's stay in one country is one visit, as a
reader counting visits by country expects. Places in the same country ('Beijing and Shanghai') stay one
visit. Each further visit copies the first one's traveller, status, dates and quote state; only the place
differs.

Reads ``doc.events`` after the article-level merge; runs before the visit dates (so a meeting held in one
of the countries takes the dates of the visit to that country).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.extract.document import Document
from ingest.extract.events.model import EventMention
from ingest.extract.names import Mention

# ", the Republic of Belarus and the Republic of Turkey": a country's formal name before the place
PLACE_LIST_JOINT = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*,?\s+as\s+well\s+as\s+)(?:(?:to|in|on)\s+)?(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’]*\s+){1,3}of\s+(?:the\s+)?)?"
)
TRIGGER_REACH = 80  # characters after the trigger in which its place is looked for


def _country(doc: Document, place_id: str) -> str:
    return doc.reference.places[place_id]["country"]


def _listed_after(doc: Document, first: Mention, places: list[Mention], end: int) -> list[Mention]:
    """The places listed right after ``first`` ('Namibia, Botswana and South Africa'), up to ``end``."""
    listed, current = [], first
    while True:
        joint = PLACE_LIST_JOINT.match(doc.text, current.end, end)
        following = next((p for p in places if joint and p.start == joint.end()), None)
        if following is None:
            return listed
        listed.append(following)
        current = following


def _further_destinations(doc: Document, visit: EventMention, places: list[Mention]) -> list[Mention]:
    sentence = next(s for s in doc.sentences if s.start <= visit.start < s.end)
    first = next(
        (p for p in places if p.entity_id == visit.location_id and visit.end <= p.start <= visit.end + TRIGGER_REACH),
        None,
    )
    if first is None or first.end > sentence.end:
        return []
    seen = {_country(doc, first.entity_id)}
    further = []
    for place in _listed_after(doc, first, places, sentence.end):
        country = _country(doc, place.entity_id)
        if country not in seen:
            seen.add(country)
            further.append(place)
    return further


def _leg_told_elsewhere(doc: Document, visit: EventMention, place: Mention) -> EventMention | None:
    """Another visit of the same traveller and status to ``place``'s country, within the trip's dates."""
    country = _country(doc, place.entity_id)
    for other in doc.events:
        if (
            other is not visit
            and other.kind == "visit"
            and other.status == visit.status
            and other.participants[:1] == visit.participants[:1]
            and other.location_id is not None
            and _country(doc, other.location_id) == country
            and other.overlaps_in_time(visit)
        ):
            return other
    return None


def add_destinations(doc: Document) -> None:
    """Pipeline component: split a visit to a list of countries into one visit per country (module docstring)."""
    places = [m for m in doc.mentions if m.entity_type == "place"]
    for index, visit in enumerate(list(doc.events)):
        if visit.kind != "visit" or visit.location_id is None:
            continue
        for place in _further_destinations(doc, visit, places):
            if told := _leg_told_elsewhere(doc, visit, place):
                # "visits to Russia, Belarus and Turkey from 18 to 23 February ... will visit Belarus on February 20":
                # the leg told on its own is that leg; the list's sentence announces it too
                told.sentence_ids = sorted(set(told.sentence_ids) | set(visit.sentence_ids))
                if not told.when.known:
                    told.when, told.date_text = visit.when, visit.date_text  # "Wu would then travel to Prague"
                for sentence_index in visit.sentence_ids:
                    doc.events_by_sentence.setdefault(sentence_index, []).append(doc.events.index(told))
                continue
            # the sentences that told the visit tell each leg (announcements read them)
            for indexes in doc.events_by_sentence.values():
                if index in indexes:
                    indexes.append(len(doc.events))
            doc.events.append(
                replace(
                    visit,
                    location_id=place.entity_id,
                    location_name=place.name,
                    participants=list(visit.participants),
                    participant_names=dict(visit.participant_names),
                    sentence_ids=list(visit.sentence_ids),
                    pairs=list(visit.pairs),
                )
            )
