"""Planned or happened: tense, auxiliaries, modal and adjective cues, headline style."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.events.context import EventContext
from ingest.extract.events.grammar import (
    ADJECTIVE_GAP,
    AFTER_HAVING,
    CIRCUMSTANCE,
    COORDINATED_FINITE,
    DEPARTURE_PROGRESSIVE,
    FRONTED_OWN_VISIT,
    FRONTED_REACH,
    FUTURE_ADJECTIVES,
    FUTURE_BEFORE_ONLY,
    INVITE_TRIGGERS,
    MAIN_CLAUSE_FUTURE,
    PAST_AUXILIARY,
    PAST_MOTION,
    PAST_TRIGGERS,
    RELATIVE_AFTER,
    RELATIVE_PLANNED,
    STOP_WORDS,
    SUBJECT_PLANNED,
)
from ingest.extract.patterns import literal_alternation
from ingest.extract.text import Sentence
from ingest.reference import ReferenceData

COMMA = re.compile(r",\s*")
DURING_BEFORE = re.compile(r"\b[Dd]uring\s+(?:his|her|their|the|a|an|this)\s+(?:[\w-]+\s+){0,2}$")


@lru_cache(maxsize=4)
def _feelings(reference: ReferenceData) -> re.Pattern[str]:
    words = literal_alternation(reference.cues.get("present_feeling", ()), ignore_case=True)
    return re.compile(rf"\b{words}\s+$", re.IGNORECASE)


class StatusRules(EventContext):
    """Whether a trigger's wording puts its event in the future."""

    def _sounds_planned(
        self, sentence: Sentence, word: str, trigger: re.Match[str], bounds: tuple[int, int], clause: tuple[int, int]
    ) -> bool:
        """Whether the wording puts the event in the future (before its date is known)."""
        low, high = bounds
        if word in INVITE_TRIGGERS:
            return True
        if word in DEPARTURE_PROGRESSIVE and not PAST_AUXILIARY.search(self.text, max(low, trigger.start() - 12), trigger.start()):
            return True  # "Yun is heading to Vietnam on Sunday", "Samia Heading to Burundi": a journey about to start
        if AFTER_HAVING.search(self.text, max(clause[0], trigger.start() - 60), trigger.start()):
            return False  # "After having a telephone conversation with Biden, he announced ...": done before
        if word in PAST_TRIGGERS and self._passive(trigger):
            # "will be received by", "may also be received by": a participle, tense from the auxiliary
            return bool(self.future_pattern.search(self.text, max(clause[0], trigger.start() - 30), trigger.start()))
        if word not in PAST_TRIGGERS and self._fronted_in_future(sentence, trigger):
            return True
        if word not in PAST_TRIGGERS:
            # "the trip comes at a time when others are looking forward to ...": a subordinate clause
            # after the trigger has its own tense.
            subordinate = STOP_WORDS.search(self.text, trigger.end(), clause[1]) or RELATIVE_AFTER.search(
                self.text, trigger.end(), clause[1]
            )  # "a visit that will also take him to Beijing": the relative clause has its own tense
            if subordinate and RELATIVE_PLANNED.match(self.text, subordinate.start(), clause[1]):
                return True  # "a visit that will take place in May": the clause tells the event's own time
            if SUBJECT_PLANNED.match(self.text, trigger.end(), clause[1]):
                return True  # "a telephone conversation between X and Y may take place"
            # "he would meet Putin after a phone call with ...": a trigger inside a subordinate phrase
            # does not take the main clause's tense either.
            heads = list(STOP_WORDS.finditer(self.text, clause[0], trigger.start()))
            floor = heads[-1].end() if heads else clause[0]
            low = max(low, heads[-1].end()) if heads else low
            in_clause = self.future_pattern.finditer(self.text, floor, subordinate.start() if subordinate else clause[1])
            if any(self._modifies(m, trigger) and not self._purpose_of_past_motion(m) and not self._feeling_now(m) for m in in_clause):
                return True
            # "X announced the decision during talks with Y": talks that frame the statement took place then
            circumstance = CIRCUMSTANCE.search(self.text, max(low, trigger.start() - 60), trigger.start())
            if not re.search(r"(?:ed|ing)$", word) and not circumstance:
                outside_quotes = [
                    m
                    for m in self.future_pattern.finditer(self.text, low, trigger.start())
                    if self._in_triggers_voice(m, trigger)
                    and self._modifies(m, trigger)
                    and not self._feeling_now(m)
                ]
                if outside_quotes or self.attr.cues("announcement", low, high):
                    return True
        if word not in PAST_TRIGGERS and self._during_future(sentence, trigger):
            return True
        # headline style: "Erdogan to host Putin", "Putin-Xi talks to focus on energy"
        return sentence.headline and bool(
            re.search(r"\bto\s+$", self.text[clause[0] : trigger.start()])
            or re.match(r"\s+to\s+[a-z]", self.text[trigger.end() :])
        )

    def _fronted_in_future(self, sentence: Sentence, trigger: re.Match[str]) -> bool:
        """'During his visit to Japan, the President will attend ...': a trigger in a phrase fronted before the
        main clause is planned when that clause's verb is (a future cue right after the comma). 'In his first
        overseas visit from March 14-18 after assuming office in January, 2024, PM Tobgay will hold talks': a
        visit owned by the main clause's subject, whose phrase may hold commas of its own."""
        main_clause = self._fronted_phrase_end(sentence.start, trigger, sentence.end)
        if main_clause is not None:
            return bool(MAIN_CLAUSE_FUTURE.match(self.text, main_clause, sentence.end))
        if self.reference.event_cues.get(trigger.group(0).lower()) != "visit" or not FRONTED_OWN_VISIT.fullmatch(self.text, sentence.start, trigger.start()):
            return False
        reach = min(sentence.end, trigger.end() + FRONTED_REACH)
        return any(MAIN_CLAUSE_FUTURE.match(self.text, comma.end(), sentence.end) for comma in COMMA.finditer(self.text, trigger.end(), reach))

    def _during_future(self, sentence: Sentence, trigger: re.Match[str]) -> bool:
        """'Lapid is set to host Biden as prime minister during his visit to Israel on July 13': an event told after
        'during', in a clause whose verb is in the future, is ahead too (what happens during it is)."""
        during = DURING_BEFORE.search(self.text, max(sentence.start, trigger.start() - 40), trigger.start())
        if during is None:
            return False
        return any(
            self._in_triggers_voice(m, trigger)
            for m in self.future_pattern.finditer(self.text, sentence.start, during.start())
            if not self._feeling_now(m) and not self._purpose_of_past_motion(m)
        )

    def _in_triggers_voice(self, cue: re.Match[str], trigger: re.Match[str]) -> bool:
        """A future cue outside quotes bears on any trigger; one inside a quote only on a trigger quoted too."""
        return self._quote_at(cue.start()) is None or self._quote_at(trigger.start()) is not None

    def _feeling_now(self, cue: re.Match[str]) -> bool:
        """'was pleased to meet Minister Vieira', 'is honoured to welcome': an infinitive after a feeling
        (``seeds/cue_words.csv`` cue type ``present_feeling``) tells the meeting going on, not one ahead."""
        return cue.group(0).lower().startswith("to ") and bool(
            _feelings(self.reference).search(self.text, max(0, cue.start() - 20), cue.start())
        )

    def _purpose_of_past_motion(self, cue: re.Match[str]) -> bool:
        """'travelled to Moscow to meet Putin', 'after travelling to Moscow to meet Putin': a purpose infinitive
        after a journey told in the past is no plan."""
        return cue.group(0).lower().startswith("to ") and bool(
            PAST_MOTION.search(self.text, max(0, cue.start() - 60), cue.start())
        )

    def _modifies(self, cue: re.Match[str], trigger: re.Match[str]) -> bool:
        """Whether a future cue bears on ``trigger``: an adjective ('a possible summit') only on the noun
        right after it, an auxiliary ('will visit ... and hold talks') on every trigger in its clause."""
        word = cue.group(0).lower()
        if word in FUTURE_BEFORE_ONLY:
            return cue.end() <= trigger.start()  # "preparations for a visit", not "a visit aimed at preparing ..."
        if word not in FUTURE_ADJECTIVES:
            # "will not budge ... but has declared her meeting": the auxiliary stops at a coordinated finite verb
            return not (cue.end() <= trigger.start() and COORDINATED_FINITE.search(self.text, cue.end(), trigger.start()))
        return cue.end() <= trigger.start() and bool(ADJECTIVE_GAP.fullmatch(self.text, cue.end(), trigger.start()))
