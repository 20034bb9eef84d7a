"""Who is the subject of a verb: shared by quote speakers and announcers."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ingest.extract.descriptions import collective_speakers, described_people, unnamed_pattern
from ingest.extract.given_names import given_name_gender
from ingest.extract.names import Mention
from ingest.extract.patterns import word_pattern
from ingest.extract.text import Sentence
from ingest.reference import ReferenceData

if TYPE_CHECKING:
    from ingest.extract.document import Document

ATTRIBUTION_CUES = ("speech", "announcement", "according_to", "other_attribution", "stance")  # the kinds indexed
CLAUSE_BOUNDARY = re.compile(r"[,;:—–(]|\s-\s")
SHORT_ASIDE = re.compile(r"\([^(),;:]{1,30}\)")  # "(MFA)", "(Aug 19)": an acronym or a date in parentheses
PRONOUN = re.compile(r"\b(?P<p>[Hh]e|[Ss]he)\b")
RELATIVE_WHO = re.compile(r"\s*who\s+(?:[a-z]+\s+){0,2}$")
FRONTED_PHRASE = re.compile(r"(?:\w+,\s+)?(?:[Ii]n|[Aa]t|[Ff]or|[Dd]uring|[Aa]fter|[Ff]ollowing|[Bb]efore|[Oo]n)\s+(?:his|her)\b")
IT_PRONOUN = re.compile(r"\b[Ii]t\b")
# "it said", "it had highlighted", "it also noted": then a speech verb (seeds/cue_words.csv)
IT_AUXILIARY = re.compile(r"\s+(?:(?:had|has|also)\s+){0,2}")
PRONOUN_ANY = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b")
PERSON, ORGANISATION, COUNTRY, MEDIA = 0, 1, 2, 3
PRONOUN_LOOKBACK = 4
SPEECH_AFTER_PRONOUN = 12  # "he said", "she added": the pronoun is the speech verb's subject
# "according to a White House readout of Sullivan's meeting with Wang": the body's document speaks
BODY_DOCUMENT = re.compile(r"\s+(?:statement|readout|communiqu[eé]|press release|transcript)\b", re.IGNORECASE)
# who issued "the statement": "Poroshenko said in a statement", "Poroshenko's statement", "In a statement, Ruto said"
# "Mr. Femi Adesina, disclosed this in a statement", "Adesina issued a statement"
ISSUED_STATEMENT = re.compile(
    r"(?:['’]s|,?\s+(?:[a-z]+\s+){1,3}(?:in|via)\s+a|,?\s+(?:has\s+|had\s+)?(?:issued|released|put\s+out)\s+a)"
    r"\s+(?:[\w-]+\s+)?statement\b"
)
# "a statement signed on Wednesday by his Senior Special Assistant on Media, Garba Shehu": the signer issued it
SIGNED_BY_BEFORE = re.compile(r"\bstatement\s+(?:signed|issued|released|sent|posted|made)\b[^.;“”\"]{0,120}?\bby\b[^.;“”\"]{0,100}$")
STATEMENT_OPENING = re.compile(r"\b[Ii]n\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?statement,?\s+(?:[A-Z][\w.-]*\s+){0,3}$")
STATEMENT_LOOKBACK = 2000  # 'the statement' may be quoted paragraphs after the body that issued it was named
IT_STATEMENT_REACH = 300  # '"...," the statement said. "...," it said': 'it' is the statement told just before
TITLE_PHRASE_JOINERS = {"of", "for", "in", "the", "and", "to"}
SPOKESPERSON_BEFORE = re.compile(r"\bspokes(?:man|woman|person)\s*$", re.IGNORECASE)
TAIL_ATTRIBUTION = re.compile(r"(?:he|she)\s+(?:\w+\s+)?\w+[.!]?\s*", re.IGNORECASE)  # "she said." closing the sentence
ASKED_ABOUT = re.compile(r"\s*(?:When\s+)?(?:Asked|Questioned|Pressed)\b[^,]*,")
POSSESSIVE_MODIFIER = re.compile(r"['’]s\s+[a-z]")
PARTICIPLE = re.compile(r"[a-z]+ing\b")
PLACE_AFTER_PREPOSITION = re.compile(r"\b(?:over|on|in|with|to|for|about|against|from|at|of|into|toward|towards)\s+(?:the\s+)?$")
STATEMENT = re.compile(
    r"\b[Tt]he\s+(?:(?:joint|official|written|same|final)\s+)?(?:statement|readout|communiqu[eé]|press release|report|press service|document)\b"
)
# "reads the communique from the Presidential Press Unit": the issuer named right after the statement
ISSUER_AFTER = re.compile(r"\s+(?:from|by|of|issued by)\s+")
# '"...," the tweet added': the tweet's author, the person named before who "tweeted" or "posted"
SOCIAL_POST = re.compile(r"\b[Tt]he\s+(?:tweet|post)\b")
POSTED = re.compile(r"[^.;“”\"]{0,80}?\b(?:tweeted|posted|wrote on (?:X|Twitter|Facebook|Telegram|Instagram))\b")
POST_LOOKBACK = 600
# "the ministry said in a statement": a body named earlier, referred to by its head noun
DEFINITE_BODY = re.compile(
    r"\b[Tt]he\s+(?:(?:news|official|state|press)\s+)?(?P<head>ministry|department|office|embassy|agency|commission|council|government)\b"
)  # ... and "the news agency reported": KCNA named before


@lru_cache(maxsize=4)
def _alias_words(reference: ReferenceData) -> dict[str, frozenset[str]]:
    """Per organisation, the lower-case words of all its seeded names."""
    words: dict[str, set[str]] = {}
    for alias, oid in reference.organisation_aliases.items():
        words.setdefault(oid, set()).update(alias.lower().split())
    return {oid: frozenset(w) for oid, w in words.items()}


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker or announcer: a person or an organisation."""

    speaker_type: str  # person | organisation
    speaker_id: str
    name: str
    surface: str
    via_pronoun: bool = False


