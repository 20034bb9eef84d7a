"""What every event rule reads: the document's people, places and quotes, the events found so far, and the
text windows (clause, objects) around a trigger."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ingest.extract.document import Document
from ingest.extract.events.grammar import (
    APPOSITIVE_LEAD,
    APPOSITIVE_OPENING,
    ASIDE,
    CLAUSE,
    COORDINATION,
    DESCRIBED_LIST_GAP,
    FRONTED_DURING,
    FRONTED_PHRASE_END,
    GAP_TOKEN,
    GERUND_ASIDE,
    LIST_CLOSED_AFTER,
    LIST_GAP,
    NAME_SUFFIX,
    OBJECT_GAP_WORDS,
    PLACE_PHRASE,
    STOP_WORDS,
    SUBORDINATE_GERUND_ASIDE,
    TITLE_ADJECTIVES,
    TITLE_JOINERS,
    TOPIC_BEFORE_MEDIUM,
    VISITING_ADJECTIVE,
)
from ingest.extract.events.model import EventMention
from ingest.extract.names import Mention
from ingest.extract.patterns import literal_alternation, word_pattern
from ingest.extract.quotes import QuoteSpan
from ingest.extract.speakers import Speaker
from ingest.extract.text import Sentence
from ingest.reference import ReferenceData


@lru_cache(maxsize=4)
def cue_patterns(reference: ReferenceData) -> tuple[re.Pattern[str], ...]:
    """Event triggers, future, habitual and negation markers, name coordination and gathering nouns, from
    seeds/cue_words.csv."""
    habitual = literal_alternation(reference.cues["habitual"], ignore_case=True)
    negation = literal_alternation(reference.cues.get("negation", ()), ignore_case=True)
    return (
        word_pattern(reference.event_cues),
        word_pattern(reference.cues["future"]),
        re.compile(rf"\b{habitual}\b", re.IGNORECASE),
        # "did not meet", "has no plans to visit", "cancelled his planned trip": at most three words between ("have not discussed a new summit")
        re.compile(rf"(?<![\w-]){negation}(?![\w-])\s+(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE),
        # "Jusuf Kalla and former Japanese prime minister Yasuo Fukuda met": title words, their modifiers
        # ('prime', 'vice') and a few adjectives may stand between coordinated names
        re.compile(
            COORDINATION.format(
                titles=literal_alternation(
                    set(reference.cues.get("title", ())) | {w.lower() for w in reference.cues.get("title_modifier", ())} | TITLE_ADJECTIVES,
                    ignore_case=True,
                )
            )
        ),
        word_pattern(reference.cues.get("gathering", ())),  # "summit", "forum": what an attendance verb attends
    )


def same_country(reference: ReferenceData, a: str | None, b: str | None) -> bool:
    """Two places (ids) that could be one event's: either unknown, or in the same country."""
    if a is None or b is None:
        return True
    return reference.places[a]["country"] == reference.places[b]["country"]


