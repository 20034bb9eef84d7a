"""Speakers described rather than named: unnamed ones ('a senior official'), governments ('the Chinese
side') and definite descriptions of a person already named: 'the premier added', 'The Italian leader also highlighted',
'continued the Mexican federal executive'.

The head nouns are vocabulary (``seeds/cue_words.csv``, cue type ``person_description``). A description no
name or role reference covers refers back, like he/she, to a person named in the sentences before: with a
demonym ('the Italian leader') the last one whose seeded country it names, else the first person named (not
as a possessive) in the nearest earlier sentence that names someone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ingest.extract.names import Mention
from ingest.extract.patterns import literal_alternation
from ingest.extract.text import Sentence
from ingest.reference import ReferenceData

DESCRIPTION_KIND = "person_description"
LOOKBACK_SENTENCES = 4
POSSESSIVE_AFTER = re.compile(r"['’]s\b")
NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
MODIFIER_BEFORE = re.compile(r"\b(?:close to|of|for|with|about|to)\s+$")


@lru_cache(maxsize=4)
def unnamed_pattern(reference: ReferenceData) -> re.Pattern[str]:
    """'a senior Biden administration official', 'a source familiar with the matter', 'two diplomats'."""
    heads = literal_alternation(reference.cues.get("unnamed_speaker", ()), ignore_case=True)
    # "officials said", "U.S. officials said", "senior Biden administration officials": a plural needs no article;
    # its modifiers are capitalised words or the seeds' ``unnamed_modifier`` words
    modifiers = literal_alternation(reference.cues.get("unnamed_modifier", ()), ignore_case=True)
    # nouns only ('official' is also an adjective: "the Prime Minister's official visit")
    spokespeople = literal_alternation({*reference.cues.get("spokesperson_description", ()), "aide"}, ignore_case=True)
    return re.compile(
        rf"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Oo]ther|[Aa]nother)\s+(?:[\w.’'-]+\s+){{0,5}}?(?:{heads})s?\b"
        rf"|(?<![\w-])(?:(?:[A-Z][\w.’'-]*|{modifiers})\s+){{0,4}}(?i:{heads})s\b"
        # "The Prime Minister’s official spokesman said", "Putin's aide said": someone's unnamed speaker (not
        # "Putin's spokesman Dmitry Peskov", where the name speaks)
        rf"|\b(?:[A-Z][\w.’'-]*\s+){{0,4}}[A-Z][\w.-]*['’]s\s+(?:[a-z]+\s+){{0,2}}?(?:{spokespeople})\b(?![ \t]*,?[ \t]*[A-Z])"
    )


@lru_cache(maxsize=4)
def collective_speakers(reference: ReferenceData) -> tuple[re.Pattern[str], dict[str, str]]:
    """'The Chinese side', 'the Russian authorities': a demonym and a collective noun speak for the
    country's government. Returns the pattern and the government organisation of each demonym."""
    by_demonym = {d: reference.country_government[c] for d, c in reference.demonyms.items() if reference.country_government.get(c)}
    pattern = re.compile(
        rf"\b[Tt]he\s+(?P<demonym>{literal_alternation(by_demonym)})\s+(?:side|government|authorities|leadership)\b"
    )
    return pattern, by_demonym


