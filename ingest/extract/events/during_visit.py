"""Meetings held during a visit, and the visit they date.

- An undated meeting of a traveller, told after their dated visit, took place within it ('Wong will make a
  five-day visit to China from Sunday ... In Beijing, Wong will meet Xi'). An undated meeting (not a call)
  whose participants include a visit's traveller, with the same status (or any, when the visit is under way on
  the publication day) and in the visit's country (or no place), told (or told again) after the visit, takes the
  visit's dates. The latest such visit wins.
- The other way round, an undated visit spans the dated meetings its traveller holds in its country ('S
  Jaishankar met President Dissanayake in Colombo on Friday ... Jaishankar, who is on a day-long visit to the
  island nation'): from the first day to the last of the meetings (not calls) with the same status that include
  a traveller, in the visit's country or with no place.

Reads ``doc.events`` after the article-level merge.
"""

from __future__ import annotations

from ingest.extract.dates import ResolvedDate
from ingest.extract.document import Document
from ingest.extract.events.context import same_country
from ingest.extract.events.model import EventMention


def _visit_for(doc: Document, meeting: EventMention, placed_only: bool = False) -> EventMention | None:
    candidates = [
        visit
        for visit in doc.events
        if visit.kind == "visit"
        and visit.when.known
        and (visit.location_id is not None or not placed_only)
        and (visit.status == meeting.status or _under_way(visit, doc))
        and min(visit.sentence_ids) <= max(meeting.sentence_ids)
        and set(visit.participants) & set(meeting.participants)
        and same_country(doc.reference, visit.location_id, meeting.location_id)
    ]
    return max(candidates, key=lambda v: min(v.sentence_ids), default=None)


def _under_way(visit: EventMention, doc: Document) -> bool:
    """'Pashinyan arrived on May 10 on a 2-day official visit ... will have meetings with Rutte' (published May 10):
    a visit under way on the publication day holds the meetings still to come as well as those held."""
    if doc.published is None or visit.when.start is None:
        return False
    return visit.when.start <= doc.published <= (visit.when.end or visit.when.start)


def _meetings_during(doc: Document, visit: EventMention) -> list[EventMention]:
    return [
        meeting
        for meeting in doc.events
        if meeting.kind == "meeting"
        and meeting.when.known
        and meeting.status == visit.status
        and not meeting.in_quote
        and set(visit.participants) & set(meeting.participants)
        and same_country(doc.reference, visit.location_id, meeting.location_id)
    ]


def _span(meetings: list[EventMention]) -> ResolvedDate:
    if len(meetings) == 1:
        return meetings[0].when
    first = min(m.when.start for m in meetings)
    last = max(m.when.end or m.when.start for m in meetings)
    return ResolvedDate(first, last, "day" if first == last else "range")


def add_visit_dates(doc: Document) -> None:
    """Pipeline component: date undated meetings held during a dated visit, and undated visits by the
    meetings held during them (see the module docstring)."""
    _date_meetings_by_visits(doc)
    dated_visits = False
    for visit in doc.events:
        if visit.kind == "visit" and not visit.when.known and not visit.in_quote:
            meetings = _meetings_during(doc, visit)
            if meetings:
                visit.when = _span(meetings)
                dated_visits = True
    if dated_visits:
        # "met Modi on Wednesday during his visit to New Delhi ... During the visit, he met X": a visit to a place
        # its meetings just dated dates the other meetings held there (not a tour with no place)
        _date_meetings_by_visits(doc, placed_only=True)


def _date_meetings_by_visits(doc: Document, placed_only: bool = False) -> None:
    for event in doc.events:
        if event.kind != "meeting" or event.when.known:
            continue
        visit = _visit_for(doc, event, placed_only)
        if visit is not None:
            event.when, event.date_text = visit.when, visit.date_text


def add_reported_visit_dates(doc: Document) -> None:
    """Pipeline component, after the report dates: an undated meeting of a traveller during a visit that the report
    dates takes its days too ('President Kais Saied landed in Tripoli ... The Tunisian leader also met with Prime
    Minister Dbeibah', told after the lede). Only a visit with a place: a report's window on an unplaced tour says
    nothing of a stop told as earlier."""
    _date_meetings_by_visits(doc, placed_only=True)
