"""Who is the subject of a verb: shared by quote speakers and announcers."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ingest.extract.clauses import ClauseBounds
from ingest.extract.descriptions import collective_speakers, described_people, unnamed_pattern
from ingest.extract.issuers import DocumentIssuers
from ingest.extract.names import Mention
from ingest.extract.patterns import word_pattern
from ingest.extract.pronouns import PronounResolution
from ingest.extract.speaker_model import COUNTRY, MEDIA, ORGANISATION, PERSON, UNNAMED, Candidate, Speaker
from ingest.extract.text import Sentence
from ingest.reference import ReferenceData

if TYPE_CHECKING:
    from ingest.extract.document import Document

ATTRIBUTION_CUES = ("speech", "announcement", "according_to", "other_attribution", "stance")  # the kinds indexed
PRONOUN = re.compile(r"\b(?P<p>[Hh]e|[Ss]he)\b")
RELATIVE_WHO = re.compile(r"\s*who\s+(?:[a-z]+\s+){0,2}$")
IT_PRONOUN = re.compile(r"\b[Ii]t\b")
# "it said", "it had highlighted", "it also noted": then a speech verb (seeds/cue_words.csv)
IT_AUXILIARY = re.compile(r"\s+(?:(?:had|has|also)\s+){0,2}")
# "according to a White House readout of Sullivan's meeting with Wang": the body's document speaks
BODY_DOCUMENT = re.compile(r"\s+(?:statement|readout|communiqu[eé]|press release|transcript)\b", re.IGNORECASE)
IT_STATEMENT_REACH = 300  # '"...," the statement said. "...," it said': 'it' is the statement told just before
POSSESSIVE_MODIFIER = re.compile(r"['’]s\s+[a-z]")
PARTICIPLE = re.compile(r"[a-z]+ing\b")
PLACE_AFTER_PREPOSITION = re.compile(r"\b(?:over|on|in|with|to|for|about|against|from|at|of|into|toward|towards)\s+(?:the\s+)?$")
STATEMENT = re.compile(
    r"\b[Tt]he\s+(?:(?:joint|official|written|same|final)\s+)?(?:statement|readout|communiqu[eé]|press release|report|press service|document)\b"
)
# '"...," the tweet added': the tweet's author, the person named before who "tweeted" or "posted"
SOCIAL_POST = re.compile(r"\b[Tt]he\s+(?:tweet|post)\b")
# "the ministry said in a statement": a body named earlier, referred to by its head noun
DEFINITE_BODY = re.compile(
    r"\b[Tt]he\s+(?:(?:news|official|state|press)\s+)?(?P<head>ministry|department|office|embassy|agency|commission|council|government|(?<=press\s)service)\b"
)  # ... and "the news agency reported": KCNA named before


# "sources close to the Argentine President": an unnamed speaker whose modifier names someone
SOURCES_CLOSE_TO = re.compile(
    r"\b(?:[Ss]ources?|[Pp]eople|[Aa]ides|[Oo]fficials)\s+(?:close|familiar|near)\s+(?:to|with)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s*){1,4}"
)
# "told Reuters", "telling reporters": the one spoken to is not the speaker
LISTENER_BEFORE = re.compile(r"\b(?:told|tells|telling|tell)\s+(?:the\s+)?$")


@lru_cache(maxsize=4)
def _cue_index(reference: ReferenceData) -> tuple[re.Pattern[str], dict[str, list[str]]]:
    """One regex for every attribution cue word, and the kinds each lower-cased cue belongs to."""
    kinds: dict[str, list[str]] = {}
    for kind in ATTRIBUTION_CUES:
        for word in reference.cues.get(kind, ()):
            kinds.setdefault(word.lower(), []).append(kind)
    return word_pattern(kinds), kinds


class Attributor(ClauseBounds, PronounResolution, DocumentIssuers):
    """Finds subjects of speech and announcement verbs in one article."""

    def __init__(
        self,
        text: str,
        sentences: list[Sentence],
        mentions: list[Mention],
        quote_spans: list[tuple[int, int]],
        reference: ReferenceData,
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.quote_spans = sorted(quote_spans)
        self._quote_starts = [start for start, _ in self.quote_spans]
        self.reference = reference
        self.mentions = [m for m in mentions if not self.in_quote(m.start)]
        pattern, kinds = _cue_index(reference)
        by_kind: dict[str, list[re.Match[str]]] = {}
        for m in pattern.finditer(text):
            if not self.in_quote(m.start()):
                for kind in kinds[m.group(0).lower()]:
                    by_kind.setdefault(kind, []).append(m)
        self._cues = {kind: ([m.start() for m in found], found) for kind, found in by_kind.items()}

    def in_quote(self, position: int) -> bool:
        """Whether ``position`` falls inside a quotation."""
        index = bisect_right(self._quote_starts, position) - 1
        return index >= 0 and position < self.quote_spans[index][1]

    def cues(self, kind: str, start: int, end: int) -> list[re.Match[str]]:
        """Cue-word matches of ``kind`` (seeds/cue_words.csv) in [start, end), outside quotes."""
        starts, matches = self._cues.get(kind, ([], []))
        found = matches[bisect_left(starts, start) : bisect_left(starts, end)]
        return [m for m in found if m.end() <= end]

    def _as_candidate(self, mention: Mention) -> Candidate | None:
        ref = self.reference
        if mention.entity_type == "person":
            speaker = Speaker("person", mention.entity_id, mention.name, mention.surface)
            return Candidate(mention.start, mention.end, PERSON, speaker)
        if mention.entity_type == "organisation":
            org = ref.organisations.get(mention.entity_id, {})  # a provisional body ('prov_org_...') is in no seed
            klass = MEDIA if org.get("org_type") == "media" else ORGANISATION
            speaker = Speaker("organisation", mention.entity_id, mention.name, mention.surface)
            return Candidate(mention.start, mention.end, klass, speaker)
        place = ref.places.get(mention.entity_id, {})
        government = place.get("government_organisation_id") if place.get("place_type") in ("country", "capital") else None
        if government and PLACE_AFTER_PREPOSITION.search(self.text, max(0, mention.start - 12), mention.start):
            return None  # "over Taiwan", "in Beijing": a place, not a speaker
        if government:
            name = ref.organisations[government]["canonical_name"]
            return Candidate(mention.start, mention.end, COUNTRY, Speaker("organisation", government, name, mention.surface))
        return None

    def candidates(self, start: int, end: int) -> list[Candidate]:
        """Possible subjects in [start, end): entity mentions, unnamed speakers and he/she, outside quotes.

        A name inside an unnamed speaker's phrase ('a senior Biden administration official') is not one, nor
        is the one spoken to ('told Reuters')."""
        unnamed = [
            m.span() for m in unnamed_pattern(self.reference).finditer(self.text, start, end) if not self.in_quote(m.start())
        ]
        # "sources close to the Argentine President": the president only says who the sources are
        unnamed += [m.span() for m in SOURCES_CLOSE_TO.finditer(self.text, start, end) if not self.in_quote(m.start())]
        # "a Chinese Foreign Ministry spokesperson": the body they speak for; "a Biden administration official": nobody
        bodies = {(s, e) for s, e in unnamed for m in self.mentions if s <= m.start < e and m.entity_type == "organisation"}
        found = [
            c
            for m in self.mentions
            if start <= m.start
            and m.end <= end
            and not (m.entity_type != "organisation" and any(s <= m.start < e for s, e in unnamed))
            and not LISTENER_BEFORE.search(self.text, max(0, m.start - 12), m.start)
            and (c := self._as_candidate(m))
        ]
        found += [Candidate(s, e, PERSON, UNNAMED) for s, e in unnamed if (s, e) not in bodies]
        collective, governments = collective_speakers(self.reference)
        for m in collective.finditer(self.text, start, end):
            government = governments[m.group("demonym")]
            name = self.reference.organisations[government]["canonical_name"]
            found.append(Candidate(m.start(), m.end(), COUNTRY, Speaker("organisation", government, name, m.group(0))))
        for m in STATEMENT.finditer(self.text, start, end):
            if body := self._issuer_after(m.end()) or self._statement_issuer(m.start()):
                found.append(Candidate(m.start(), m.end(), ORGANISATION, replace(body, surface=m.group(0))))
        for m in SOCIAL_POST.finditer(self.text, start, end):
            if author := self._post_author(m.start()):
                found.append(Candidate(m.start(), m.end(), PERSON, replace(author, surface=m.group(0))))
        for m in DEFINITE_BODY.finditer(self.text, start, end):
            body = self._antecedent_body(m.start(), m.group("head").lower())
            if body and not any(c.start <= m.start() < c.end for c in found):
                found.append(Candidate(m.start(), m.end(), ORGANISATION, replace(body, surface=m.group(0))))
        for m in PRONOUN.finditer(self.text, start, end):
            if not self.in_quote(m.start()):
                found.append(Candidate(m.start(), m.end(), PERSON, None, m.group("p").lower()))
        found += self._descriptions(start, end, found)
        for m in IT_PRONOUN.finditer(self.text, start, end):
            auxiliary = IT_AUXILIARY.match(self.text, m.end())
            verb_at = auxiliary.end() if auxiliary else m.end()
            if not any(c.start() == verb_at for c in self.cues("speech", verb_at, verb_at + 20)):
                continue
            # '“...,” it said in a statement': the body named last before; 'Russia has urged ... what it has
            # labeled': a country named last speaks through its government
            last = next((c for c in reversed(self.candidates_before(m.start())) if c.klass in (ORGANISATION, COUNTRY)), None)
            statement = list(STATEMENT.finditer(self.text, max(0, m.start() - IT_STATEMENT_REACH), m.start()))
            if statement and (issuer := self._statement_issuer(statement[-1].start())):
                # '"...," the statement said. "...," it said': 'it' is the statement
                last = Candidate(m.start(), m.end(), ORGANISATION if issuer.speaker_type == "organisation" else PERSON, issuer)
            if last and last.speaker and not self.in_quote(m.start()):
                found.append(Candidate(m.start(), m.end(), last.klass, replace(last.speaker, surface=m.group(0))))
        return sorted(found, key=lambda c: c.start)

    def _descriptions(self, start: int, end: int, found: list[Candidate]) -> list[Candidate]:
        """'the premier added', 'The Italian leader': a person named before (descriptions.py), where no name covers it."""
        return [
            Candidate(s, e, PERSON, Speaker("person", who.entity_id, who.name, self.text[s:e], via_pronoun=True))
            for s, e, who in self._described(start, end, [(c.start, c.end) for c in found])
        ]

    def _described(self, start: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int, Mention]]:
        """Descriptions outside quotes in [start, end) that no name or ``taken`` span covers, with their person."""
        # a place inside may be the description's country ("the Kenya leader"); people and bodies are names
        taken = taken + [(m.start, m.end) for m in self.mentions if m.entity_type != "place"]
        found = described_people(self.text, start, end, taken, self.sentences, self.mentions, self.reference, self._reports)
        return [(s, e, who) for s, e, who in found if not self.in_quote(s)]

    def candidates_before(self, position: int, lookback: int = 600) -> list[Candidate]:
        """Entity candidates (no pronouns) in the ``lookback`` characters before ``position``."""
        low = max(0, position - lookback)
        return [c for m in self.mentions if low <= m.start and m.end <= position and (c := self._as_candidate(m))]

    def best(self, start: int, end: int, allow_media: bool = True) -> Speaker | None:
        """The likeliest subject in [start, end): people before organisations before countries."""
        options = [c for c in self.candidates(start, end) if allow_media or c.klass != MEDIA]
        if not options:
            return None
        first = min(options, key=lambda c: c.start)
        if first.klass == ORGANISATION and BODY_DOCUMENT.match(self.text, first.end) and first.speaker is not None:
            return first.speaker  # the people named after "a White House readout of" are what it is about
        # "Kim's sister, Kim Yo Jong, said": a possessive modifies the noun after it; the subject is the name
        chosen = min(options, key=lambda c: (c.klass, self._possessive(c), c.start))
        if chosen.speaker is not None:
            return chosen.speaker
        return self.resolve_pronoun(chosen.start, chosen.pronoun or "he")

    def _possessive(self, candidate: Candidate | Mention) -> bool:
        """'Trump's son-in-law': the name only modifies the noun after it."""
        return bool(POSSESSIVE_MODIFIER.match(self.text, candidate.end))

    def is_media(self, speaker: Speaker) -> bool:
        """Whether a speaker is a news organisation (a source rather than a speaker)."""
        org = self.reference.organisations.get(speaker.speaker_id)
        return bool(org and org["org_type"] == "media")

    def opening_description(self, start: int, end: int) -> Mention | None:
        """The person a description opening [start, end) describes ('The Kenyan leader was ...'), if any."""
        for s, _, who in self._described(start, end, []):
            if re.fullmatch(r"\s*(?:[A-Z]\w+,\s+)?", self.text[start:s]):
                return who
        return None

    def subject_of(self, cue_start: int, floor: int) -> Speaker | None:
        """Subject of a verb at ``cue_start``: first in its clause, else anywhere since ``floor``.

        In ", who called it ..." the subject is the name the relative clause hangs on.
        """
        clause = self.clause_start(cue_start, floor)
        if not self.text[clause:cue_start].strip() and PARTICIPLE.match(self.text, cue_start):
            # "..., the State Department said, describing the talks as ...": the subject of the verb before
            main = [m for m in self.cues("speech", floor, clause) if m.end() <= clause]
            if main:
                return self.subject_of(main[-1].start(), floor)
        if RELATIVE_WHO.match(self.text, clause, cue_start):
            antecedent = [c for c in self.candidates(floor, clause) if c.speaker is not None and clause - 3 <= c.end <= clause]
            if antecedent:
                return antecedent[-1].speaker
        return self.best(clause, cue_start) or self.best(floor, cue_start)


def add_speakers(doc: Document) -> None:
    """Pipeline component: add ``doc.speakers``, the index of speech/announcement cues and speaker candidates
    (reads mentions and quote spans)."""
    spans = [(s.outer_start, s.outer_end) for s in doc.quote_spans]
    doc.speakers = Attributor(doc.text, doc.sentences, doc.mentions, spans, doc.reference)