@lru_cache(maxsize=4)
def description_pattern(reference: ReferenceData) -> re.Pattern[str] | None:
    """'the [Demonym] [adjective] head': the demonym is a group, adjectives are lower-case words."""
    heads = reference.cues.get(DESCRIPTION_KIND, ())
    if not heads:
        return None
    lower = literal_alternation(heads, ignore_case=True)
    # abbreviations keep their capitals ("the FM said", "the PM added"); a lower-case "fm" is no title
    abbreviations = [h for h in heads if h.isupper()]
    short = f"|{literal_alternation(abbreviations)}" if abbreviations else ""
    # "the Head of State said", "the Foreign Minister added": a capitalised title stands alone too, unless a name
    # or its country ("the President of Benin") follows
    titled_heads = [" ".join(w if w in ("of", "for") else w.capitalize() for w in h.split()) for h in heads if not h.isupper()]
    short += rf"|{literal_alternation(titled_heads)}(?!\s+of\b)"
    demonyms = literal_alternation(sorted(reference.demonyms, key=len, reverse=True))
    # With a demonym the country anchors the referent, so a capitalised title may follow ("the Armenian Foreign
    # Minister", "The Costa Rican President"); without one only a lower-case head ("the premier").
    return re.compile(
        rf"\b[Tt]he\s+(?:(?P<demonym>{demonyms})\s+(?:[A-Za-z]+\s+){{0,2}}?(?P<titled>(?i:{lower}))"
        rf"|(?:(?P<word>[A-Z][a-z]+)\s+)?(?:[a-z]+\s+){{0,2}}?(?P<head>{lower}{short}))\b"
    )


# "Kenyan President William Ruto", "Kenya's President William Ruto", "President William Ruto of Kenya"
_COUNTRY_BEFORE = re.compile(r"\b(?P<word>[A-Z][a-z]+)(?:['’]s)?\s+(?:[A-Z][a-z]+\s+){1,3}$")
_COUNTRY_AFTER = re.compile(r"\s+of\s+(?P<word>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")


def person_country(text: str, person: Mention, people: list[Mention], reference: ReferenceData) -> str | None:
    """A seeded person's country; for a provisional one, the country their introduction names ('Kenyan
    President William Ruto', 'President William Ruto of Kenya')."""
    if person.entity_id in reference.people:
        return reference.people[person.entity_id].get("country")
    for m in people:
        if m.entity_id != person.entity_id or m.resolution not in ("titled", "appositive", "plain", "name"):
            continue
        for word in (
            g.group("word") if (g := _COUNTRY_BEFORE.search(text, max(0, m.start - 60), m.start)) else None,
            g.group("word") if (g := _COUNTRY_AFTER.match(text, m.end)) else None,
        ):
            if word and (country := reference.country_named(word)):
                return country
    return None


@lru_cache(maxsize=64)
def _head_forms(head: str, reference: ReferenceData) -> str:
    """The head as a regex alternation; an abbreviation ('FM', 'PM') also as the titles of its role
    (``seeds/role_phrases.csv``: 'FM' and 'foreign minister' share the role foreign_minister)."""
    forms = {head}
    if head.isupper():
        keys = {key for phrase, key, _, _ in reference.role_phrases if phrase == head}
        forms |= {phrase for phrase, key, _, _ in reference.role_phrases if key in keys}
    return literal_alternation(forms, ignore_case=True)


def _introduced_as(text: str, head: str, people: list[Mention], position: int, reference: ReferenceData) -> Mention | None:
    """'Bertalan Havasi, the Prime Minister's press chief, told MTI ... the press chief said': the latest person
    introduced with the description's head noun, as a title before the name or in an apposition after it."""
    forms = _head_forms(head, reference)
    # "Deputy Prime Minister X" is not "the prime minister"; "Foreign Minister, Faisal bin Farhan," is titled too
    # ... and "Minister of Foreign Affairs Urmas Reinsalu": the title's "of ..." part between
    of_part = r"(?:\s+(?:of|for)(?:\s+the)?(?:\s+(?-i:[A-Z])[\w’'-]*){1,3}?)?"
    title_before = re.compile(
        rf"(?<!deputy\s)(?<!vice\s)(?<!vice-)\b(?:{forms}){of_part},?\s+(?:(?-i:[A-Z])[\w.’'-]*\s+){{0,2}}$", re.IGNORECASE
    )
    title_inside = re.compile(rf"(?:{forms})\s", re.IGNORECASE)
    apposition_after = re.compile(rf",\s+(?:the\s+)?[^,.;:“”\"]{{0,50}}?\b(?:{forms})\b", re.IGNORECASE)
    introduced = [
        m
        for m in people
        if m.start < position
        and (
            title_before.search(text, max(0, m.start - 40), m.start)
            or apposition_after.match(text, m.end)
            or title_inside.match(text, m.start, m.end)  # "King Abdullah II": the title is part of the seeded name
        )
    ]
    return introduced[-1] if introduced else None


