"""Who takes part in an event: the trigger's subjects (named, pronouns, groups, implicit) and its objects' company."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.extract.events.context import EventContext
from ingest.extract.events.grammar import (
    APPOSITION_OPENED,
    BY_AGENT_BEFORE,
    COORDINATED_VERB,
    DEFINITE_NOUN,
    DELEGATIONS,
    FIRST_PERSON,
    FRONTED_EVENT,
    FRONTED_REACH,
    GATHERINGS,
    GROUP_NOUN,
    GROUP_REFERENCE,
    GROUP_ROLES,
    IN_A_CALL,
    MAIN_SUBJECT_AFTER,
    NTH_DAY_OF,
    OBJECT_GOVERNORS,
    OPENING_TITLES,
    PARENTHETICAL,
    PARTICIPLE_HEAD,
    POSSESSIVE_PRONOUN,
    PRONOUN_SUBJECT,
    PURPOSE_FOR,
    RELATIVE_ASIDE,
    SECOND_VERB,
    STRAY_COMMA_VERB,
    SUBJECT_PRONOUN,
    THEIR,
    THEY,
    TITLE_WORDS_ONLY,
    VERB_PHRASE_HEAD,
)
from ingest.extract.names import Mention
from ingest.extract.roles import written_title_keys
from ingest.extract.speakers import Speaker


class ParticipantRules(EventContext):
    """Subjects of a trigger: names before it, pronouns, 'the two leaders', relative clauses and participles."""

    def _possessive_owner(self, sentence_start: int, pronoun: re.Match[str]) -> Speaker | None:
        """'Peskov said Putin would talk with Xi during his visit': 'his' is the last person named before it in
        the sentence who is not the object of a preposition or a coordinated second subject."""
        gender = "f" if pronoun.group("p").lower() == "her" else "m"
        own_quote = self._quote_at(pronoun.start())
        for person in reversed(self._people_in(sentence_start, pronoun.start())):
            # outside quotes, people outside quotes; inside one, the people its speaker names in it
            if self._quote_at(person.start) != own_quote or self._is_object(sentence_start, person):
                continue
            if referent := self.attr.pronoun_referent(person, gender):
                return referent
        return None

    def _fronted_owner(self, sentence_start: int, trigger: re.Match[str], pronoun: re.Match[str]) -> Speaker | None:
        """'During his visit to Uganda, Dr Jaishankar will inaugurate ...': in a phrase fronted before the main
        clause, 'his' looks ahead to the clause's subject, named right after the comma."""
        main_clause = self._fronted_phrase_end(sentence_start, trigger)
        if main_clause is None:
            return None
        person = next(iter(self._people_in(main_clause, main_clause + 60)), None)
        if person is None or TITLE_WORDS_ONLY.fullmatch(self.text, main_clause, person.start) is None:
            return None
        return self.attr.pronoun_referent(person, "f" if pronoun.group("p").lower() == "her" else "m")

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
            owner = self._fronted_owner(sentence_start, trigger, pronoun) or self._possessive_owner(sentence_start, pronoun)
            # '"This is his first visit," Peskov said': inside a quote, 'his' is not the speaker
            quoted_by = self._quote_speaker(self._quote_at(pronoun.start()))
            speaker = owner or self.attr.resolve_pronoun(
                pronoun.start(), pronoun.group("p").lower(), exclude={quoted_by.speaker_id} if quoted_by else set()
            )
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
        if len(before) >= 2 and BY_AGENT_BEFORE.search(self.text, max(clause_start, before[-1].start - 25), before[-1].start):
            # "Petro was welcomed by Vice President Rodriguez and then headed to the palace to meet Maduro":
            # the passive's agent is no subject of the next verb
            before = [p for p in before if not BY_AGENT_BEFORE.search(self.text, max(clause_start, p.start - 25), p.start)]
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
        if (series := self._verb_series_subject(clause_start, trigger)) is not None:
            return [series]
        if VERB_PHRASE_HEAD.fullmatch(head):
            # The clause is the verb phrase after a parenthetical: the subject is the name before it.
            for person in reversed(self._people_in(sentence_start, clause_start)):
                if PARENTHETICAL.fullmatch(self.text, person.end, clause_start) or RELATIVE_ASIDE.fullmatch(
                    self.text, person.end, clause_start
                ):
                    return [(person.entity_id, person.name)]  # "Wong, the premier, will", "Wong who is also X, will"
                if re.fullmatch(r",\s*", self.text[person.end : clause_start]) and re.match(r"\s*(?:on|during|in)\s", head):
                    return [(person.entity_id, person.name)]  # "Szijjarto, on a visit to Beijing, met Wang"
                if re.fullmatch(r",\s*", self.text[person.end : clause_start]) and APPOSITION_OPENED.fullmatch(
                    self.text, sentence_start, person.start
                ):
                    return [(person.entity_id, person.name)]  # "The head of US diplomacy, Mike Pompeo, will travel"
                if (
                    re.fullmatch(r",\s*", self.text[person.end : clause_start])
                    and STRAY_COMMA_VERB.match(head)
                    and OPENING_TITLES.fullmatch(self.text, sentence_start, person.start)
                ):
                    return [(person.entity_id, person.name)]  # "Oman's Foreign Minister Badr Albusaidi, received a call"
        if clause_start == sentence_start and FRONTED_EVENT.fullmatch(head) and (after := self._subject_after_comma(trigger)):
            return [(after.entity_id, after.name)]  # "In a call with Mahuta, Blinken promised ...": Blinken held it
        if GROUP_REFERENCE.search(head):
            return []  # "the two leaders agreed to meet": the group is the subject
        if self._sentence_events and (self._continues_sentence_event(head) or PURPOSE_FOR.search(head)):
            # "Putin welcomed Modi on Monday, kicking off a two-day visit", "had visited Kyiv for talks with X":
            # the event goes on
            return list(self._sentence_events[-1].participant_names.items())
        if MAIN_SUBJECT_AFTER.match(head) or COORDINATED_VERB.match(head):
            # "Orban arrived in Beijing, days after travelling to Moscow to meet Putin": the main clause's subject
            opening = SUBJECT_PRONOUN.match(self.text, sentence_start)
            if opening and not self._people_in(sentence_start, opening.start("p")):
                # "He is scheduled to hold talks with A, and meet with B": the sentence's he/she
                speaker = self.attr.resolve_pronoun(opening.start("p"), opening.group("p").lower())
                return [(speaker.speaker_id, speaker.name)] if speaker else []
            owner = self._main_subject(sentence_start, clause_start) or self.attr.opening_description(sentence_start, clause_start)
            return [(owner.entity_id, owner.name)] if owner else []
        if re.match(r"\s*(?:who|which|[a-z]+ing\s+(?:after|before|during|following|ahead of|at|in|on)\b)", head):
            # "X, who visited ..." and "X, speaking after talks with Y, ..."
            owner = next((p for p in reversed(self.people) if clause_start - 3 <= p.end <= clause_start), None)
            if owner is None and re.match(r"\s*[a-z]+ing\b", head):
                # "Lavrov said ..., speaking at a news conference with Wang": the main clause's subject
                owner = self._main_subject(sentence_start, clause_start)
            return [(owner.entity_id, owner.name)] if owner else []
        quote = self._quote_at(trigger.start())
        # "“I am ready to meet Putin,” Zelensky wrote"; but "“I think it is a sequel of the state visit,” Año said":
        # a definite noun names a visit told elsewhere, not the speaker's
        if quote and FIRST_PERSON.search(head) and not DEFINITE_NOUN.search(head):
            speaker = self._quote_speaker(quote)
            return [(speaker.speaker_id, speaker.name)] if speaker and speaker.speaker_type == "person" else []
        if THEY.match(head):
            return list(self._group(sentence_start, trigger, pronoun=True).items())  # "They last met in Astana"
        pronoun = SUBJECT_PRONOUN.match(head)
        if pronoun:
            speaker = self.attr.resolve_pronoun(clause_start + pronoun.start("p"), pronoun.group("p").lower())
            return [(speaker.speaker_id, speaker.name)] if speaker else []
        # "The Kenyan leader was received by Kagame": a description opening the clause is the person it describes
        described = self.attr.opening_description(clause_start, trigger.start())
        return [(described.entity_id, described.name)] if described else []

    def _verb_series_subject(self, clause_start: int, trigger: re.Match[str]) -> tuple[str, str] | None:
        """'X held talks with A, met with B and C': a verb opening the clause after the object of the sentence's
        previous event shares that event's subject."""
        previous = self._sentence_events[-1] if self._sentence_events else None
        if previous is None or len(previous.participants) < 2 or self.text[clause_start : trigger.start()].strip():
            return None
        last = next(iter(reversed(self._people_in(previous.start, clause_start))), None)
        if last is None or last.entity_id not in previous.participants[1:] or not re.fullmatch(r",\s*", self.text[last.end : clause_start]):
            return None
        subject = previous.participants[0]
        return subject, previous.participant_names[subject]

    def _subject_after_comma(self, trigger: re.Match[str]) -> Mention | None:
        """The person who opens the main clause after a fronted phrase: the first name after the phrase's comma,
        with at most a title before it."""
        comma = self.text.find(", ", trigger.end(), trigger.end() + FRONTED_REACH)
        if comma < 0:
            return None
        person = next(iter(self._people_in(comma + 2, comma + 2 + FRONTED_REACH)), None)
        if person is None or TITLE_WORDS_ONLY.fullmatch(self.text, comma + 2, person.start) is None:
            return None
        return person

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
            # an unseeded person's role is the title the text gives them, if any ("Prime Minister Mateusz
            # Morawiecki" is not one of "the two presidents"); with none, unknown and no mismatch
            return not roles or all(self._may_hold(i, roles) for i in ids)

        recent = self._last_two_named(trigger.start())
        if pronoun and len(recent) == 2:
            return recent
        kind = self.reference.event_cues[trigger.group(0).lower()]
        earlier = [e for e in reversed(self.events) if len(e.participants) >= 2 and fits(e.participants)]
        previous = next((e for e in earlier if e.kind == kind), None) or next(iter(earlier), None)
        if previous:
            return dict(previous.participant_names)
        return recent if len(recent) == 2 and fits(recent) else {}

    def _may_hold(self, person_id: str, roles: Iterable[str]) -> bool:
        """Whether a person may hold one of ``roles``: a seeded person's roles or an unseeded one's written titles
        must include one; an unseeded person the text gives no title is unknown, no mismatch."""
        held = self._roles_held(person_id)
        if not held and person_id not in self.reference.people:
            return True
        return bool(held & set(roles))

    def _roles_held(self, person_id: str) -> set[str]:
        """The role keys a person holds: a seeded person's on the publication day, else the titles the text
        writes before their name."""
        if person_id in self.reference.people:
            return set(self.reference.role_keys_of(person_id, self.published))
        return {k for p in self.people if p.entity_id == person_id for k in written_title_keys(self.text, p.start, self.reference)}

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
