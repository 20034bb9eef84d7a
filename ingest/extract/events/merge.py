"""Mentions of one event told twice (in a sentence, or across the article) merged into one."""

from __future__ import annotations

import re

from ingest.extract.events.context import EventContext
from ingest.extract.events.grammar import (
    ARRIVAL_VERBS,
    DATE_PREFERENCE,
    FRONTED_DURING,
    INVITE_TRIGGERS,
    MIN_PARTICIPANTS,
    SUBORDINATOR,
    THEN_CLAUSE,
)
from ingest.extract.events.model import EventMention
from ingest.extract.events.reported import LEDE_SENTENCES

# "during his official visit to", "during her two-day trip": the visit a meeting told before it was held in
DURING_OWN_VISIT = re.compile(r"\bduring\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
HISTORY_DAYS = 60  # a date this long before publication is history, not the news the lede reports


class MergeRules(EventContext):
    """Merge event mentions within a sentence and within the article."""

    @staticmethod
    def _join_participants(base: EventMention, other: EventMention) -> None:
        """Add ``other``'s participants that ``base`` lacks, in their order."""
        for pid, name in other.participant_names.items():
            if pid not in base.participant_names:
                base.participant_names[pid] = name
                base.participants.append(pid)

    def _absorb(self, base: EventMention, other: EventMention) -> None:
        self._join_participants(base, other)
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
        if told.kind != event.kind and "summit" in (told.kind, event.kind):
            return False  # "will visit China and attend the forum": the trip and the gathering attended in it
        if told.kind != event.kind:
            if "call" in (told.kind, event.kind) and not (theirs == mine and not both_dated):
                # "met Putin after a phone call with Xi": a call is not part of a meeting or visit; but "held a
                # virtual summit on Monday, their first talks since ...": one event, told twice
                return False
            if both_dated and told.when != event.when:
                return False  # "talks on Monday, the first day of a two-day visit": a dated visit is its own event
            if self._arrival_then_meeting(told, event):
                return False  # "arrived in Kigali and was received by Kagame": the journey, then a meeting in it
            if self._fronted_visit(told, event) or self._visit_after_during(told, event):
                # "During his visit, Kerry will meet Hasina", "met Masum during his official visit to Baghdad": a
                # meeting held in the visit
                return False
        return (
            told.status == event.status  # "visited Warsaw and is due to travel to Paris"
            and told.overlaps_in_time(event)  # "by phone in February and September": two calls
            # "arrived in Beijing, days after travelling to Moscow to meet Putin": another time, another event
            and not self._subordinated(told, event)
        )

    def _arrival_then_meeting(self, first: EventMention, second: EventMention) -> bool:
        """A journey verb ('arrived', 'landed') and a meeting of two or more people told after it in a clause of
        its own ('and was received by', 'where he met'); not the journey's purpose ('flew to Kabul for a meeting')."""
        visit, meeting = (first, second) if first.kind == "visit" else (second, first)
        return (
            visit.kind == "visit"
            and meeting.kind == "meeting"
            and visit.end <= meeting.start
            and visit.trigger.lower() in ARRIVAL_VERBS
            and len(meeting.participants) >= 2
            and bool(THEN_CLAUSE.search(self.text, visit.end, meeting.start))
        )

    def _fronted_visit(self, first: EventMention, second: EventMention) -> bool:
        """A visit in a phrase fronted before the main clause ('During his brief visit, ...') and a meeting in
        that clause: the meeting is held during the visit, not its purpose."""
        if first.kind != "visit" or second.kind == "visit" or first.end > second.start:
            return False
        sentence = self.sentences[min(first.sentence_ids)]
        return bool(FRONTED_DURING.fullmatch(self.text, sentence.start, first.start))

    def _visit_after_during(self, first: EventMention, second: EventMention) -> bool:
        """A meeting that happened, then the visit it was held in, told in a 'during his ... visit' phrase after
        it (a plan, "is set to meet Putin during his visit to Moscow", stays one item: the meeting)."""
        meeting, visit = (first, second) if second.kind == "visit" else (second, first)
        return (
            visit.kind == "visit"
            and meeting.status == visit.status == "happened"
            and meeting.kind == "meeting"
            and meeting.end <= visit.start
            and bool(DURING_OWN_VISIT.search(self.text, max(meeting.end, visit.start - 40), visit.start))
        )

    @staticmethod
    def _told_again(existing: EventMention, event: EventMention) -> bool:
        """'Samia Suluhu Hassan's visit will further strengthen ties': an undated visit of one traveller who
        already has a visit in the article, to no other place, is that visit told again (a past-tense mention of a
        planned visit too; a planned mention of a visit under way stays, for its announcement)."""
        return (
            event.kind == "visit"
            and existing.kind == "visit"
            and not event.when.known
            and existing.participants[:1] == event.participants[:1]  # the same traveller ("Tuggar's visit is at the invitation of Wang Yi")
            and (existing.status == event.status or event.status == "happened")  # a plan keeps its announcement
            and (event.location_id is None or existing.location_id is None or existing.location_id == event.location_id)
        )

    def _subordinated(self, first: EventMention, second: EventMention) -> bool:
        """Whether the later of two events sits in a temporal phrase ('days after travelling to Moscow') that
        the earlier one does not; ', and held talks' after such a phrase is back in the main clause."""
        low, high = min(first.end, second.end), max(first.start, second.start)
        sub = SUBORDINATOR.search(self.text, low, high)
        return bool(sub) and not re.search(r",\s*and\b", self.text[sub.end() : high])

    def _news_and_history(self, first: EventMention, second: EventMention) -> bool:
        """'Lee welcomed Anwar to Singapore ... Anwar's last visit to Singapore was in 2018': an undated event of
        the lede (the news) and one dated long before publication are two events."""
        if self.published is None:
            return False
        for undated, dated in ((first, second), (second, first)):
            if (
                not undated.when.known
                and min(undated.sentence_ids) <= LEDE_SENTENCES
                and dated.when.known
                and (self.published - (dated.when.end or dated.when.start)).days > HISTORY_DAYS
            ):
                return True
        return False

    def _merge_article(self, event: EventMention) -> int:
        self._date_from_visit(event)
        for index, existing in enumerate(self.events):
            mine, theirs = set(event.participants), set(existing.participants)
            if (
                not self._news_and_history(existing, event)
                and existing.kind == event.kind
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
                and not {"call", "summit"} & {existing.kind, event.kind}
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
            ) or self._told_again(existing, event):
                # "Araghchi, on his first visit to China, ...": the undated visit is the one his meeting in
                # Beijing took place during; a host named in the retelling joins it
                existing.sentence_ids = sorted(set(existing.sentence_ids + event.sentence_ids))
                self._join_participants(existing, event)
                return index
        self.events.append(event)
        return len(self.events) - 1
