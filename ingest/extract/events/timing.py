"""When an event takes place: the date expression that belongs to the trigger, resolved against the publication date."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

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
from ingest.extract.events.context import EventContext
from ingest.extract.events.grammar import (
    CLAUSE,
    DATE_LEAD,
    DATELINE,
    EVENT_NOUN_OPENS,
    EVENT_SUBJECT,
    FIRST_SINCE,
    GERUND_ASIDE,
    GOVERNS_EVENT_NOUN,
    NTH_DAY_OF,
    OWN_START_CLAUSE,
    PARTICIPLE_HEAD,
    PROXIMITY,
    RELATIVE_CLAUSE,
    REPORTING_BEFORE_DATE,
    SECOND_MONTH,
    SPEAKING_AT,
    STATEMENT_SUBJECT,
    SUBORDINATOR,
    TOOK_PLACE,
    VISIT_ASIDE,
)
from ingest.extract.events.model import EventMention, SentenceContext
from ingest.extract.text import Sentence


class DateRules(EventContext):
    """The date of a trigger's event, and dates counted from events told before."""

    def _date(
        self, ctx: SentenceContext, trigger: re.Match[str], clause: tuple[int, int], future: bool
    ) -> tuple[ResolvedDate, str | None]:
        usable = [d for d in ctx.dates if self._date_usable(d, trigger, ctx.sentence)]
        if future:
            # "Joly today announced that she will travel ... from June 25 to 27": a date right before the speech
            # verb that reports a plan dates the statement, not the plan
            usable = [d for d in usable if not (d.end <= trigger.start() and self._speech_right_after(d.end))]
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
        # a date that starts in the clause belongs to it, even with a comma inside ("on Sunday, February 2")
        in_clause = [d for d in usable if clause[0] <= d.start < clause[1]]
        after = [d for d in in_clause if d.start >= trigger.end()]
        # "Kuczynski on Thursday met with Bachelet ... prior to the session slated for Friday": a date right
        # before the verb is its adverb, whatever dates the rest of the clause tells
        adjacent = [d for d in in_clause if d.end <= trigger.start() and not self.text[d.end : trigger.start()].strip()]
        pool = adjacent or after or in_clause or usable
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
        if not days and (aside := VISIT_ASIDE.match(self.text, clause[1])):
            days = duration_days(aside.group(0))  # "arrived on Monday to Egypt, in a historic two-day visit"
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
            # "Later that day", "the next day": counted from the last event told with a day date (or, in the
            # same sentence, from the first day of a trip: "on Sunday for a two-day trip and meet X the next day")
            told = [e for e in self._sentence_events if e.when.known and e.when.precision in ("day", "range")]
            previous = next(reversed(told), None) or next(
                (e for e in reversed(self.events) if e.when.known and e.when.precision == "day"), None
            )
            anchor = previous.when.start if previous else None
            if future and self.published and day_offset(chosen) == 0 and (anchor is None or anchor < self.published):
                # "Modi is due to arrive later in the day", after a meeting two years ago: a plan's day is the report's
                anchor = self.published
            resolved = ResolvedDate(anchor + timedelta(days=day_offset(chosen)), None, "day") if anchor else UNKNOWN
        return resolved, text

    def _day_of_previous(self, participants: list[str]) -> ResolvedDate:
        """The day (or days) of the latest event that happened, told before, whose first participant is among
        ``participants``: 'X met A on May 25 ... X also met B' happened that day too."""
        for event in reversed(self.events):
            if event.status == "happened" and event.participants[:1] and event.participants[0] in participants:
                return event.when if event.when.precision in ("day", "range") else UNKNOWN
        return UNKNOWN

    def _speech_right_after(self, position: int) -> bool:
        """Whether a speech or announcement verb follows ``position`` ('today announced', 'on Monday said')."""
        return any(
            not self.text[position : cue.start()].strip()
            for kind in ("speech", "announcement")
            for cue in self.attr.cues(kind, position, position + 30)
        )

    def _date_usable(self, expr: DateExpression, trigger: re.Match[str], sentence: Sentence) -> bool:
        dateline = DATELINE.match(self.text, sentence.start, sentence.end)
        if dateline and expr.end <= dateline.end():
            return False  # "RIO DE JANEIRO, Feb 22 (Reuters) --" dates the dispatch, not the event
        if REPORTING_BEFORE_DATE.search(self.text[max(sentence.start, expr.start - 30) : expr.start]):
            return False  # "said on Wednesday" dates the statement, not the event
        if expr.text.lower().startswith("since ") and FIRST_SINCE.search(
            self.text, max(sentence.start, trigger.start() - 40), expr.start
        ):
            return False  # "his first visit to Russia since 2019": the date ends the gap before the event
        between = self.text[expr.end : trigger.start()]
        if expr.end <= trigger.start() and CLAUSE.search(between) and not re.match(r"\W*when\b", between):
            owners = list(self.trigger_pattern.finditer(self.text, sentence.start, expr.start))
            owner = owners[-1] if owners else None
            if owner and not CLAUSE.search(self.text, owner.end(), expr.start):
                return False  # "Ahead of the visit to Moscow next week, X met Y": the date is the visit's
        comma = self.text.find(",", sentence.start, sentence.end)
        fronted = comma != -1 and expr.end <= comma and expr.start - sentence.start < 25
        low, high = (trigger.end(), expr.start) if expr.start >= trigger.end() else (expr.end, trigger.start())
        between_trigger = self.trigger_pattern.search(self.text, low, high)
        if not fronted and between_trigger and not GOVERNS_EVENT_NOUN.fullmatch(self.text, between_trigger.end(), trigger.start()):
            return False  # the date belongs to another event between them ("received a phone call" is one event)
        fronted_date = expr.start - sentence.start < 25 and "," in self.text[expr.end : expr.end + 3]
        sub = SUBORDINATOR.search(self.text, trigger.end(), expr.start) if expr.start >= trigger.end() else None
        if sub and GERUND_ASIDE.match(self.text, sub.end()):
            sub = None  # "a call since taking office with X on Tuesday": an aside, the date is the call's
        if sub:
            # "a two-day visit, his first since the clashes in May": the date is the clashes'; but "a video call,
            # hours after the inauguration in January" is close enough to share it
            if not PROXIMITY.search(self.text, max(trigger.end(), sub.start() - 12), sub.start()):
                return False
        if expr.end <= trigger.start() and not fronted_date and SUBORDINATOR.search(self.text, expr.end, trigger.start()):
            return False  # "would meet Putin 'within two weeks' after a phone call": the date is the main clause's
        relative = RELATIVE_CLAUSE.search(self.text, trigger.end(), sentence.end)
        if relative and expr.start > relative.start() and not OWN_START_CLAUSE.match(self.text, relative.start()):
            return False
        if expr.end <= trigger.start():
            # "will travel to Russia next week to prepare for a visit by Xi": a date between two triggers
            # and nearer the earlier one is the earlier one's
            earlier = [t for t in self.trigger_pattern.finditer(self.text, sentence.start, expr.start) if t.end() <= expr.start]
            linked = re.match(r"\W*(?:when|that|as)\b", self.text[expr.end : trigger.start()])  # "on 27 February, when ... met"
            # "received on Monday a phone call": the verb governs the event noun, one event with one date
            governs = GOVERNS_EVENT_NOUN.fullmatch(self.text, expr.end, trigger.start())
            if governs and earlier and DATE_LEAD.fullmatch(self.text, earlier[-1].end(), expr.start):
                return True
            if earlier and not linked and expr.kind != "gap" and expr.start - earlier[-1].end() < trigger.start() - expr.end:
                return False
        return True

    def _date_told_after(self, ctx: SentenceContext, trigger: re.Match[str], clause: tuple[int, int]) -> None:
        """'X met Y on the sidelines of the summit. The closed-door meeting took place on Wednesday': a sentence
        that only dates "the meeting" dates the undated event of that kind told just before."""
        if not (EVENT_NOUN_OPENS.fullmatch(self.text, ctx.sentence.start, trigger.start()) and TOOK_PLACE.match(self.text, trigger.end())):
            return
        kind = self.reference.event_cues.get(trigger.group(0).lower())
        previous = next((e for e in reversed(self.events) if e.kind == kind), None)
        if previous is None or ctx.sentence.index - max(previous.sentence_ids) > 2:
            return
        when, text = self._date(ctx, trigger, clause, previous.status == "planned")
        if when.precision != "day" or not when.start:
            return
        if previous.when.known and not (previous.when.precision == "range" and previous.when.contains(when.start)):
            return  # a date of its own wins, unless it is the span of a gathering around that day
        previous.when, previous.date_text = when, text
        previous.sentence_ids.append(ctx.sentence.index)

    def _repeated_in(self, ctx: SentenceContext, event: EventMention) -> list[EventMention]:
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
