"""Where an event takes place: a place after the trigger, a body's seat, a gathering's place, a fronted scene."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.extract.events.context import EventContext
from ingest.extract.events.grammar import (
    LOCATION_BEFORE,
    NAME_MODIFIER_GAP,
    OBJECT_GAP_WORDS,
    OPENING_PLACE,
    RELATIVE_AFTER,
    VENUE,
)
from ingest.extract.names import Mention
from ingest.extract.text import Sentence


class PlaceRules(EventContext):
    """The location of a trigger's event."""

    def _modifies_a_name(self, place: Mention) -> bool:
        """'met U.S. Deputy Secretary of State Kurt Campbell', 'met Russia's Lavrov': the place describes a person."""
        follower = next((p for p in self.people if place.end <= p.start <= place.end + 60), None)
        if follower is None:
            return False
        gap = NAME_MODIFIER_GAP.fullmatch(self.text, place.end, follower.start)
        # "China's special representative for Eurasian affairs Li Hui": lower-case title words too
        words = re.findall(r"\w[\w.’'-]*", re.sub(r"^['’]s\b", "", self.text[place.end : follower.start]))
        titled = any(w.lower() in self.titles for w in words) and all(
            w[0].isupper() or w.lower() in self.titles or w.lower() in OBJECT_GAP_WORDS for w in words
        )
        return bool(gap) or titled

    def _venue_location(self, trigger: re.Match[str], object_end: int, clause_end: int) -> Mention | None:
        """'met on the sidelines of the BRICS summit in Kazan': the place of the gathering the meeting was at."""
        venue = VENUE.match(self.text, trigger.end(), clause_end)
        if venue is None:
            return None
        n_objects = len(self._objects(trigger.end(), object_end))  # nobody but the trigger's objects before the place
        return next(
            (
                p
                for p in self.places
                if venue.end() <= p.start < clause_end
                and LOCATION_BEFORE.search(self.text, venue.end(), p.start)
                and not self._people_in(trigger.end(), p.start)[n_objects:]
            ),
            None,
        )

    def _location(self, clause_start: int, trigger: re.Match[str], object_end: int, sentence: Sentence) -> Mention | None:
        near_before = [p for p in self.places if clause_start <= p.start and p.end <= trigger.start()]
        if near_before and re.fullmatch(r"['’]?s?\s*", self.text[near_before[-1].end : trigger.start()]):
            return near_before[-1]  # "Moscow trip"
        relative = RELATIVE_AFTER.search(self.text, trigger.end(), object_end)
        object_end = relative.start() if relative else object_end  # "a visit that will take him to Beijing"
        for place in self.places:
            if trigger.end() <= place.start < object_end and not self._modifies_a_name(place):
                gap = self.text[trigger.end() : place.start]
                if LOCATION_BEFORE.search(gap) or not gap.strip():
                    return place
        for body in self.seated:
            # "met Putin at the Kremlin": the body's seat is the place
            if trigger.end() <= body.start < object_end and re.search(
                r"\b(?:at|in)\s+(?:the\s+)?$", self.text[trigger.end() : body.start]
            ):
                seat = self.reference.places[self.reference.organisations[body.entity_id]["seat_place_id"]]
                return replace(body, entity_type="place", entity_id=seat["place_id"], name=seat["place_name"], resolution="seat")
        opening = OPENING_PLACE.match(self.text[sentence.start : sentence.end])  # "In Beijing, ...", "Earlier, in Paris, ..."
        if opening:
            return next((p for p in self.places if p.start == sentence.start + opening.end()), None)
        return None
