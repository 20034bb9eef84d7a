"""Event triggers ('met', 'visit', 'phone call') turned into event mentions, using the participant, place, date,
status and merge rules."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.extract.events.gatherings import GatheringRules
from ingest.extract.events.grammar import (
    ADDRESS_VERB,
    ALSO_BEFORE,
    BARE_CALL_VERBS,
    BETWEEN,
    BY_AGENT,
    COURTESY_CALLS,
    DEFINITE_EVENT_OBJECT,
    DURING_THE,
    FORWARD_DATE,
    GROUP_REFERENCE,
    HABITUAL_COUNT,
    HELD_BETWEEN,
    HOST_TRIGGERS,
    INVITATION,
    INVITE_TRIGGERS,
    MULTILATERAL,
    PURPOSE_FOR,
    RESPECTIVE,
    SCENE_OPENING,
    WELCOME_TRIGGERS,
)
from ingest.extract.events.kinds import KindRules
from ingest.extract.events.merge import MergeRules
from ingest.extract.events.model import EventMention, SentenceContext
from ingest.extract.events.participants import ParticipantRules
from ingest.extract.events.place import PlaceRules
from ingest.extract.events.status import StatusRules
from ingest.extract.events.timing import DateRules
from ingest.extract.text import Sentence

DISCUSSED_WITH = {"discussed with"}  # a report of talks, told by what was discussed: the call told before, if any
DESTINATION_REACH = 40  # characters after 'left for' / 'headed to' within which the destination is named


class EventExtractor(ParticipantRules, PlaceRules, DateRules, StatusRules, MergeRules, GatheringRules, KindRules):
    """Find the events of one document sentence by sentence and merge mentions of the same event."""

    def extract(self) -> None:
        """Add the document's events (merged within the article) and, per sentence, the events it told."""
        for sentence in self.sentences:
            gatherings = self._attended_gatherings(sentence)
            attended = {g.start() for g in gatherings}  # a gathering noun that is also a trigger ("summit") is told once
            triggers = [t for t in self.trigger_pattern.finditer(self.text, sentence.start, sentence.end) if t.start() not in attended]
            triggers = sorted(triggers + gatherings, key=lambda m: m.start())
            indexes: list[int] = []
            if triggers:
                ctx = SentenceContext(sentence, self.doc)
                found = [e for m in triggers for e in self._trigger_events(ctx, m)]
                indexes = [self._merge_article(e) for e in self._merge_sentence(found)]
            if not indexes and (addressed := self._addressed_in_person(sentence)) is not None:
                indexes = [self._merge_article(addressed)]
            if indexes:
                self.doc.events_by_sentence[sentence.index] = sorted(set(indexes))

    def _trigger_events(self, ctx: SentenceContext, trigger: re.Match[str]) -> list[EventMention]:
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

    def _destination_follows(self, trigger: re.Match[str], clause_end: int) -> bool:
        """A place named right after a travel word ending in a preposition ('left for Beijing', 'headed to the Saudi
        capital, Riyadh', 'will be in Accra')."""
        return any(trigger.end() < p.start <= trigger.end() + DESTINATION_REACH and p.start < clause_end for p in self.places)

    def _trigger_event(self, ctx: SentenceContext, trigger: re.Match[str]) -> EventMention | None:
        word = trigger.group(0).lower()
        low, high = self._bounds(ctx.sentence, trigger.start())
        clause_start, clause_end = self._clause(trigger.start(), trigger.end(), low, high)
        if self._visiting_adjective(trigger):
            return None  # "received the visiting U.S. Vice President Kamala Harris": the reception is the event
        attending = self._attendance.get(trigger.start())
        kind = "summit" if attending else self._kind(word, trigger, low, high)
        if kind is None or any(p.search(self.text[clause_start:clause_end]) for p in (self.habitual_pattern, HABITUAL_COUNT)):
            return None
        if self.negation_pattern.search(self.text, clause_start, trigger.start()):
            return None
        if kind == "visit" and DURING_THE.search(self.text, clause_start, trigger.start()):
            return None  # "During the visit, Wang will meet ...": a visit told elsewhere; the meetings follow
        if kind == "visit" and word.endswith((" for", " to", " in")) and not self._destination_follows(trigger, clause_end):
            return None  # "snacks she had left for him", "will be in charge": a trip only towards a place
        object_end = self._object_end(trigger.end(), clause_end, high)
        # "Talks were also held between A and B": the pair after the passive
        held_between = HELD_BETWEEN.match(self.text, trigger.end())
        if attending:
            # "Buhari will attend the IDA summit hosted by Sall": who attends, not who the gathering's name holds
            objects, participants = [], dict(self._subjects(clause_start, attending, low, exclude=set()))
        else:
            objects = self._objects(held_between.end() - 1 if held_between else trigger.end(), object_end)
            # "he would meet Putin after a phone call with the Russian leader": nobody meets themselves
            participants = dict(self._subjects(clause_start, trigger, low, exclude={o.entity_id for o in objects}))
        if word in COURTESY_CALLS and (not objects or re.match(r"\s+to\s", self.text[objects[-1].end : objects[-1].end + 5])):
            return None  # "called on Putin to end the war" urges; "called on Prime Minister Sharif" is a courtesy call
        if word in BARE_CALL_VERBS and not self._called_person(trigger, objects):
            return None  # "called Putin his great friend", "called for talks": no telephone call
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
        if word.endswith(" between"):  # "acknowledged a call between A and B": the trigger holds the preposition
            between = BETWEEN.match(self.text, trigger.start() + len(word) - len(" between"))
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
            self._date_told_after(ctx, trigger, (clause_start, clause_end))
            return None  # nobody to meet: the sentence merge would drop it anyway
        if word in DISCUSSED_WITH and (call := next((e for e in reversed(self.events) if e.kind == "call" and set(e.participants) == set(participants)), None)):
            # "Lapid also said he discussed with Blinken ...", after their call: what they discussed, on that call
            return replace(call, sentence_ids=[ctx.sentence.index])
        # an attended gathering is planned or not as its attendance verb is ("will pay a visit and attend the forum")
        status_at = attending or trigger
        future = self._sounds_planned(ctx.sentence, status_at.group(0).lower(), status_at, (low, high), (clause_start, clause_end))
        trip = self._sentence_events[-1] if self._sentence_events else None
        purpose_of_trip = (
            trip and trip.kind == kind and set(participants) <= set(trip.participants)
        ) and PURPOSE_FOR.search(self.text, clause_start, trigger.start())
        if purpose_of_trip:
            future = trip.status == "planned"  # "is scheduled to visit Colombo for a two-day visit": the trip's own tense
        when, date_text = self._date(ctx, trigger, (clause_start, clause_end), future)
        also = ALSO_BEFORE.search(self.text, max(clause_start, trigger.start() - 12), trigger.start())
        if also and not when.known and kind != "visit" and not future:
            # "X also met Y": the day X's last meeting was on (a plan's "will also meet" may fall on any day of it)
            when = self._day_of_previous(list(participants))
        if attending:
            when, date_text, future = self._dated_with_trip(participants, when, date_text, future)
        if when.known and self.published:
            future = when.start > self.published if not future else (when.end or when.start) >= self.published
        elif not when.known and date_text and FORWARD_DATE.search(date_text):
            future = True  # "a meeting ... next month" in an undated report: ahead, whatever day it is
        # A call joins two places; a place in its sentence is the topic ("the war in Ukraine").
        location = None if kind == "call" else self._location(clause_start, trigger, object_end, ctx.sentence)
        if location is None and kind != "call":
            location = self._venue_location(trigger, object_end, clause_end)
        if location is None and word in INVITE_TRIGGERS:
            return None  # "invited Putin during their call": an invitation with no destination is no visit yet
        if location is None and word in HOST_TRIGGERS:
            location = next((p for p in self.places if clause_start <= p.start < trigger.start()), None)
        if word in WELCOME_TRIGGERS and objects and location and re.search(r"\bto\b", self.text[objects[-1].end : location.start]):
            kind = "visit"  # "Putin welcomed Modi to his residence outside Moscow": Modi's visit
        elif (
            word in HOST_TRIGGERS
            and not objects
            and location
            and self._passive(trigger)
            and not re.search(r"\bby\b", self.text[trigger.end() : clause_end])
        ):
            kind = "visit"  # "Erdogan was welcomed with an official ceremony in Belgrade": nobody named hosts, he visits
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
        # "X met A and B" is two meetings, "X spoke with A and B" two calls; "a trilateral meeting with A and B" is one
        if (
            kind in {"meeting", "call"}
            and not MULTILATERAL.search(self.text, max(clause_start, trigger.start() - 25), trigger.start())
            and len(subjects) == 1
            and len({o.entity_id for o in objects} - set(subjects)) >= 2
        ):
            event.pairs = [(subjects[0], o.entity_id) for o in objects if o.entity_id != subjects[0]]
        if len(objects) >= 2 and RESPECTIVE.search(self.text, trigger.end(), objects[0].start):
            # "A and B held calls with their respective counterparts C and D": A with C, B with D
            named = list(dict.fromkeys(p.entity_id for p in self._people_in(low, trigger.start()) if not self._quote_at(p.start)))
            if len(named) == len(objects):
                names = {p.entity_id: p.name for p in self._people_in(low, trigger.start())}
                event.participant_names = {**names, **event.participant_names}
                event.participants = list(event.participant_names)
                event.pairs = list(zip(named, (o.entity_id for o in objects), strict=True))
        return event

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
            ctx = SentenceContext(sentence, self.doc)
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
