"""Announcements: who announced which planned meeting, visit or call, and on which day.

Reads the document's events (and which sentence told them), speech and announcement cues, quotes and
dated roles; adds ``doc.announcements``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from ingest.extract.dates import find_dates, resolve
from ingest.extract.document import Document
from ingest.extract.events.context import EventContext
from ingest.extract.events.grammar import ANAPHORIC_OBJECT, ANAPHORIC_SUBJECT, PASSIVE_BY
from ingest.extract.speakers import MEDIA, UNNAMED, Speaker
from ingest.extract.text import Sentence

STATEMENT_DATE_REACH = 60  # "announced during his weekly press briefing on Thursday"
# "said the visit will focus on ...", "According to X, the talks are to cover ...": a planned event referred to
PLAN_REFERRED = re.compile(
    r"[\s,]*(?:that\s+)?(?:the|this|his|her|their)\s+(?:[\w-]+\s+)?(?P<noun>visit|trip|talks|meeting|call)\s+"
    r"(?:will|would|is to|are to|is expected to|are expected to|is scheduled to|are scheduled to|is due to|are due to)\b",
    re.IGNORECASE,
)
PLAN_REFERRED_REACH = 80  # characters after the cue, past an 'according to X,' source
PLAN_NOUN_KINDS = {"visit": "visit", "trip": "visit", "talks": "meeting", "meeting": "meeting", "call": "call"}
# words opening the reported clause after a speech verb: a date after them is the reported event's
# between an apposition's closing comma and its speech verb: "X, the minister, today announced", "..., on Monday said"
TIME_ADVERBS = re.compile(
    r"\s*(?:(?:also|today|yesterday|earlier|later|again|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s*)*"
)
# "announced during his weekly press briefing on Thursday", "announced on Monday.": nothing said after the verb
NO_COMPLEMENT = re.compile(r"\s*(?:$|[,.;]|(?:during|at|in|on|via|through|today|yesterday|earlier|late|this|last)\b)", re.IGNORECASE)
REPORTED_CLAUSE = re.compile(r"\b(?:will|would|shall|that|is to|are to|was to|plans? to|is set to|is due to|scheduled)\b", re.IGNORECASE)


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


class AnnouncementFinder(EventContext):
    """Find the announcements of one document whose events are already extracted."""

    def extract(self) -> list[Announcement]:
        """Announcements pointing at ``doc.events`` by index; one per announcer, event set and day."""
        announcements: list[Announcement] = []
        for sentence in self.sentences:
            indexes = self.doc.events_by_sentence.get(sentence.index, [])
            if indexes or self.attr.cues("announcement", sentence.start, sentence.end) or PLAN_REFERRED.search(
                self.text, sentence.start, sentence.end
            ):
                announcements += self._announcements(sentence, indexes)
        announcements += self._inherited(announcements)
        unique: dict[tuple[str, int, date | None], Announcement] = {}
        statement_days: dict[str, date | None] = {}
        for item in map(self._spokesperson_instead_of_body, announcements):
            if item.announced_on == self.published and self.published is not None:
                # "Adesina disclosed this in a statement on Monday": the day the announcer spoke, told elsewhere
                if item.announcer.speaker_id not in statement_days:
                    statement_days[item.announcer.speaker_id] = self._statement_day(item.announcer)
                item = replace(item, announced_on=statement_days[item.announcer.speaker_id] or item.announced_on)
            # One announcement per announcer, planned item and day: a statement announcing a visit and the talks
            # within it announces both (the gold's convention: one announcement per item announced).
            unique.setdefault((item.announcer.speaker_id, item.event_index, item.announced_on), item)
        return list(unique.values())

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
            if kind == "announcement" and not planned:
                # "Holness departed for visits to Namibia, the OPM has announced": a body announcing a contact
                targets = [i for i in indexes if not self.events[i].in_quote]
            passive = kind == "announcement" and PASSIVE_BY.match(self.text, cue.end()) and self._passive(cue)
            if passive and ANAPHORIC_SUBJECT.match(self.text, sentence.start, cue.start()):
                targets = earlier[-1:]  # "The trip was announced by Lin Jian on Thursday": the latest one
            elif kind == "announcement" and ANAPHORIC_OBJECT.match(self.text[cue.end() : sentence.end]):
                named = {p.entity_id for p in self._people_in(cue.end(), sentence.end)}
                # "confirmed the meeting with Baerbock": the latest planned event with someone named after the cue
                with_named = [i for i in earlier if named & set(self.events[i].participants)]
                targets = with_named[-1:] or earlier[-1:] or planned
            if not targets and kind == "announcement":
                targets = self._traveller_named_after(cue, sentence, earlier) or self._told_just_before(cue, sentence, earlier)
            if not targets and kind in ("speech", "according_to"):
                targets = self._plan_referred_to(cue, sentence, earlier)
            if not targets:
                continue
            inverted = kind in ("speech", "announcement") and self._inverted(cue, sentence)
            if kind == "according_to" or passive or inverted:
                # "..., said Foreign Ministry spokesman Lu Kang": after an inverted speech verb, the one named after it
                announcer = self.attr.best(cue.end(), self.attr.clause_end(cue.end(), sentence.end), allow_media=False)
            else:
                clause = self.attr.clause_start(cue.start(), sentence.start)
                announcer = self.attr.best(clause, cue.start())
                if announcer is None and TIME_ADVERBS.fullmatch(self.text, clause, cue.start()):
                    # "X, Russia's ambassador to China, (today) said ...": the subject before the apposition
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

    def _inverted(self, cue: re.Match[str], sentence: Sentence) -> bool:
        """'..., says Foreign Ministry spokesman Lu Kang': a speech verb right after a comma, a speaker named right
        after it (titles between) — not the verb of a subject set off by an apposition ('X, the spokesperson,
        announced during ...')."""
        if not re.search(r",\s*$", self.text[max(sentence.start, cue.start() - 3) : cue.start()]):
            return False
        after = [c for c in self.attr.candidates(cue.end(), min(sentence.end, cue.end() + 80)) if c.klass != MEDIA]
        if not after:
            return False
        gap = self.text[cue.end() : min(c.start for c in after)]
        titles = self.reference.cues.get("title", set())
        return all(
            w[0].isupper() or w.lower() in titles or w.lower() in ("the", "of", "for", "and") or w.endswith(("'s", "’s"))
            for w in gap.split()
        )

    def _traveller_named_after(self, cue: re.Match[str], sentence: Sentence, earlier: list[int]) -> list[int]:
        """'Rowley will pay an official visit to China. A release from the OPM announced that Rowley had accepted
        an invitation ...': an announcement that tells no event of its own, naming after its verb the traveller
        of a planned event told in the sentence just before, announces that event."""
        named = {p.entity_id for p in self._people_in(cue.end(), sentence.end) if not self._quote_at(p.start)}
        recent = [i for i in earlier if sentence.index - max(self.events[i].sentence_ids) <= 1]
        return [i for i in recent if self.events[i].participants and self.events[i].participants[0] in named][-1:]

    def _told_just_before(self, cue: re.Match[str], sentence: Sentence, earlier: list[int]) -> list[int]:
        """'Bilawal is set to embark on a visit to the US next week. The Foreign Office spokesperson announced
        during his weekly press briefing on Thursday': an announcement verb with nothing reported after it (no
        clause, no quote) announces the planned events told in the sentence just before."""
        if not NO_COMPLEMENT.match(self.text, cue.end()) or REPORTED_CLAUSE.search(self.text, cue.end(), sentence.end):
            return []  # "confirmed his arrival", "announced that ...": the cue says what it announces
        if self._quote_at(cue.start()):
            return []
        if any(self._quote_at(i) for i in range(cue.end(), sentence.end, 8)):
            return []
        return [i for i in earlier if sentence.index - 1 in self.events[i].sentence_ids and not self.events[i].in_quote]

    def _plan_referred_to(self, cue: re.Match[str], sentence: Sentence, earlier: list[int]) -> list[int]:
        """'Nauseda will visit Poland on Tuesday. ... Szczerski said the visit will focus on security': words
        about "the visit" still to come, after a speech verb (or 'according to X,'), announce the latest planned
        event of that kind told before (a visit for visit/trip, a meeting for talks/meeting, a call for call)."""
        reported = PLAN_REFERRED.match(self.text, cue.end(), sentence.end) or PLAN_REFERRED.search(
            self.text, cue.end(), min(sentence.end, cue.end() + PLAN_REFERRED_REACH)
        )
        if reported is None or self._quote_at(reported.start()):
            return []
        kind = PLAN_NOUN_KINDS[reported.group("noun").lower()]
        return [i for i in earlier if self.events[i].kind == kind and not self.events[i].in_quote][-1:]

    def _inherited(self, found: list[Announcement]) -> list[Announcement]:
        """'Wong will visit China, according to the PMO. In Beijing, Wong will meet Xi ...': a planned event
        no cue announces, told outside quotes after an announcement of a planned event of the same traveller
        (the first participant) by a body, in a sentence that names no source of its own, is announced by that
        body on the same day. Two announcers: no guess."""
        announced = {a.event_index for a in found}
        by_traveller: dict[str, list[Announcement]] = {}
        for a in found:
            # a body's statement covers the programme; a person's words cover what they said
            if a.announcer.speaker_type == "organisation" and (participants := self.events[a.event_index].participants):
                by_traveller.setdefault(participants[0], []).append(a)
        inherited: list[Announcement] = []
        for index, event in enumerate(self.events):
            if index in announced or event.status != "planned" or event.in_quote or not event.participants:
                continue
            sentence = self.sentences[min(event.sentence_ids)]
            # only what follows the announcement: a headline before it is told again in the body
            sources = [a for a in by_traveller.get(event.participants[0], []) if a.sentence_id < sentence.index]
            if len({(a.announcer.speaker_id, a.announced_on) for a in sources}) != 1:
                continue
            if any(self.attr.cues(kind, sentence.start, sentence.end) for kind in ("speech", "announcement", "according_to")):
                continue  # the sentence names its own source ("..., Beijing said"), judged above
            source = sources[0]
            inherited.append(replace(source, event_index=index, sentence_id=sentence.index, confidence=0.4))
        return inherited

    def _announcement_date(
        self, cue: re.Match[str], sentence: Sentence, reach: int = 30, outside_quotes: bool = False
    ) -> date | None:
        window_start = max(sentence.start, cue.start() - 25)
        window_end = min(sentence.end, cue.end() + reach)
        for expr in find_dates(self.text[window_start:window_end], window_start):
            if outside_quotes and self._quote_at(expr.start):
                continue  # 'Ali said, "he is coming on Aug 29"': the quoted date is the visit's
            if expr.end <= cue.start() and re.search(r"[,;:]", self.text[expr.end : cue.start()]):
                continue  # "will meet on Wednesday, Lin said": the date is the meeting's
            if expr.start >= cue.end() and REPORTED_CLAUSE.search(self.text, cue.end(), expr.start):
                continue  # "said he will travel to Sydney on Wednesday": the date is the trip's
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

    def _statement_day(self, announcer: Speaker) -> date | None:
        """The day of the announcer's first dated speech or announcement verb outside quotes ('X, disclosed this in
        a statement on Monday', 'X announced during his weekly press briefing on Thursday'), else None."""
        for sentence in self.sentences:
            for kind in ("announcement", "speech"):
                for cue in self.attr.cues(kind, sentence.start, sentence.end):
                    if self._quote_at(cue.start()):
                        continue
                    clause = self.attr.clause_start(cue.start(), sentence.start)
                    who = (
                        self._named_right_before(cue.start())  # "the Special Adviser to the President, Mr. X, disclosed"
                        or self.attr.best(clause, cue.start())
                        or self.attr.subject_of(cue.start(), sentence.start)
                    )
                    if who is None or who is UNNAMED or who.speaker_id != announcer.speaker_id:
                        continue
                    on = self._announcement_date(cue, sentence, reach=STATEMENT_DATE_REACH, outside_quotes=True)
                    if on != self.published:
                        return on
        return None

    def _named_right_before(self, position: int) -> Speaker | None:
        """The person or body whose name ends right before ``position``, a comma and spaces between."""
        before = self.attr.candidates_before(position, 120)
        last = before[-1] if before else None
        return last.speaker if last and re.fullmatch(r",?\s*", self.text[last.end : position]) else None

    def _spokesperson_instead_of_body(self, item: Announcement) -> Announcement:
        """'The ministry announced Friday ...' followed by its spokesperson's quote: the spokesperson announced
        (not a participant of the announced event quoted next: he speaks for himself)."""
        if item.announcer.speaker_type != "organisation" or item.cue == "quote":
            return item
        for quote in self.quotes:
            if quote.sentence_id != item.sentence_id + 1 or quote.speaker is None or quote.speaker.speaker_type != "person":
                continue
            if quote.speaker.speaker_id in self.events[item.event_index].participants:
                continue  # the traveller quoted next speaks for himself, not for the body that announced him
            roles = [r for r in self.reference.roles if r.person_id == quote.speaker.speaker_id and r.holds_on(self.published)]
            if any(r.organisation_id == item.announcer.speaker_id for r in roles):
                return replace(item, announcer=quote.speaker)
        return item


def add_announcements(doc: Document) -> None:
    """Pipeline component: add ``doc.announcements`` (reads events, cues, quotes and roles)."""
    doc.announcements = AnnouncementFinder(doc).extract()