# An unnamed speaker ("a senior Biden administration official said"): a subject was found, but nobody in
# particular; quotes keep it as a null speaker, announcements skip it.
UNNAMED = Speaker("unnamed", "", "an unnamed speaker", "")
# "sources close to the Argentine President": an unnamed speaker whose modifier names someone
SOURCES_CLOSE_TO = re.compile(
    r"\b(?:[Ss]ources?|[Pp]eople|[Aa]ides|[Oo]fficials)\s+(?:close|familiar|near)\s+(?:to|with)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s*){1,4}"
)
# "told Reuters", "telling reporters": the one spoken to is not the speaker
LISTENER_BEFORE = re.compile(r"\b(?:told|tells|telling|tell)\s+(?:the\s+)?$")


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    klass: int
    speaker: Speaker | None  # None for a pronoun, resolved on demand
    pronoun: str | None = None


@lru_cache(maxsize=4)
def _cue_index(reference: ReferenceData) -> tuple[re.Pattern[str], dict[str, list[str]]]:
    """One regex for every attribution cue word, and the kinds each lower-cased cue belongs to."""
    kinds: dict[str, list[str]] = {}
    for kind in ATTRIBUTION_CUES:
        for word in reference.cues.get(kind, ()):
            kinds.setdefault(word.lower(), []).append(kind)
    return word_pattern(kinds), kinds