class EventContext:
    """The state the event rules share for one document, and the text windows around a trigger."""

    def __init__(self, doc: Document) -> None:
        reference = doc.reference
        self.doc = doc
        self.text = doc.text
        self.sentences = doc.sentences
        self.people = [m for m in doc.mentions if m.entity_type == "person"]
        self.places = [m for m in doc.mentions if m.entity_type == "place"]
        self.seated = [
            m
            for m in doc.mentions
            if m.entity_type == "organisation" and reference.organisations.get(m.entity_id, {}).get("seat_place_id")
        ]
        self.quote_spans = doc.quote_spans
        self._quote_starts = [q.start for q in doc.quote_spans]
        self.quotes = doc.quotes
        self.attr = doc.speakers
        self.reference = reference
        self.published = doc.published
        (
            self.trigger_pattern,
            self.future_pattern,
            self.habitual_pattern,
            self.negation_pattern,
            self.coordination,
            self.gathering_pattern,
        ) = cue_patterns(reference)
        self._attendance: dict[int, re.Match[str]] = {}  # gathering noun start -> its attendance verb ("attended the")
        self.events: list[EventMention] = doc.events
        self.titles = reference.cues.get("title", set())
        self._paired: list[tuple[int, int]] = []  # "between A and B" phrases: A and B belong to that event only
        self._sentence_events: list[EventMention] = []  # events found so far in the sentence at hand

    def _quote_at(self, position: int) -> QuoteSpan | None:
        index = bisect_right(self._quote_starts, position) - 1
        return next((q for q in self.quote_spans[max(0, index - 1) : index + 1] if q.start <= position < q.end), None)

    def _bounds(self, sentence: Sentence, position: int) -> tuple[int, int]:
        quote = self._quote_at(position)
        if quote and not self._quoted_predicate(quote):
            return max(sentence.start, quote.start), min(sentence.end, quote.end)
        return sentence.start, sentence.end

    def _fronted_phrase_end(self, start: int, trigger: re.Match[str], end: int | None = None) -> int | None:
        """Where the main clause begins when ``trigger`` sits in a 'During his visit to X,' phrase fronted at
        ``start`` (the sentence's, or the quote's): right after the phrase's comma; None when it does not."""
        if not FRONTED_DURING.fullmatch(self.text, start, trigger.start()):
            return None
        phrase_end = FRONTED_PHRASE_END.match(self.text, trigger.end(), len(self.text) if end is None else end)
        return phrase_end.end() if phrase_end else None

    def _quoted_predicate(self, quote: QuoteSpan) -> bool:
        """'Mevlut Cavusoglu “will pay official visits to Kuwait, Oman and Qatar”': a quote opening in lower case
        right after a person's name continues the sentence as its predicate; its subject is outside the marks."""
        if not self.text[quote.start : quote.start + 1].islower():
            return False
        return any(p.end <= quote.outer_start and not self.text[p.end : quote.outer_start].strip() for p in self.people)

    def _clause(self, position: int, end: int, low: int, high: int) -> tuple[int, int]:
        start = low
        for m in CLAUSE.finditer(self.text, low, position):
            if not self._aside(m.start(), position):
                start = m.end()
        stop = high
        for m in CLAUSE.finditer(self.text, end, high):
            if not self._aside(m.start(), high):
                stop = m.start()
                break
        return start, stop

    def _aside(self, position: int, limit: int) -> bool:
        """'Kaja Kallas (Reform) will meet ...', 'the Foreign Office (FO) said': a short parenthesis closed before
        ``limit`` is an aside inside the clause, not a clause boundary; nor is the comma of 'Marcos, Jr.' or of a date."""
        if self.text.startswith(",", position):
            return (
                bool(NAME_SUFFIX.match(self.text, position + 1, limit))
                or self._in_date(position)
                or self._appositive_comma(position)
            )
        return bool(self.text.startswith("(", position) and ASIDE.match(self.text, position, limit))

    def _in_date(self, position: int) -> bool:
        """'will on July 16, 2021 travel': the comma between a date's day and year."""
        before, after = self.text[max(0, position - 3) : position], self.text[position + 1 : position + 3].lstrip()
        if not (before[-1:].isdigit() or before == "day" or after[:1].isdigit()):
            return False  # no digit or weekday beside it: no date to scan for
        sentence = self.doc.sentence_at(position)
        return bool(sentence) and any(d.start < position < d.end - 1 for d in self.doc.dates_in(sentence))

    def _appositive_comma(self, position: int) -> bool:
        """'Angolan President, João Lourenço, arrived', 'Foreign Minister, Mawlawi Amir Khan Muttaqi, will': a comma
        opening or closing a name set off by commas right after a title is inside the clause."""
        for person in self._people_near(position):
            opens = APPOSITIVE_OPENING.fullmatch(self.text, position, person.start) and self.text.startswith(",", person.end)
            closes = person.end == position and APPOSITIVE_LEAD.search(self.text, max(0, person.start - 30), person.start)
            if (opens or closes) and self._title_before(position if opens else self.text.rfind(",", 0, person.start)):
                return True
        return False

    def _people_near(self, position: int) -> list[Mention]:
        return [p for p in self.people if position - 80 <= p.start <= position + 2]

    def _title_before(self, comma: int) -> bool:
        """A title ends the words before ``comma``: 'President,', 'Minister of Foreign Affairs,' (not a name:
        'President Xi Jinping,')."""
        if any(p.end == comma or p.end == comma - 2 for p in self._people_near(comma)):
            return False
        words = re.findall(r"[\w-]+", self.text[max(0, comma - 60) : comma])[-6:]
        phrase = []
        for word in reversed(words):  # the capitalised run (with of/for/the/and) that ends before the comma
            if not (word[:1].isupper() or word in TITLE_JOINERS):
                break
            phrase.append(word)
        return any(w.lower() in self.titles for w in phrase) or bool(words and words[-1].lower() in self.titles)

    def _object_end(self, trigger_end: int, clause_end: int, high: int) -> int:
        stop = clause_end
        # "his counterpart, Sergey Lavrov": an appositive name after the comma still belongs to the object.
        follower = next((p for p in self.people if clause_end < p.start <= clause_end + 40), None)
        if (
            follower
            and re.fullmatch(r",?\s*(?:[A-Z][\w-]*\s+){0,4}", self.text[clause_end : follower.start])
            # "his counterpart, Sergey Lavrov" (not "at the summit, Yuri Ushakov declined")
            and (
                (re.findall(r"[\w-]+", self.text[trigger_end:clause_end]) or [""])[-1].lower() in self.titles | {"counterparts"}
                or self._title_before(clause_end)  # "the Minister of Foreign Affairs of China, Wang Yi"
            )
            and not self.attr.cues("speech", follower.end, follower.end + 12)  # "..., Lin said"
        ):
            stop = min(high, follower.end)
        stop = self._titled_list_end(stop, high)
        for pattern in (STOP_WORDS, self.trigger_pattern):
            for m in pattern.finditer(self.text, trigger_end, stop):
                if pattern is STOP_WORDS and GERUND_ASIDE.match(self.text, m.end(), stop):
                    continue  # "a phone call since taking office with his counterpart": the partner follows
                if self._visiting_adjective(m):
                    continue  # "received the visiting Vice President Kamala Harris": an adjective, the object follows
                stop = m.start()
                break
        return stop

    def _visiting_adjective(self, trigger: re.Match[str]) -> bool:
        """'the visiting minister': the trigger word 'visiting' as an adjective after an article."""
        return trigger.group(0).lower() == "visiting" and bool(
            VISITING_ADJECTIVE.search(self.text, max(0, trigger.start() - 5), trigger.start())
        )

    def _titled_list_end(self, stop: int, high: int) -> int:
        """'with Prime Minister of Poland A, Prime Minister of the United Kingdom B, and President of Turkey C': a list
        of titled names past the clause's comma, closed by 'and', still holds the objects; so does a list whose
        names carry a description ('between Crown Prince A, next in line to the throne, and Emir B')."""
        chain_end, closed = stop, False
        for person in (p for p in self.people if stop < p.start < high):
            gap = LIST_GAP.fullmatch(self.text, chain_end, person.start) or DESCRIBED_LIST_GAP.fullmatch(
                self.text, chain_end, person.start
            )
            if gap is None or self.attr.cues("speech", person.end, person.end + 12):
                break
            chain_end, closed = person.end, closed or bool(re.search(r"\band\s", gap.group(0)))
            # "..., Brazilian President Dilma Rousseff as well as his counterparts": "as well as" closes it too
            if closed or LIST_CLOSED_AFTER.match(self.text, chain_end):
                return chain_end
        return stop

    def _in_pair(self, person: Mention) -> bool:
        return any(start <= person.start < end for start, end in self._paired)

    def _people_in(self, start: int, end: int) -> list[Mention]:
        return [p for p in self.people if start <= p.start and p.end <= end]

    def _objects(self, trigger_end: int, object_end: int) -> list[Mention]:
        """People the trigger takes as objects: 'met with X and Y', 'call with X', 'receive X'."""
        objects: list[Mention] = []
        cursor = trigger_end
        for person in self._people_in(trigger_end, object_end):
            # "a meeting in Tirana with X", "a call since taking office with X"
            gap = PLACE_PHRASE.sub(" ", self.text[cursor : person.start])
            gap = TOPIC_BEFORE_MEDIUM.sub(" ", gap) if cursor == trigger_end else gap
            gap = SUBORDINATE_GERUND_ASIDE.sub(" ", gap)
            if objects and DESCRIBED_LIST_GAP.fullmatch(gap):
                gap = gap[gap.rindex(",") :]  # "A, next in line to the throne, and B": the description is A's
            tokens = GAP_TOKEN.findall(gap)
            if not all(
                t[0].isupper()
                or t == ","
                or t.lower() in OBJECT_GAP_WORDS
                or t.lower() in self.titles
                or t.lower().endswith(("'s", "’s"))
                for t in tokens
            ):
                break
            cursor = person.end
            if self.text.startswith(("'s ", "’s "), person.end):
                continue  # "welcomed Kerry's decision", "met Putin's aide": the possessor is not the one met
            objects.append(person)
        return objects

    def _passive(self, trigger: re.Match[str]) -> bool:
        """'Putin was received by Xi': the subject is the guest."""
        return bool(
            re.search(
                r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$", self.text[max(0, trigger.start() - 20) : trigger.start()]
            )
        )

    def _quote_speaker(self, span: QuoteSpan | None) -> Speaker | None:
        if span is None:
            return None
        return next((q.speaker for q in self.quotes if q.start == span.start), None)

    def _more_specific(self, place_id: str | None, than_id: str | None) -> bool:
        """A city or capital inside the country ``than_id`` is."""
        if not place_id or not than_id:
            return False
        place, than = self.reference.places[place_id], self.reference.places[than_id]
        return than["place_type"] == "country" and place["place_type"] != "country" and place["country"] == than["country"]

    def _same_country(self, a: str | None, b: str | None) -> bool:
        return same_country(self.reference, a, b)
