"""Meeting, visit and call mentions with participants, place, status and date; and announcements."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property, lru_cache

from ingest.extract.dates import (
    UNKNOWN,
    DateExpression,
    ResolvedDate,
    day_offset,
    duration_days,
    find_dates,
    gap_days,
    merge_adjacent,
    resolve,
)
from ingest.extract.event_grammar import (
    ADDRESS_VERB,
    ADJECTIVE_GAP,
    ANAPHORIC_OBJECT,
    ANAPHORIC_SUBJECT,
    BETWEEN,
    BY_AGENT,
    CALL_MEDIUM,
    CALL_VERB_CONTEXT,
    CALL_VERBS,
    CIRCUMSTANCE,
    CLAUSE,
    COORDINATED_VERB,
    COORDINATION,
    DATE_PREFERENCE,
    DATELINE,
    DEFINITE_EVENT_OBJECT,
    DEFINITE_NOUN,
    DELEGATIONS,
    DURING_THE,
    EVENT_SUBJECT,
    FIRST_PERSON,
    FUTURE_ADJECTIVES,
    FUTURE_BEFORE_ONLY,
    GAP_TOKEN,
    GATHERINGS,
    GROUP_BEFORE,
    GROUP_NOUN,
    GROUP_REFERENCE,
    GROUP_ROLES,
    HABITUAL_COUNT,
    HELD_BETWEEN,
    HOST_TRIGGERS,
    IN_A_CALL,
    IN_PERSON,
    INVITATION,
    INVITE_TRIGGERS,
    LOCATION_BEFORE,
    MAIN_SUBJECT_AFTER,
    MIN_PARTICIPANTS,
    MULTILATERAL,
    NAME_MODIFIER_GAP,
    NTH_DAY_OF,
    OBJECT_GAP_WORDS,
    OBJECT_GOVERNORS,
    OPENING_PLACE,
    PARENTHETICAL,
    PARTICIPLE_HEAD,
    PASSIVE_BY,
    PAST_MOTION,
    PAST_TRIGGERS,
    POSSESSIVE_PRONOUN,
    PRONOUN_SUBJECT,
    PROXIMITY,
    PURPOSE_FOR,
    RELATIVE_AFTER,
    RELATIVE_CLAUSE,
    REMOTE,
    REMOTE_BEFORE,
    REPORTING_BEFORE_DATE,
    SCENE_OPENING,
    SECOND_MONTH,
    SECOND_VERB,
    SPEAKING_AT,
    STATEMENT_SUBJECT,
    STOP_WORDS,
    SUBJECT_PRONOUN,
    SUBORDINATOR,
    THEIR,
    THEY,
    VENUE,
    VERB_PHRASE_HEAD,
)
from ingest.extract.names import Mention
from ingest.extract.patterns import literal_alternation, word_pattern
from ingest.extract.quotes import Quote, QuoteSpan
from ingest.extract.speakers import Attributor, Speaker
from ingest.extract.text import Sentence
from ingest.reference import ReferenceData


@dataclass
class EventMention:
    """One real-world meeting/visit/call as this article reports it (mentions merged within the article)."""

    kind: str
    status: str
    trigger: str
    start: int
    end: int
    sentence_ids: list[int]
    participants: list[str]
    participant_names: dict[str, str]
    location_id: str | None
    location_name: str | None
    when: ResolvedDate
    date_text: str | None
    confidence: float
    in_quote: bool = False
    quote_speaker: Speaker | None = None
    pairs: list[tuple[str, str]] = field(default_factory=list)

    def overlaps_in_time(self, other: EventMention) -> bool:
        if not (self.when.known and other.when.known):
            return True
        a_end = self.when.end or self.when.start
        b_end = other.when.end or other.when.start
        return self.when.start <= b_end and other.when.start <= a_end


@dataclass(frozen=True)
class Announcement:
    """Who announced which planned meeting or visit, and when."""

    announcer: Speaker
    event_index: int
    announced_on: date | None
    cue: str
    start: int
    end: int
    sentence_id: int
    confidence: float


@dataclass
class _SentenceContext:
    sentence: Sentence
    text: str

    @cached_property
    def dates(self) -> list[DateExpression]:
        """Date expressions of the sentence, found once and only when an event needs a date."""
        return find_dates(self.text[self.sentence.start : self.sentence.end], self.sentence.start)


@lru_cache(maxsize=4)
def _cue_patterns(reference: ReferenceData) -> tuple[re.Pattern[str], ...]:
    """Event triggers, future, habitual and negation markers, and name coordination, from seeds/cue_words.csv."""
    habitual = literal_alternation(reference.cues["habitual"], ignore_case=True)
    negation = literal_alternation(reference.cues.get("negation", ()), ignore_case=True)
    return (
        word_pattern(reference.event_cues),
        word_pattern(reference.cues["future"]),
        re.compile(rf"\b{habitual}\b", re.IGNORECASE),
        # "did not meet", "has no plans to visit", "cancelled his planned trip": at most three words between ("have not discussed a new summit")
        re.compile(rf"(?<![\w-]){negation}(?![\w-])\s+(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE),
        re.compile(COORDINATION.format(titles=literal_alternation(reference.cues.get("title", ()), ignore_case=True))),
    )


class EventExtractor:
    """Find events in one article, merge mentions of the same event, then find announcements."""

    def __init__(
        self,
        text: str,
        sentences: list[Sentence],
        mentions: list[Mention],
        quote_spans: list[QuoteSpan],
        quotes: list[Quote],
        attributor: Attributor,
        reference: ReferenceData,
        published: date | None,
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.people = [m for m in mentions if m.entity_type == "person"]
        self.places = [m for m in mentions if m.entity_type == "place"]
        self.seated = [
            m for m in mentions if m.entity_type == "organisation" and reference.organisations[m.entity_id].get("seat_place_id")
        ]
        self.quote_spans = quote_spans
        self.quotes = quotes
        self.attr = attributor
        self.reference = reference
        self.published = published
        (self.trigger_pattern, self.future_pattern, self.habitual_pattern, self.negation_pattern, self.coordination) = (
            _cue_patterns(reference)
        )
        self.events: list[EventMention] = []
        self.titles = reference.cues.get("title", set())
        self._paired: list[tuple[int, int]] = []  # "between A and B" phrases: A and B belong to that event only
        self._sentence_events: list[EventMention] = []  # events found so far in the sentence at hand

    # ---- windows -------------------------------------------------------------------------
    def _quote_at(self, position: int) -> QuoteSpan | None:
        return next((q for q in self.quote_spans if q.start <= position < q.end), None)

    def _bounds(self, sentence: Sentence, position: int) -> tuple[int, int]:
        quote = self._quote_at(position)
        if quote:
            return max(sentence.start, quote.start), min(sentence.end, quote.end)
        return sentence.start, sentence.end

    def _clause(self, position: int, end: int, low: int, high: int) -> tuple[int, int]:
        start = low
        for m in CLAUSE.finditer(self.text, low, position):
            start = m.end()
        stop = high
        for m in CLAUSE.finditer(self.text, end, high):
            stop = m.start()
            break
        return start, stop

    def _object_end(self, trigger_end: int, clause_end: int, high: int) -> int:
        stop = clause_end
        # "his counterpart, Sergey Lavrov": an appositive name after the comma still belongs to the object.
        follower = next((p for p in self.people if clause_end < p.start <= clause_end + 40), None)
        if (
            follower
            and re.fullmatch(r",?\s*(?:[A-Z][\w-]*\s+){0,4}", self.text[clause_end : follower.start])
            # "his counterpart, Sergey Lavrov" (not "at the summit, Yuri Ushakov declined")
            and (re.findall(r"[\w-]+", self.text[trigger_end:clause_end]) or [""])[-1].lower() in self.titles | {"counterparts"}
            and not self.attr.cues("speech", follower.end, follower.end + 12)  # "..., Lin said"
        ):
            stop = min(high, follower.end)
        for pattern in (STOP_WORDS, self.trigger_pattern):
            m = pattern.search(self.text, trigger_end, stop)
            if m:
                stop = m.start()
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
            gap = self.text[cursor : person.start]
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
            objects.append(person)
            cursor = person.end
        return objects

    # ---- one trigger ---------------------------------------------------------------------
    def _possessive_owner(self, sentence_start: int, pronoun: re.Match[str]) -> Speaker | None:
        """'Peskov said Putin would talk with Xi during his visit': 'his' is the last person named before it in
        the sentence who is not the object of a preposition or a coordinated second subject."""
        gender = "f" if pronoun.group("p").lower() == "her" else "m"
        for person in reversed(self._people_in(sentence_start, pronoun.start())):
            if self._quote_at(person.start) or self._is_object(sentence_start, person):
                continue
            if referent := self.attr.pronoun_referent(person, gender):
                return referent
        return None

    def _is_object(self, floor: int, person: Mention) -> bool:
        """Whether a preposition, a coordinating 'and' or a meeting verb governs ``person`` (titles skipped)."""
        tokens = re.findall(r"[\w.’'-]+", self.text[max(floor, person.start - 80) : person.start])
        while tokens and (tokens[-1][0].isupper() or tokens[-1].lower() in self.titles or tokens[-1].endswith(("'s", "’s"))):
            tokens.pop()
        return bool(tokens) and tokens[-1].lower() in OBJECT_GOVERNORS

    def _subjects(
        self, clause_start: int, trigger: re.Match[str], sentence_start: int, exclude: frozenset[str] | set[str] = frozenset()
    ) -> list[tuple[str, str]]:
        before = [
            p for p in self._people_in(clause_start, trigger.start()) if not self._in_pair(p) and p.entity_id not in exclude
        ]
        pronoun = POSSESSIVE_PRONOUN.search(self.text, max(clause_start, trigger.start() - 30), trigger.start())
        if pronoun and (not before or before[-1].end < pronoun.start()):
            owner = self._possessive_owner(sentence_start, pronoun)
            speaker = owner or self.attr.resolve_pronoun(pronoun.start(), pronoun.group("p").lower())
            return [(speaker.speaker_id, speaker.name)] if speaker else []
        their = THEIR.search(self.text, max(clause_start, trigger.start() - 30), trigger.start())
        if their:
            named = {p.entity_id: p.name for p in self._people_in(sentence_start, their.start()) if not self._quote_at(p.start)}
            if len(named) >= 2:
                return list(named.items())  # "Erdogan invited Putin during their telephone conversation"
            if not named and not before:
                return list(self._group(sentence_start, trigger, pronoun=True).items())  # "Their last meeting ..."
        during = re.search(r"\bduring\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?$", self.text[clause_start : trigger.start()])
        if during and self.reference.event_cues[trigger.group(0).lower()] == "visit":
            return []  # "during (the) three-day trip" refers back to a trip, not to the nearest person
        if not before:
            return self._implicit_subject(clause_start, trigger, sentence_start)
        circumstance = during or IN_A_CALL.search(self.text, max(clause_start, trigger.start() - 20), trigger.start())
        if circumstance and trigger.group(0).lower() in GATHERINGS:
            return []  # "Putin will meet A and B during the summit": the summit is where, not who met
        if circumstance and not self._quote_at(trigger.start()):
            # "X raised the issue with Y during a phone call", "He said he had discussed it with Y in a call":
            # the clause's people (a he/she subject included) held the call
            held = {p.entity_id: p.name for p in before}
            pronoun = PRONOUN_SUBJECT.search(self.text, clause_start, before[0].start)
            if pronoun and (speaker := self.attr.resolve_pronoun(pronoun.start(), pronoun.group(0).lower())):
                held = {speaker.speaker_id: speaker.name, **held}
            if len(held) >= 2:
                return list(held.items())
        if len(before) >= 2 and self._passive(trigger) and re.search(r"\band\b", self.text[before[-1].end : trigger.start()]):
            # "Lavrov will hold talks with Choe and may be received by Kim": the sentence's subject is the guest
            return [(before[0].entity_id, before[0].name)]
        previous = self._sentence_events[-1] if self._sentence_events else None
        if (
            previous
            and before[-1].entity_id in previous.participants[1:]
            and previous.participants[0] != before[-1].entity_id
            and SECOND_VERB.fullmatch(self.text, before[-1].end, trigger.start())
        ):
            # "He called on Prime Minister Sharif and met army chief Munir": the first verb's subject met him
            return [(previous.participants[0], previous.participant_names[previous.participants[0]])]
        chosen = [before[-1]]
        for mention in reversed(before[:-1]):
            if self.coordination.fullmatch(self.text[mention.end : chosen[-1].start]):
                chosen.append(mention)
            else:
                break
        return [(m.entity_id, m.name) for m in reversed(chosen)]

    def _implicit_subject(self, clause_start: int, trigger: re.Match[str], sentence_start: int) -> list[tuple[str, str]]:
        """'X, who visited ...' -> X; 'X, the Russian president, visited ...' -> X; 'He will travel ...' -> the
        person 'he' points to."""
        head = self.text[clause_start : trigger.start()]
        if DELEGATIONS.match(self.text, sentence_start) and clause_start > sentence_start:
            # "The delegations, which also included A, B and C, sat down ...": both sides and everyone named
            previous = next((e for e in reversed(self.events) if e.kind != "call"), None)
            named = {p.entity_id: p.name for p in self._people_in(sentence_start, trigger.start()) if not self._quote_at(p.start)}
            return list({**(previous.participant_names if previous else {}), **named}.items())
        if VERB_PHRASE_HEAD.fullmatch(head):
            # The clause is the verb phrase after a parenthetical: the subject is the name before it.
            for person in reversed(self._people_in(sentence_start, clause_start)):
                if PARENTHETICAL.fullmatch(self.text, person.end, clause_start):
                    return [(person.entity_id, person.name)]
                if re.fullmatch(r",\s*", self.text[person.end : clause_start]) and re.match(r"\s*(?:on|during|in)\s", head):
                    return [(person.entity_id, person.name)]  # "Szijjarto, on a visit to Beijing, met Wang"
        if GROUP_REFERENCE.search(head):
            return []  # "the two leaders agreed to meet": the group is the subject
        if self._sentence_events and (self._continues_sentence_event(head) or PURPOSE_FOR.search(head)):
            # "Putin welcomed Modi on Monday, kicking off a two-day visit", "had visited Kyiv for talks with X":
            # the event goes on
            return list(self._sentence_events[-1].participant_names.items())
        if MAIN_SUBJECT_AFTER.match(head) or COORDINATED_VERB.match(head):
            # "Orban arrived in Beijing, days after travelling to Moscow to meet Putin": the main clause's subject
            owner = self._main_subject(sentence_start, clause_start)
            return [(owner.entity_id, owner.name)] if owner else []
        if re.match(r"\s*(?:who|which|[a-z]+ing\s+(?:after|before|during|following|ahead of|at|in|on)\b)", head):
            # "X, who visited ..." and "X, speaking after talks with Y, ..."
            owner = next((p for p in reversed(self.people) if clause_start - 3 <= p.end <= clause_start), None)
            if owner is None and re.match(r"\s*[a-z]+ing\b", head):
                # "Lavrov said ..., speaking at a news conference with Wang": the main clause's subject
                owner = self._main_subject(sentence_start, clause_start)
            return [(owner.entity_id, owner.name)] if owner else []
        quote = self._quote_at(trigger.start())
        if quote and FIRST_PERSON.search(head):
            speaker = self._quote_speaker(quote)  # "“I am ready to meet Putin,” Zelensky wrote"
            return [(speaker.speaker_id, speaker.name)] if speaker and speaker.speaker_type == "person" else []
        if THEY.match(head):
            return list(self._group(sentence_start, trigger, pronoun=True).items())  # "They last met in Astana"
        pronoun = SUBJECT_PRONOUN.match(head)
        if pronoun:
            speaker = self.attr.resolve_pronoun(clause_start + pronoun.start("p"), pronoun.group("p").lower())
            return [(speaker.speaker_id, speaker.name)] if speaker else []
        return []

    def _main_subject(self, sentence_start: int, clause_start: int) -> Mention | None:
        """The first person named in the sentence before ``clause_start``, outside quotes: the main clause's subject."""
        return next((p for p in self._people_in(sentence_start, clause_start) if not self._quote_at(p.start)), None)

    @staticmethod
    def _continues_sentence_event(head: str) -> bool:
        """'..., kicking off a two-day visit', '..., the first day of a two-day visit': the clause goes on
        about the event told just before in the sentence."""
        return bool(PARTICIPLE_HEAD.fullmatch(head) or NTH_DAY_OF.match(head))

    def _refers_back(self, clause_start: int, trigger: re.Match[str]) -> bool:
        """'Peskov told reporters that the trip would ...', 'the spokesperson confirmed the visit', 'Wong
        welcomed the visit': a definite noun after a speech, announcement or stance verb names an event
        reported elsewhere, and the speaker is not its traveller."""
        head = self.text[clause_start : trigger.start()]
        if not DEFINITE_NOUN.search(head):
            return False
        return any(self.attr.cues(cue, clause_start, trigger.start()) for cue in ("speech", "announcement", "stance"))

    def _passive(self, trigger: re.Match[str]) -> bool:
        """'Putin was received by Xi': the subject is the guest."""
        return bool(
            re.search(
                r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$", self.text[max(0, trigger.start() - 20) : trigger.start()]
            )
        )

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

    def _date(
        self, ctx: _SentenceContext, trigger: re.Match[str], clause: tuple[int, int], future: bool
    ) -> tuple[ResolvedDate, str | None]:
        usable = [d for d in ctx.dates if self._date_usable(d, trigger, ctx.sentence)]
        if not usable and SPEAKING_AT.match(self.text, clause[0]):
            # "X said on Tuesday ..., speaking at a news conference with Y": the statement's day is the event's
            usable = [d for d in ctx.dates if d.end <= clause[0]]
        if not usable:
            days = duration_days(self.text[max(clause[0], trigger.start() - 25) : trigger.start()])  # "a two-day visit"
            earlier = self._sentence_events[-1].when if self._sentence_events else UNKNOWN
            nth = NTH_DAY_OF.match(self.text, clause[0])
            if days and earlier.precision == "day" and earlier.start and (PARTICIPLE_HEAD.match(self.text, clause[0]) or nth):
                # "welcomed Modi on Monday, kicking off a two-day visit", "on Monday, the first day of a two-day
                # visit": the visit is counted from that day
                offset = {"second": 1, "third": 2}.get(nth.group("nth").lower(), 0) if nth else 0
                if nth and nth.group("nth").lower() in ("last", "final"):
                    offset = days - 1
                start = earlier.start - timedelta(days=offset)
                return ResolvedDate(start, start + timedelta(days=days - 1), "range"), None
            return UNKNOWN, None
        in_clause = [d for d in usable if clause[0] <= d.start and d.end <= clause[1]]
        after = [d for d in in_clause if d.start >= trigger.end()]
        pool = after or in_clause or usable
        chosen = min(pool, key=lambda d: abs(d.start - trigger.start()))
        resolved = resolve(chosen, self.published, future)
        text = chosen.text
        following = [d for d in usable if d.start > chosen.end]
        if following and re.fullmatch(
            r"\s*(?:and|to|through|until|-|–)\s*(?:the\s+)?", self.text[chosen.end : following[0].start]
        ):
            resolved = merge_adjacent(resolved, resolve(following[0], self.published, future))
            text = self.text[chosen.start : following[0].end]
        days = duration_days(self.text[clause[0] : clause[1]])
        if days and resolved.precision == "day" and resolved.start:
            resolved = ResolvedDate(resolved.start, resolved.start + timedelta(days=days - 1), "range")
        if chosen.kind == "relative" and chosen.group("rel").lower() == "the same":
            previous = next((e for e in reversed(self.events) if e.when.known), None)
            if previous:
                resolved = previous.when
        if chosen.kind == "gap":
            # "The encounter came a day after Vance met Zelensky": counted from the event told before
            dated = [e for e in reversed(self.events) if e.when.known and e.when.precision == "day"]
            subject = EVENT_SUBJECT.match(self.text, ctx.sentence.start, chosen.start)
            if subject:
                # "The talks come a week after ...": the talks told before (one that took place, first)
                kind = self.reference.event_cues.get(subject.group("noun").lower())
                same = [e for e in dated if e.kind == kind]
                dated = [e for e in same if e.status == "happened"] + same or dated
            previous = next(iter(dated), None)
            anchor = previous.when.start if previous else None
            if STATEMENT_SUBJECT.match(self.text, ctx.sentence.start, chosen.start):
                anchor = self.published  # "His remarks came a day after ...": counted from the statement reported
            before_trigger = chosen.end <= trigger.start()
            resolved = (
                ResolvedDate(anchor + timedelta(days=gap_days(chosen)), None, "day") if anchor and before_trigger else UNKNOWN
            )
        if chosen.kind == "anaphoric_day":
            # "Later that day", "the next day": counted from the last event told with a day date
            previous = next((e for e in reversed(self.events) if e.when.known and e.when.precision == "day"), None)
            resolved = (
                ResolvedDate(previous.when.start + timedelta(days=day_offset(chosen)), None, "day") if previous else UNKNOWN
            )
        return resolved, text

    def _date_usable(self, expr: DateExpression, trigger: re.Match[str], sentence: Sentence) -> bool:
        dateline = DATELINE.match(self.text, sentence.start, sentence.end)
        if dateline and expr.end <= dateline.end():
            return False  # "RIO DE JANEIRO, Feb 22 (Reuters) --" dates the dispatch, not the event
        if REPORTING_BEFORE_DATE.search(self.text[max(sentence.start, expr.start - 30) : expr.start]):
            return False  # "said on Wednesday" dates the statement, not the event
        between = self.text[expr.end : trigger.start()]
        if expr.end <= trigger.start() and CLAUSE.search(between) and not re.match(r"\W*when\b", between):
            owners = list(self.trigger_pattern.finditer(self.text, sentence.start, expr.start))
            owner = owners[-1] if owners else None
            if owner and not CLAUSE.search(self.text, owner.end(), expr.start):
                return False  # "Ahead of the visit to Moscow next week, X met Y": the date is the visit's
        comma = self.text.find(",", sentence.start, sentence.end)
        fronted = comma != -1 and expr.end <= comma and expr.start - sentence.start < 25
        low, high = (trigger.end(), expr.start) if expr.start >= trigger.end() else (expr.end, trigger.start())
        if not fronted and self.trigger_pattern.search(self.text, low, high):
            return False  # the date belongs to another event between them
        fronted_date = expr.start - sentence.start < 25 and "," in self.text[expr.end : expr.end + 3]
        if expr.start >= trigger.end() and (sub := SUBORDINATOR.search(self.text, trigger.end(), expr.start)):
            # "a two-day visit, his first since the clashes in May": the date is the clashes'; but "a video call,
            # hours after the inauguration in January" is close enough to share it
            if not PROXIMITY.search(self.text, max(trigger.end(), sub.start() - 12), sub.start()):
                return False
        if expr.end <= trigger.start() and not fronted_date and SUBORDINATOR.search(self.text, expr.end, trigger.start()):
            return False  # "would meet Putin 'within two weeks' after a phone call": the date is the main clause's
        relative = RELATIVE_CLAUSE.search(self.text, trigger.end(), sentence.end)
        if relative and expr.start > relative.start():
            return False
        if expr.end <= trigger.start():
            # "will travel to Russia next week to prepare for a visit by Xi": a date between two triggers
            # and nearer the earlier one is the earlier one's
            earlier = [t for t in self.trigger_pattern.finditer(self.text, sentence.start, expr.start) if t.end() <= expr.start]
            linked = re.match(r"\W*(?:when|that|as)\b", self.text[expr.end : trigger.start()])  # "on 27 February, when ... met"
            if earlier and not linked and expr.kind != "gap" and expr.start - earlier[-1].end() < trigger.start() - expr.end:
                return False
        return True

    def _trigger_events(self, ctx: _SentenceContext, trigger: re.Match[str]) -> list[EventMention]:
        """Events of one trigger: 'X met A and B' is two bilateral meetings, X-A and X-B."""
        if not self._sentence_events or self._sentence_events[-1].sentence_ids[0] != ctx.sentence.index:
            self._sentence_events = []
        event = self._trigger_event(ctx, trigger)
        if event is None:
            return []
        self._sentence_events.append(event)
        if not event.pairs:
            return [event] + self._repeated_in(ctx, event)
        split = []
        for subject, obj in event.pairs:
            names = {subject: event.participant_names[subject], obj: event.participant_names[obj]}
            split.append(
                replace(event, participants=list(names), participant_names=names, sentence_ids=list(event.sentence_ids), pairs=[])
            )
        return split

    def _repeated_in(self, ctx: _SentenceContext, event: EventMention) -> list[EventMention]:
        """'exchanged views by phone in February and September': the same pair, a second time."""
        if event.when.precision != "month" or not event.date_text:
            return []
        at = self.text.find(event.date_text, ctx.sentence.start, ctx.sentence.end)
        second = SECOND_MONTH.match(self.text, at + len(event.date_text)) if at != -1 else None
        if second is None:
            return []
        (expr,) = find_dates("in " + second.group("month")) or (None,)
        when = resolve(expr, self.published, event.status == "planned") if expr else UNKNOWN
        if not when.known or when.start == event.when.start:
            return []
        return [replace(event, when=when, date_text=second.group("month"), sentence_ids=list(event.sentence_ids), pairs=[])]

    def _trigger_event(self, ctx: _SentenceContext, trigger: re.Match[str]) -> EventMention | None:
        word = trigger.group(0).lower()
        low, high = self._bounds(ctx.sentence, trigger.start())
        clause_start, clause_end = self._clause(trigger.start(), trigger.end(), low, high)
        kind = self._kind(word, trigger, low, high)
        if kind is None or any(p.search(self.text[clause_start:clause_end]) for p in (self.habitual_pattern, HABITUAL_COUNT)):
            return None
        if self.negation_pattern.search(self.text, clause_start, trigger.start()):
            return None
        if kind == "visit" and DURING_THE.search(self.text, clause_start, trigger.start()):
            return None  # "During the visit, Wang will meet ...": a visit told elsewhere; the meetings follow
        object_end = self._object_end(trigger.end(), clause_end, high)
        held_between = HELD_BETWEEN.match(self.text, trigger.end())
        # "Talks were also held between A and B": the pair after the passive
        objects = self._objects(held_between.end() - 1 if held_between else trigger.end(), object_end)
        # "he would meet Putin after a phone call with the Russian leader": nobody meets themselves
        participants = dict(self._subjects(clause_start, trigger, low, exclude={o.entity_id for o in objects}))
        if word == "called on" and (not objects or re.match(r"\s+to\s", self.text[objects[-1].end : objects[-1].end + 5])):
            return None  # "called on Putin to end the war" urges; "called on Prime Minister Sharif" is a courtesy call
        if not objects and kind == "visit" and self._refers_back(clause_start, trigger):
            return None
        if not objects and word in HOST_TRIGGERS and not self._passive(trigger):
            # "Faisal bin Farhan hosted the talks": the host joins the talks told before
            previous = next((e for e in reversed(self.events) if e.kind != "call"), None)
            if previous and participants and DEFINITE_EVENT_OBJECT.match(self.text, trigger.end()):
                names = {**previous.participant_names, **participants}
                return replace(previous, participants=list(names), participant_names=names, sentence_ids=[ctx.sentence.index])
            return None  # "Kim hosted a Russian delegation": the guests are unnamed, the host travelled nowhere
        if word in INVITE_TRIGGERS and (not objects or self._passive(trigger)):
            return None  # "invited reporters", "Putin, who was invited by Xi, ...": no invited guest to place
        between = BETWEEN.match(self.text, trigger.end()) or held_between
        if between and len(objects) >= 2:
            participants = {}  # "discussed a summit between Putin and Trump": the pair meets, not the subject
            self._paired.append((trigger.end(), objects[-1].end))
        elif objects and kind == "visit" and BY_AGENT.match(self.text, trigger.end()):
            participants = {}  # "to prepare for a visit by President Xi": Xi travels, not the subject
        elif between and GROUP_REFERENCE.match(self.text, between.end()):
            participants = self._group(low, trigger)  # "a meeting between the two leaders"
            objects = []
        participants.update({p.entity_id: p.name for p in objects})
        for invitation in INVITATION.finditer(self.text, low, high):
            host = next((p for p in self.people if invitation.end() <= p.start <= invitation.end() + 60), None)
            if host and kind == "visit":
                participants[host.entity_id] = host.name
        near = self.text[max(clause_start, trigger.start() - 30) : min(object_end, trigger.end() + 20)]
        # "The two presidents had previously exchanged views by phone": a group opening the clause is its subject
        opening_group = GROUP_REFERENCE.match(self.text, clause_start) or GROUP_REFERENCE.match(self.text, clause_start + 1)
        if GROUP_REFERENCE.search(near) or (opening_group and not self._people_in(clause_start, trigger.start())):
            group = self._group(low, trigger)
            subject_group = opening_group or GROUP_REFERENCE.search(
                self.text, max(clause_start, trigger.start() - 30), trigger.start()
            )
            if group and subject_group and not self._people_in(subject_group.end(), trigger.start()):
                # "Peskov said the two leaders would meet": the group is the subject, Peskov reports
                participants = {
                    pid: name for pid, name in participants.items() if pid in group or pid in {o.entity_id for o in objects}
                }
            participants.update(group)
        if not participants:
            return None  # nobody to meet: the sentence merge would drop it anyway
        future = self._sounds_planned(ctx.sentence, word, trigger, (low, high), (clause_start, clause_end))
        when, date_text = self._date(ctx, trigger, (clause_start, clause_end), future)
        if when.known and self.published:
            future = when.start > self.published if not future else (when.end or when.start) >= self.published
        # A call joins two places; a place in its sentence is the topic ("the war in Ukraine").
        location = None if kind == "call" else self._location(clause_start, trigger, object_end, ctx.sentence)
        if location is None and kind != "call":
            location = self._venue_location(trigger, object_end, clause_end)
        if location is None and word in INVITE_TRIGGERS:
            return None  # "invited Putin during their call": an invitation with no destination is no visit yet
        if location is None and word in HOST_TRIGGERS:
            location = next((p for p in self.places if clause_start <= p.start < trigger.start()), None)
        if word == "welcomed" and objects and location and re.search(r"\bto\b", self.text[objects[-1].end : location.start]):
            kind = "visit"  # "Putin welcomed Modi to his residence outside Moscow": Modi's visit
        head = self.text[clause_start : trigger.start()]
        if location is None and self._sentence_events and self._continues_sentence_event(head):
            previous = self._sentence_events[-1]  # "talks in Beijing on Monday, the first day of a two-day visit"
            location = next((p for p in self.places if p.entity_id == previous.location_id), None)
        quote = self._quote_at(trigger.start())
        subjects = [pid for pid in participants if pid not in {o.entity_id for o in objects}]
        event = EventMention(
            kind=kind,
            status="planned" if future else "happened",
            trigger=trigger.group(0),
            start=trigger.start(),
            end=trigger.end(),
            sentence_ids=[ctx.sentence.index],
            participants=list(participants),
            participant_names=participants,
            location_id=location.entity_id if location else None,
            location_name=location.name if location else None,
            when=when,
            date_text=date_text,
            confidence=0.8 if when.known else 0.6,
            in_quote=quote is not None,
            quote_speaker=self._quote_speaker(quote),
        )
        # "X met A and B" is two meetings; "a trilateral meeting with A and B" is one
        if (
            kind == "meeting"
            and not MULTILATERAL.search(self.text, max(clause_start, trigger.start() - 25), trigger.start())
            and len(subjects) == 1
            and len({o.entity_id for o in objects} - set(subjects)) >= 2
        ):
            event.pairs = [(subjects[0], o.entity_id) for o in objects if o.entity_id != subjects[0]]
        return event

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
        ):
            return None
        return "meeting" if IN_PERSON.search(after) and not CALL_MEDIUM.search(after) else kind

    def _group(self, low: int, trigger: re.Match[str], pronoun: bool = False) -> dict[str, str]:
        """'the two leaders', 'they', 'their': the two people named before in the sentence; else, for a
        pronoun, the last two people named (reporters left out); else the participants of the last event of
        the same kind (of any kind) whose people fit the noun ('leaders' hold a leader's role)."""
        named = {p.entity_id: p.name for p in self._people_in(low, trigger.start()) if not self._quote_at(p.start)}
        if len(named) == 2:
            return named  # "X spoke to Y on Monday, when the two leaders met"
        noun = GROUP_NOUN.search(self.text, max(0, trigger.start() - 60), trigger.end() + 40)
        roles = GROUP_ROLES.get(noun.group("noun").lower(), ()) if noun else ()

        def fits(ids: Iterable[str]) -> bool:
            return not roles or all(any(k in roles for k in self.reference.role_keys_of(i, self.published)) for i in ids)

        recent = self._last_two_named(trigger.start())
        if pronoun and len(recent) == 2:
            return recent
        kind = self.reference.event_cues[trigger.group(0).lower()]
        earlier = [e for e in reversed(self.events) if len(e.participants) >= 2 and fits(e.participants)]
        previous = next((e for e in earlier if e.kind == kind), None) or next(iter(earlier), None)
        if previous:
            return dict(previous.participant_names)
        return recent if len(recent) == 2 and fits(recent) else {}

    def _last_two_named(self, before: int) -> dict[str, str]:
        """The last two people named before ``before``, outside quotes, leaving out those reporting speech."""
        recent: dict[str, str] = {}
        for person in reversed([p for p in self.people if p.end <= before and not self._quote_at(p.start)]):
            reporting = self.attr.cues("speech", person.end, min(before, person.end + 25))
            if any(m.group(0).lower() not in self.reference.cues["announcement"] for m in reporting):
                continue  # "Peskov said the two leaders ...": Peskov reports, he is not one of them
            recent.setdefault(person.entity_id, person.name)
            if len(recent) == 2:
                break
        return recent

    def _sounds_planned(
        self, sentence: Sentence, word: str, trigger: re.Match[str], bounds: tuple[int, int], clause: tuple[int, int]
    ) -> bool:
        """Whether the wording puts the event in the future (before its date is known)."""
        low, high = bounds
        if word in INVITE_TRIGGERS:
            return True
        if word in PAST_TRIGGERS and self._passive(trigger):
            # "will be received by", "may also be received by": a participle, tense from the auxiliary
            return bool(self.future_pattern.search(self.text, max(clause[0], trigger.start() - 30), trigger.start()))
        if word not in PAST_TRIGGERS:
            # "the trip comes at a time when others are looking forward to ...": a subordinate clause
            # after the trigger has its own tense.
            subordinate = STOP_WORDS.search(self.text, trigger.end(), clause[1]) or RELATIVE_AFTER.search(
                self.text, trigger.end(), clause[1]
            )  # "a visit that will also take him to Beijing": the relative clause has its own tense
            # "he would meet Putin after a phone call with ...": a trigger inside a subordinate phrase
            # does not take the main clause's tense either.
            heads = list(STOP_WORDS.finditer(self.text, clause[0], trigger.start()))
            floor = heads[-1].end() if heads else clause[0]
            low = max(low, heads[-1].end()) if heads else low
            in_clause = self.future_pattern.finditer(self.text, floor, subordinate.start() if subordinate else clause[1])
            if any(self._modifies(m, trigger) and not self._purpose_of_past_motion(m) for m in in_clause):
                return True
            # "X announced the decision during talks with Y": talks that frame the statement took place then
            circumstance = CIRCUMSTANCE.search(self.text, max(low, trigger.start() - 60), trigger.start())
            if not re.search(r"(?:ed|ing)$", word) and not circumstance:
                outside_quotes = [
                    m
                    for m in self.future_pattern.finditer(self.text, low, trigger.start())
                    if (self._quote_at(m.start()) is None or self._quote_at(trigger.start())) and self._modifies(m, trigger)
                ]
                if outside_quotes or self.attr.cues("announcement", low, high):
                    return True
        # headline style: "Erdogan to host Putin", "Putin-Xi talks to focus on energy"
        return sentence.headline and bool(
            re.search(r"\bto\s+$", self.text[clause[0] : trigger.start()])
            or re.match(r"\s+to\s+[a-z]", self.text[trigger.end() :])
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
            return True
        return cue.end() <= trigger.start() and bool(ADJECTIVE_GAP.fullmatch(self.text, cue.end(), trigger.start()))

    def _quote_speaker(self, span: QuoteSpan | None) -> Speaker | None:
        if span is None:
            return None
        return next((q.speaker for q in self.quotes if q.start == span.start), None)

    # ---- merging -------------------------------------------------------------------------
    def _more_specific(self, place_id: str | None, than_id: str | None) -> bool:
        """A city or capital inside the country ``than_id`` is."""
        if not place_id or not than_id:
            return False
        place, than = self.reference.places[place_id], self.reference.places[than_id]
        return than["place_type"] == "country" and place["place_type"] != "country" and place["country"] == than["country"]

    def _absorb(self, base: EventMention, other: EventMention) -> None:
        for pid, name in other.participant_names.items():
            if pid not in base.participant_names:
                base.participant_names[pid] = name
                base.participants.append(pid)
        rank = DATE_PREFERENCE[base.kind]
        if rank[other.when.precision] < rank[base.when.precision]:
            base.when, base.date_text = other.when, other.date_text
        if base.location_id is None or self._more_specific(other.location_id, base.location_id):
            # "Putin arrives in China" then "arrived in Tianjin": the city says more
            base.location_id, base.location_name = (
                other.location_id or base.location_id,
                other.location_name or base.location_name,
            )
        base.sentence_ids = sorted(set(base.sentence_ids + other.sentence_ids))
        base.confidence = max(base.confidence, other.confidence)
        base.quote_speaker = base.quote_speaker or other.quote_speaker

    def _merge_sentence(self, found: list[EventMention]) -> list[EventMention]:
        merged: list[EventMention] = []
        for event in found:
            target = next((m for m in merged if self._one_event_in_sentence(m, event)), None)
            if target:
                self._absorb(target, event)
            else:
                merged.append(event)
        return [e for e in merged if len(e.participants) >= MIN_PARTICIPANTS[e.kind]]

    def _one_event_in_sentence(self, told: EventMention, event: EventMention) -> bool:
        """Whether ``event`` is another mention, in the same sentence, of the event ``told`` before it."""
        mine, theirs = set(event.participants), set(told.participants)
        if not (mine and theirs and (mine <= theirs or theirs <= mine)):
            return False
        if (told.trigger.lower() in INVITE_TRIGGERS) != (event.trigger.lower() in INVITE_TRIGGERS):
            return False  # "invited Putin to Turkey during their call": the invitation and the call stay two events
        both_dated = told.when.known and event.when.known
        if told.kind != event.kind:
            if "call" in (told.kind, event.kind) and not (theirs == mine and not both_dated):
                # "met Putin after a phone call with Xi": a call is not part of a meeting or visit; but "held a
                # virtual summit on Monday, their first talks since ...": one event, told twice
                return False
            if both_dated and told.when != event.when:
                return False  # "talks on Monday, the first day of a two-day visit": a dated visit is its own event
        return (
            told.status == event.status  # "visited Warsaw and is due to travel to Paris"
            and told.overlaps_in_time(event)  # "by phone in February and September": two calls
            # "arrived in Beijing, days after travelling to Moscow to meet Putin": another time, another event
            and not self._subordinated(told, event)
        )

    def _date_from_visit(self, event: EventMention) -> None:
        """'Orban arrived in Beijing on Monday. Orban was received by Xi at the Diaoyutai State Guesthouse': an
        undated meeting told right after a dated visit, with its traveller and in its country, took place then."""
        if event.when.known or event.kind != "meeting" or event.status != "happened" or not self.events:
            return
        for visit in reversed(self.events):
            if min(event.sentence_ids) - max(visit.sentence_ids) > 1:
                return
            if (
                visit.kind == "visit"
                and visit.status == "happened"
                and visit.when.known
                and set(visit.participants) & set(event.participants)
                and visit.location_id
                and event.location_id
                and self._same_country(visit.location_id, event.location_id)
            ):
                event.when, event.date_text = visit.when, visit.date_text
                return

    def _subordinated(self, first: EventMention, second: EventMention) -> bool:
        """Whether the later of two events sits in a temporal phrase ('days after travelling to Moscow') that
        the earlier one does not; ', and held talks' after such a phrase is back in the main clause."""
        low, high = min(first.end, second.end), max(first.start, second.start)
        sub = SUBORDINATOR.search(self.text, low, high)
        return bool(sub) and not re.search(r",\s*and\b", self.text[sub.end() : high])

    def _same_country(self, a: str | None, b: str | None) -> bool:
        """Two places that could be one event's: either unknown, or in the same country."""
        if a is None or b is None:
            return True
        return self.reference.places[a]["country"] == self.reference.places[b]["country"]

    def _merge_article(self, event: EventMention) -> int:
        self._date_from_visit(event)
        for index, existing in enumerate(self.events):
            mine, theirs = set(event.participants), set(existing.participants)
            if (
                existing.kind == event.kind
                and existing.status == event.status
                and (mine <= theirs or theirs <= mine)
                and existing.overlaps_in_time(event)
                and self._same_country(existing.location_id, event.location_id)
            ):
                self._absorb(existing, event)
                return index
        for index, existing in enumerate(self.events):
            if (
                not existing.when.known
                and event.when.known
                and existing.kind != event.kind
                and "call" not in (existing.kind, event.kind)
                and existing.status == event.status
                and set(existing.participants) == set(event.participants)
                and self._same_country(existing.location_id, event.location_id)
            ):
                # headline "Wang Yi hosts South Korean foreign minister", then "held talks ... on Wednesday"
                self._absorb(existing, event)
                existing.kind = event.kind
                return index
        for index, existing in enumerate(self.events):
            if (
                event.kind == "visit"
                and not event.when.known
                and len(event.participants) == 1
                and event.participants[0] in existing.participants
                and existing.status == event.status
                and existing.location_id
                and event.location_id
                and self._same_country(existing.location_id, event.location_id)
            ):
                # "Araghchi, on his first visit to China, ...": the undated visit is the one his meeting in
                # Beijing took place during
                existing.sentence_ids = sorted(set(existing.sentence_ids + event.sentence_ids))
                return index
        self.events.append(event)
        return len(self.events) - 1

    # ---- announcements -------------------------------------------------------------------
    def _announcements(self, sentence: Sentence, indexes: list[int]) -> list[Announcement]:
        found: list[Announcement] = []
        planned = [i for i in indexes if self.events[i].status == "planned"]
        for index in planned:
            speaker = self.events[index].quote_speaker
            if speaker and self.events[index].in_quote:
                found.append(
                    Announcement(speaker, index, self.published, "quote", sentence.start, sentence.end, sentence.index, 0.7)
                )
        cues = [(m, "announcement") for m in self.attr.cues("announcement", sentence.start, sentence.end)]
        cues += [(m, "speech") for m in self.attr.cues("speech", sentence.start, sentence.end)]
        cues += [(m, "according_to") for m in self.attr.cues("according_to", sentence.start, sentence.end)]
        # planned events told in earlier sentences, for cues that refer back ("the trip was announced")
        earlier = [i for i, e in enumerate(self.events) if e.status == "planned" and min(e.sentence_ids) < sentence.index]
        for cue, kind in cues:
            targets = planned
            passive = kind == "announcement" and PASSIVE_BY.match(self.text, cue.end()) and self._passive(cue)
            if passive and ANAPHORIC_SUBJECT.match(self.text, sentence.start, cue.start()):
                targets = earlier[-1:]  # "The trip was announced by Lin Jian on Thursday": the latest one
            elif kind == "announcement" and ANAPHORIC_OBJECT.match(self.text[cue.end() : sentence.end]):
                named = {p.entity_id for p in self._people_in(cue.end(), sentence.end)}
                # "confirmed the meeting with Baerbock": the latest planned event with someone named after the cue
                with_named = [i for i in earlier if named & set(self.events[i].participants)]
                targets = with_named[-1:] or earlier[-1:] or planned
            if not targets:
                continue
            if kind == "according_to" or passive:
                announcer = self.attr.best(cue.end(), self.attr.clause_end(cue.end(), sentence.end), allow_media=False)
            else:
                clause = self.attr.clause_start(cue.start(), sentence.start)
                announcer = self.attr.best(clause, cue.start())
                if announcer is None and not self.text[clause : cue.start()].strip():
                    # "X, Russia's ambassador to China, said ...": the subject before the apposition
                    announcer = self.attr.subject_of(cue.start(), sentence.start)
            if announcer is None or self.attr.is_media(announcer):
                continue
            if kind == "speech" and self.reference.organisations.get(announcer.speaker_id, {}).get("org_type") == "government":
                continue  # "Beijing said ..." is too loose to count as an announcement
            on = self._announcement_date(cue, sentence, reach=80 if passive else 30)  # "by X on Thursday"
            for index in targets:
                found.append(Announcement(announcer, index, on, cue.group(0), cue.start(), cue.end(), sentence.index, 0.6))
        # One announcer announces an event once per sentence: "Trump said on Thursday ... after what he
        # described as ..." keeps the dated statement.
        dated = {(a.announcer.speaker_id, a.event_index) for a in found if a.announced_on != self.published}
        kept: dict[tuple[str, int], Announcement] = {}
        for item in found:
            key = (item.announcer.speaker_id, item.event_index)
            if key in dated and item.announced_on == self.published:
                continue
            kept.setdefault(key, item)
        return list(kept.values())

    def _announcement_date(self, cue: re.Match[str], sentence: Sentence, reach: int = 30) -> date | None:
        window_start = max(sentence.start, cue.start() - 25)
        window_end = min(sentence.end, cue.end() + reach)
        for expr in find_dates(self.text[window_start:window_end], window_start):
            if expr.end <= cue.start() and re.search(r"[,;:]", self.text[expr.end : cue.start()]):
                continue  # "will meet on Wednesday, Lin said": the date is the meeting's
            if expr.kind in ("weekday", "deictic", "day_md", "day_dm", "iso", "ago"):
                resolved = resolve(expr, self.published, future=False)
                if resolved.known:
                    return resolved.start
            if (
                expr.kind == "relative"
                and expr.start >= cue.end()
                and (expr.group("rel") or "").lower() in ("last", "earlier this")
            ):
                return None  # "told reporters last week": said on a day the text does not give
        return self.published

    # ---- driver --------------------------------------------------------------------------
    def extract(self) -> tuple[list[EventMention], list[Announcement]]:
        """Events merged within the article, and announcements pointing at them by index."""
        announcements: list[Announcement] = []
        for sentence in self.sentences:
            triggers = list(self.trigger_pattern.finditer(self.text, sentence.start, sentence.end))
            indexes: list[int] = []
            if triggers:
                ctx = _SentenceContext(sentence, self.text)
                found = [e for m in triggers for e in self._trigger_events(ctx, m)]
                indexes = [self._merge_article(e) for e in self._merge_sentence(found)]
            if not indexes and (addressed := self._addressed_in_person(sentence)) is not None:
                indexes = [self._merge_article(addressed)]
            if indexes or self.attr.cues("announcement", sentence.start, sentence.end):
                announcements += self._announcements(sentence, sorted(set(indexes)))
        unique: dict[tuple[str, frozenset[str], date | None], Announcement] = {}
        for item in map(self._spokesperson_instead_of_body, announcements):
            # One statement announcing a visit and the meetings within it counts once.
            participants = frozenset(self.events[item.event_index].participants)
            unique.setdefault((item.announcer.speaker_id, participants, item.announced_on), item)
        return self.events, list(unique.values())

    def _addressed_in_person(self, sentence: Sentence) -> EventMention | None:
        """'In Beijing on Thursday, France's top diplomat urged Wang to ...': one person addressing another,
        told at a place given up front, is a meeting there even without a meeting word."""
        opening = SCENE_OPENING.match(self.text, sentence.start, sentence.end)
        if opening is None:
            return None
        place = next(
            (p for p in self.places if p.start == opening.end("place") - len(p.surface) and p.end == opening.end("place")), None
        )
        if place is None:
            return None
        for verb in ADDRESS_VERB.finditer(self.text, opening.end(), sentence.end):
            subject = next((p for p in reversed(self._people_in(opening.end(), verb.start()))), None)
            addressee = next((p for p in self.people if p.start == verb.end() + 1), None)
            if subject is None or addressee is None or subject.entity_id == addressee.entity_id or self._quote_at(verb.start()):
                continue
            if not re.fullmatch(r"[\w’'.-]*\s*", self.text[subject.end : verb.start()]):
                continue  # the subject sits right before the verb
            ctx = _SentenceContext(sentence, self.text)
            when, date_text = self._date(ctx, verb, (sentence.start, sentence.end), False)
            names = {subject.entity_id: subject.name, addressee.entity_id: addressee.name}
            return EventMention(
                kind="meeting",
                status="happened",
                trigger=verb.group(0),
                start=verb.start(),
                end=verb.end(),
                sentence_ids=[sentence.index],
                participants=list(names),
                participant_names=names,
                location_id=place.entity_id,
                location_name=place.name,
                when=when,
                date_text=date_text,
                confidence=0.5,
            )
        return None

    def _spokesperson_instead_of_body(self, item: Announcement) -> Announcement:
        """'The ministry announced Friday ...' followed by its spokesperson's quote: the spokesperson announced."""
        if item.announcer.speaker_type != "organisation" or item.cue == "quote":
            return item
        for quote in self.quotes:
            if quote.sentence_id != item.sentence_id + 1 or quote.speaker is None or quote.speaker.speaker_type != "person":
                continue
            roles = [r for r in self.reference.roles if r.person_id == quote.speaker.speaker_id and r.holds_on(self.published)]
            if any(r.organisation_id == item.announcer.speaker_id for r in roles):
                return replace(item, announcer=quote.speaker)
        return item