def describe_referent(
    text: str,
    position: int,
    demonym: str | None,
    sentences: list[Sentence],
    people: list[Mention],
    reference: ReferenceData,
    head: str | None,
    reports: Callable[[Mention], bool],
) -> Mention | None:
    """The person a description at ``position`` refers to, among ``people`` (person mentions) named before it;
    ``reports`` tells whether a mention is the subject of a speech verb right after it."""
    current = next((s for s in sentences if s.start <= position < s.end), None)
    if current is None:
        return None
    # "the EAM said": an abbreviated title is the person introduced with it ("External Affairs Minister S Jaishankar")
    if head and not demonym and (head.isupper() or head.lower() in reference.cues.get("introduced_description", ())):
        introduced = _introduced_as(text, head, people, position, reference)
        if introduced or head.lower() in reference.cues.get("spokesperson_description", ()):
            # "the spokesperson said" after "announced the Foreign Office spokesperson": one who speaks for
            # another is only the person introduced with that title, never the person named last
            return introduced
    floor = sentences[max(0, current.index - LOOKBACK_SENTENCES)].start
    before = [m for m in people if floor <= m.start < position and not POSSESSIVE_AFTER.match(text, m.end)]
    if demonym:
        country = reference.country_named(demonym)  # "the Kenya leader"
        if country is None:
            return None
        # once per person: a provisional person's country is read from all their mentions
        countries = {pid: person_country(text, m, people, reference) for pid, m in {m.entity_id: m for m in before}.items()}
        fits = [m for m in before if countries[m.entity_id] == country]
        # "the Moldovan Prime Minister": of that country's people, the one introduced with that title
        titled = _introduced_as(text, head, fits, position, reference) if head and fits else None
        if titled or fits:
            return titled or fits[-1]
        # "Minister of Foreign Affairs Urmas Reinsalu ... the Estonian minister": no one is known to be of that
        # country, so the one person whose country the text does not tell, introduced with the head's title
        unknown = {m.entity_id: m for m in before if countries[m.entity_id] is None and head}
        titled_unknown = [m for pid, m in unknown.items() if _introduced_as(text, head, [x for x in before if x.entity_id == pid], position, reference)]
        return titled_unknown[0] if len(titled_unknown) == 1 else None
    # not the description's own sentence: "The incoming Trump administration ..., the premier added"
    for sentence in reversed(sentences[max(0, current.index - LOOKBACK_SENTENCES) : current.index]):
        named = [m for m in before if sentence.start <= m.start < sentence.end]
        if named:
            # "Upon receiving Ebrard, Blinken said ... '...,' said the leader of US diplomacy": the one who spoke
            return next((m for m in named if reports(m)), named[0])
    return None


def described_people(
    text: str,
    start: int,
    end: int,
    taken: list[tuple[int, int]],
    sentences: list[Sentence],
    mentions: list[Mention],
    reference: ReferenceData,
    reports: Callable[[Mention], bool],
) -> list[tuple[int, int, Mention]]:
    """Descriptions in [start, end) that overlap no ``taken`` span and are no possessive ('the president's
    aide'), each with the person it refers to."""
    pattern = description_pattern(reference)
    if pattern is None:
        return []
    people = [m for m in mentions if m.entity_type == "person"]
    found = []
    for m in pattern.finditer(text, start, end):
        if any(s < m.end() and m.start() < e for s, e in taken) or POSSESSIVE_AFTER.match(text, m.end()):
            continue
        if NAME_AFTER.match(text, m.end()):
            continue  # "the FM Wang Yi": a title before a name, not a description
        if MODIFIER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "sources close to the Argentine President": the description is in the speaker's modifier
        head = m.group("head") or m.group("titled")
        demonym = m.group("demonym") or m.group("word")
        if referent := describe_referent(text, m.start(), demonym, sentences, people, reference, head, reports):
            found.append((m.start(), m.end(), referent))
    return found
