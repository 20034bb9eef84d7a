"""Gatherings someone attends ('will participate in the IDA for Africa Summit', 'attended the SCO summit'): events
of kind summit whose participants are the attendees.

The gathering nouns are vocabulary (``seeds/cue_words.csv`` cue type ``gathering``: summit, forum, conference, ...).
A gathering attended on a trip the sentence tells shares the trip's dates, whichever of the two the text dates.
"""

from __future__ import annotations

import re

from ingest.extract.dates import ResolvedDate
from ingest.extract.events.context import EventContext
from ingest.extract.events.grammar import ATTENDS_GATHERING, CLAUSE
from ingest.extract.text import Sentence


class GatheringRules(EventContext):
    """Attended gatherings as triggers, and their dates from the trip they are attended on."""

    def _attended_gatherings(self, sentence: Sentence) -> list[re.Match[str]]:
        """'will participate in the International Development Association for Africa Summit', 'attended the SCO
        summit': the first gathering noun after an attendance verb, with nobody and no other gathering named between
        them, is a trigger of its own (kind summit: who attends). Records each one's attendance verb."""
        self._attendance = {}
        found = []
        for attend in ATTENDS_GATHERING.finditer(self.text, sentence.start, sentence.end):
            gathering = self.gathering_pattern.search(self.text, attend.end(), min(sentence.end, attend.end() + 90))
            if gathering is None or CLAUSE.search(self.text, attend.end(), gathering.start()):
                continue
            between = self.text[attend.end() : gathering.start()]
            if self._people_in(attend.start(), gathering.start()) or re.search(r"\b(?:news|press)\s+$", between, re.IGNORECASE):
                continue  # "attended a news conference" is no gathering of leaders
            named = gathering.group(0)[0].isupper() or re.search(r"\b[A-Z0-9]", between)
            if gathering.group(0).lower() in ("meeting", "meetings", "dialogue") and not named:
                continue  # "will attend the meeting" may be any meeting; "the G20 Foreign Ministers Meeting" is a gathering
            clause_start = self._clause(attend.start(), attend.end(), sentence.start, sentence.end)[0]
            if self.negation_pattern.search(self.text, clause_start, attend.start()):
                continue  # "had ruled out taking part in an all-island forum"
            self._attendance[gathering.start()] = attend
            found.append(gathering)
        return found

    def _dated_with_trip(
        self, participants: dict[str, str], when: ResolvedDate, date_text: str | None, future: bool
    ) -> tuple[ResolvedDate, str | None, bool]:
        """The attended gathering's date and status, shared with the sentence's trip of the same attendees."""
        trip = next((e for e in reversed(self._sentence_events) if e.kind == "visit" and set(participants) <= set(e.participants)), None)
        if trip is None:
            return when, date_text, future
        if not when.known:
            # "is scheduled to visit Kazakhstan this week to take part in the summit": attended on that trip
            return trip.when, trip.date_text, trip.status == "planned"
        if not trip.when.known:
            # "will visit China and attend the Annual Meeting ... from June 25-28": the trip spans the gathering
            trip.when, trip.date_text = when, date_text
        return when, date_text, future
