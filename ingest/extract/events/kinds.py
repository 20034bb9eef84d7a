"""The kind of a trigger's event, where the seeded kind needs the words around it: 'spoke' and 'talked' are a
call only when told as one ('spoke by phone with X', 'Cho and Kamikawa spoke'), a meeting in person ('spoke
briefly on the sidelines'); 'called' and 'phoned' are a call only with a person as their object; talks held
'via video link' are a call.
"""

from __future__ import annotations

import re

from ingest.extract.events.context import EventContext
from ingest.extract.events.grammar import (
    CALL_MEDIUM,
    CALL_VERB_CONTEXT,
    CALL_VERBS,
    CALLED_PERSON_AFTER,
    GROUP_BEFORE,
    IN_PERSON,
    REMOTE,
    REMOTE_BEFORE,
    SPOKE_ELSEWHERE,
    SPOKE_TO,
    TITLE_WORDS_ONLY,
)
from ingest.extract.names import Mention

CAPITALISED_GAP = re.compile(r"\s+(?:[A-Z][\w’'-]*\s+){0,6}")  # " Israel’s Prime Minister ": title words only


class KindRules(EventContext):
    """Which kind of event a trigger tells, given its context."""

    def _kind(self, word: str, trigger: re.Match[str], low: int, high: int) -> str | None:
        """The seeded kind of a trigger; 'spoke'/'talked' only as a call ('spoke by phone with X') or,
        in person, as a meeting ('spoke briefly with X on the sidelines'); None when neither."""
        kind = self.reference.event_cues[word]
        if kind == "meeting" and (
            REMOTE.match(self.text, trigger.end(), high) or REMOTE_BEFORE.search(self.text, low, trigger.start())
        ):
            return "call"  # "talks via video link", "held talks by phone", "a virtual summit"
        if word not in CALL_VERBS:
            return kind
        after = self.text[trigger.end() : high]
        if not (
            CALL_VERB_CONTEXT.match(after)
            or GROUP_BEFORE.search(self.text[low : trigger.start()])
            or (re.match(r"\s+to\b", after) and CALL_MEDIUM.search(after))  # "spoke to X by phone"
            or (self._pair_before(low, trigger.start()) and not SPOKE_ELSEWHERE.match(after))
            or self._spoke_to_person(trigger.end(), high)
        ):
            return None
        return "meeting" if IN_PERSON.search(after) and not CALL_MEDIUM.search(after) else kind

    def _called_person(self, trigger: re.Match[str], objects: list[Mention]) -> bool:
        """'Biden called Israel's Prime Minister Benjamin Netanyahu on Monday': a person right after the verb (their
        title and country between at most), the clause going on with a time, a purpose or its end."""
        if not objects or not CAPITALISED_GAP.fullmatch(self.text, trigger.end(), objects[0].start):
            return False
        return CALLED_PERSON_AFTER.match(self.text, objects[-1].end) is not None

    def _spoke_to_person(self, position: int, high: int) -> bool:
        """'Mahuta has spoken to US Secretary of State Antony Blinken': spoke to a named person (not 'to
        reporters', 'to the press'), whose name follows after at most their title."""
        to = SPOKE_TO.match(self.text, position, high)
        person = next(iter(self._people_in(position, high)), None) if to else None
        return person is not None and TITLE_WORDS_ONLY.fullmatch(self.text, to.end(), person.start) is not None

    def _pair_before(self, low: int, position: int) -> bool:
        """'Cho and Kamikawa spoke for 30 minutes': two people joined by 'and' as the verb's subject."""
        people = self._people_in(low, position)
        if len(people) < 2:
            return False
        first, second = people[-2], people[-1]
        return bool(
            re.fullmatch(r"\s+and\s+(?:[A-Z][\w’'.-]*\s+)*", self.text[first.end : second.start])
            and re.fullmatch(r"\s+(?:also\s+|had\s+|have\s+|briefly\s+|last\s+)?", self.text[second.end : position])
        )
