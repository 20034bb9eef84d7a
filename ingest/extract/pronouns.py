"""Whom 'he' and 'she' point to: mixed into :class:`~ingest.extract.speakers.Attributor`.

The subject (first person named) of the nearest earlier sentence that fits the pronoun's gender, with the
exceptions news style needs: a fronted 'In his talks with X, Wang said', a closing 'he said' after a list of
people, a sentence opened by a pronoun of its own, a possessive before a titled name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.given_names import given_name_gender
from ingest.extract.names import Mention
from ingest.extract.speaker_model import Speaker

if TYPE_CHECKING:
    from ingest.extract.text import Sentence
    from ingest.reference import ReferenceData

FRONTED_PHRASE = re.compile(r"(?:\w+,\s+)?(?:[Ii]n|[Aa]t|[Ff]or|[Dd]uring|[Aa]fter|[Ff]ollowing|[Bb]efore|[Oo]n)\s+(?:his|her)\b")
PRONOUN_ANY = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b")
PRONOUN_LOOKBACK = 4
SPEECH_AFTER_PRONOUN = 12  # "he said", "she added": the pronoun is the speech verb's subject
TAIL_ATTRIBUTION = re.compile(r"(?:he|she)\s+(?:\w+\s+)?\w+[.!]?\s*", re.IGNORECASE)  # "she said." closing the sentence
ASKED_ABOUT = re.compile(r"\s*(?:When\s+)?(?:Asked|Questioned|Pressed)\b[^,]*,")


class PronounResolution:
    """he/she/his/her resolved to a person named before."""

    text: str
    sentences: list[Sentence]
    mentions: list[Mention]
    reference: ReferenceData

    def resolve_pronoun(self, position: int, pronoun: str, exclude: set[str] | frozenset[str] = frozenset()) -> Speaker | None:
        """he/she -> the subject (first person mentioned) of the nearest earlier sentence that fits (not ``exclude``)."""
        gender = "f" if pronoun in ("she", "her") else "m"
        current = next((s for s in self.sentences if s.start <= position < s.end), None)
        if current is None:
            return None
        next_comma = self.text.find(",", position, current.end)
        if next_comma != -1 and FRONTED_PHRASE.match(self.text, current.start, position + 3):
            # "In his talks with X, Wang said": the pronoun points ahead to the main subject.
            after = next((m for m in self.mentions if m.entity_type == "person" and next_comma < m.start <= next_comma + 3), None)
            if after:
                return Speaker("person", after.entity_id, after.name, after.surface, via_pronoun=True)
        speaks = bool(self.cues("speech", position, position + SPEECH_AFTER_PRONOUN))
        # "Wang will meet A, B and C, she said.": the people before a closing attribution are what was said
        tail = (
            speaks
            and TAIL_ATTRIBUTION.fullmatch(self.text, position, current.end)
            and self.text[current.start : position].rstrip().endswith(",")
        )
        last = current.index - 1 if tail else current.index
        for sentence in reversed(self.sentences[max(0, current.index - PRONOUN_LOOKBACK) : last + 1]):
            limit = position if sentence.index == current.index else sentence.end
            floor = sentence.start
            if sentence.index == current.index and (asked := ASKED_ABOUT.match(self.text, sentence.start, position)):
                floor = asked.end()  # "Asked about a meeting between Putin and Zelensky, he said": not them
            people = [m for m in self.mentions if m.entity_type == "person" and floor <= m.start < limit]
            if speaks:
                # '"... the president will meet X ...," he said': nobody named inside the quotes is the speaker;
                # "For now, Zelensky's calendar has no visit, he said": nor is a name that only modifies
                people = [m for m in people if not self.in_quote(m.start)]
                if sentence.index == current.index or PRONOUN_ANY.search(self.text, sentence.start, sentence.end):
                    # an earlier "Zelensky's calendar ..., he said": its speaker is the pronoun's, further back
                    people = [m for m in people if not self._possessive(m)]
                if not people and sentence.index != current.index:
                    continue
            leading_pronoun = PRONOUN_ANY.search(self.text, sentence.start, people[0].start if people else limit)
            if leading_pronoun and people and FRONTED_PHRASE.match(self.text, sentence.start, leading_pronoun.end() + 1):
                # "During his last visit to Pakistan, David Cameron had said": the pronoun points ahead to the subject
                leading_pronoun = None
            if leading_pronoun and people and self._titles_only(leading_pronoun, people[0]):
                leading_pronoun = None  # "His Ecuadorean counterpart Rafael Correa said": the name is the subject
            if sentence.index != current.index and leading_pronoun:
                continue  # that sentence's subject is itself a pronoun: look further back
            # "..., Ushakov said. '...,' he added": the one reporting speech first; "Trump's son-in-law" never
            if sentence.index != current.index:
                people = sorted(people, key=lambda m: (not self._reports(m), self._possessive(m)))
                if subject := self._described_subject(floor, people[0].start if people else limit):
                    people = [subject, *people]  # "The EAM said that ... Wang Yi ... He said": the EAM
            for mention in people:
                if (referent := self.pronoun_referent(mention, gender)) and referent.speaker_id not in exclude:
                    return referent
        return None

    def _titles_only(self, pronoun: re.Match[str], person: Mention) -> bool:
        """Whether a possessive pronoun and only titles and demonyms stand before ``person`` ('His Ecuadorean
        counterpart Rafael Correa', 'her deputy, Foreign Minister X'): the pronoun qualifies the named person."""
        if pronoun.group(0).lower() not in ("his", "her"):
            return False
        words = re.findall(r"[\w’'-]+", self.text[pronoun.end() : person.start])
        titles = self.reference.cues.get("title", set())
        return 0 < len(words) <= 4 and all(w.lower() in titles or w in self.reference.demonyms or w[0].isupper() for w in words)

    def _described_subject(self, start: int, end: int) -> Mention | None:
        """The person a description ('the sheikh', 'the EAM') before any named person of a sentence refers to."""
        return next((who for _, _, who in self._described(start, end, [])), None)

    def _reports(self, mention: Mention) -> bool:
        """'Ushakov said', 'Peskov told reporters': the mention is the subject of a speech verb right after it."""
        return any(m.start() - mention.end <= 2 for m in self.cues("speech", mention.end, mention.end + 12))

    def pronoun_referent(self, mention: Mention, gender: str) -> Speaker | None:
        """``mention`` as what a pronoun of ``gender`` ('m' or 'f') refers to; None when its seeded gender differs."""
        known = self.reference.people.get(mention.entity_id, {}).get("gender")
        if known is None and mention.entity_id not in self.reference.people and mention.name.split():
            known = given_name_gender(mention.name.split()[0])[1]  # an unseeded "Raul Castro" is no "she"
        if known and known != gender:
            return None
        return Speaker("person", mention.entity_id, mention.name, mention.surface, via_pronoun=True)