class Attributor:
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
        unnamed = [m.span() for m in unnamed_pattern(self.reference).finditer(self.text, start, end) if not self.in_quote(m.start())]
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

    def _post_author(self, position: int) -> Speaker | None:
        """Who wrote 'the tweet' at ``position``: the last person named before who tweeted or posted."""
        for c in reversed(self.candidates_before(position, POST_LOOKBACK)):
            if c.klass == PERSON and c.speaker and POSTED.match(self.text, c.end):
                return c.speaker
        return None

    def _issuer_after(self, position: int) -> Speaker | None:
        """'the communique from the Presidential Press Unit': the body named right after the statement."""
        joiner = ISSUER_AFTER.match(self.text, position)
        if joiner is None:
            return None
        start = joiner.end() + (4 if self.text.startswith(("the ", "The "), joiner.end()) else 0)
        body = next((m for m in self.mentions if m.start == start and m.entity_type == "organisation"), None)
        return (c.speaker if body and (c := self._as_candidate(body)) else None)

    def _statement_issuer(self, position: int) -> Speaker | None:
        """Who issued 'the statement' at ``position``: the organisation named before, or the person who spoke
        'in a statement' ('Poroshenko said in a statement') if named later."""
        before = self.candidates_before(position, STATEMENT_LOOKBACK)
        return next(
            (
                c.speaker
                for c in reversed(before)
                if c.klass == ORGANISATION
                or (
                    c.klass == PERSON
                    and (
                        ISSUED_STATEMENT.match(self.text, c.end)
                        or STATEMENT_OPENING.search(self.text, max(0, c.start - 40), c.start)  # "In a statement, Ruto said"
                        or (
                            SIGNED_BY_BEFORE.search(self.text, max(0, c.start - 240), c.start)
                            and not self.text.startswith(("'s", "’s"), c.end)  # "issued by Szijjarto's ministry"
                        )
                    )
                )
            ),
            None,
        )

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

    def _antecedent_body(self, position: int, head: str) -> Speaker | None:
        """'the ministry said': the last organisation named before whose name has that head noun."""
        for mention in reversed(self.mentions):
            if mention.start >= position or mention.entity_type != "organisation":
                continue
            if head in mention.name.lower().split() or head in _alias_words(self.reference).get(mention.entity_id, ()):
                # "Dirco said ... the department said": a head word of any of the body's names
                return Speaker("organisation", mention.entity_id, mention.name, mention.surface)
        return None

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

    def opening_description(self, start: int, end: int) -> Mention | None:
        """The person a description opening [start, end) describes ('The Kenyan leader was ...'), if any."""
        for s, _, who in self._described(start, end, []):
            if re.fullmatch(r"\s*(?:[A-Z]\w+,\s+)?", self.text[start:s]):
                return who
        return None

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

    def clause_start(self, position: int, floor: int) -> int:
        """Start of the clause that ends at ``position`` (after the last comma, colon, dash...)."""
        last = floor
        asides = [a.span() for a in SHORT_ASIDE.finditer(self.text, floor, position)]
        for m in CLAUSE_BOUNDARY.finditer(self.text, floor, position):
            if any(a_start <= m.start() < a_end for a_start, a_end in asides):
                continue  # "the Ministry of Foreign Affairs (MFA) said": a closed short aside is no clause break
            if not self.in_quote(m.start()):
                last = m.end()
        return last

    def clause_end(self, position: int, ceiling: int) -> int:
        """End of the clause that starts at ``position``; 'the Foreign Ministry Spokesman, Arrmanatha Nasir', 'said
        Acting Minister in the Presidency, Khumbudzo Ntshavheni': a name set off after a title is in it."""
        for m in CLAUSE_BOUNDARY.finditer(self.text, position, ceiling):
            if self.in_quote(m.start()):
                continue
            if (SPOKESPERSON_BEFORE.search(self.text, position, m.start()) or self._title_only(position, m.start())) and (
                named := next((p for p in self.mentions if p.entity_type == "person" and m.end() <= p.start <= m.end() + 2), None)
            ):
                return named.end
            return m.start()
        return ceiling

    def _title_only(self, start: int, end: int) -> bool:
        """Whether [start, end) is a title phrase alone: a title word opens it, capitalised words and joiners
        follow ('Acting Minister in the Presidency'), and nobody is named in it."""
        words = re.findall(r"[\w’'-]+", self.text[start:end])
        titles = self.reference.cues.get("title", set())
        if not words or not any(w.lower() in titles for w in words[:3]):
            return False
        if any(start <= p.start < end for p in self.mentions if p.entity_type == "person"):
            return False
        return all(w[0].isupper() or w.lower() in TITLE_PHRASE_JOINERS for w in words)

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
