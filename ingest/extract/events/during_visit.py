"""Meetings held during a visit: an undated meeting of a traveller, told after their dated visit, took place
within it ('Wong will make a five-day visit to China from Sunday ... In Beijing, Wong will meet Xi').

Reads ``doc.events`` after the article-level merge; an undated meeting (not a call) whose participants
include a visit's traveller, with the same status and in the visit's country (or no place), takes the
visit's dates. The latest such visit told before the meeting wins.
"""

from __future__ import annotations

from ingest.extract.document import Document
from ingest.extract.events.context import same_country
from ingest.extract.events.model import EventMention


def _visit_for(doc: Document, meeting: EventMention) -> EventMention | None:
    candidates = [
        visit
        for visit in doc.events
        if visit.kind == "visit"
        and visit.when.known
        and visit.status == meeting.status
        and min(visit.sentence_ids) <= min(meeting.sentence_ids)
        and set(visit.participants) & set(meeting.participants)
        and same_country(doc.reference, visit.location_id, meeting.location_id)
    ]
    return max(candidates, key=lambda v: min(v.sentence_ids), default=None)


def add_visit_dates(doc: Document) -> None:
    """Pipeline component: date undated meetings held during a dated visit (see the module docstring)."""
    for event in doc.events:
        if event.kind != "meeting" or event.when.known:
            continue
        visit = _visit_for(doc, event)
        if visit is not None:
            event.when, event.date_text = visit.when, visit.date_text
