"""Bodies the seeds lack, named in full: 'the Office of the Prime Minister (OPM)', 'the Dubai Media Office',
'the Office of the President-Elect of the Argentine Republic'.

A run of capitalised words holding a body head noun (``seeds/cue_words.csv`` cue type ``body_head``: Office,
Ministry, Department, ...; a diplomatic mission, cue type ``mission_head``, with its host: 'the Indian Embassy
in Oman') that no organisation or person mention covers becomes a provisional organisation
``prov_org_<name>`` (as unseeded people become ``prov_<name>``), so it can speak and announce. A parenthesised
acronym right after it ('(OPM)') and later repeats of the full name are that body too. A venue ('in the Oval
Office', ``seeds/cue_words.csv`` cue type ``not_body``) and a news agency are no body; a bare kind ('the
Foreign Ministry') is one only when the home bodies found no seeded body for it. A country's government the seeds
lack ('the Bulgarian government') and a leader's or government's press service ('the Belarusian president's press
service', 'the press service of the President of Uzbekistan') are provisional bodies too. Runs after the seeded
names and the home bodies, which win.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.document import Document
from ingest.extract.names import Mention
from ingest.extract.patterns import literal_alternation
from ingest.extract.spans import SpanIndex
from ingest.extract.text import LOWER, UPPER, slug, whole_word_spans
from ingest.reference import ReferenceData

PREFIX = "prov_org_"
# a word, or an abbreviation with its stops ("U.S."); not a word ending a sentence: "of Turkey. Other ..."
_WORD = rf"[{UPPER}](?:(?:\.[A-Z])+\.?|[{LOWER}A-Z’'-]*)"
_VENUE_BEFORE = re.compile(r"\b(?:in|at|inside|outside)\s+(?:the\s+)?$", re.IGNORECASE)
_ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>[A-Z]{2,6})\)")
_NOT_BODIES = re.compile(r"\b(?:News|Agency|Times|Post|Press)\b")
# "the Belarusian president's press service", "the Armenian presidential press service", "the press service of the
# President of Uzbekistan", "the press service of the Georgian government": a leader's or government's press service
# (a bare "the press service" is no name: it refers back to one)
PRESS_SERVICE = re.compile(
    rf"(?<![\w’'-])(?:(?:The|the)[ \t]+)?(?P<name>(?=(?:\S+[ \t]+){{2,4}}[Ss]ervice(?![\w-])|[Pp]ress[ \t]+[Ss]ervice[ \t]+of\b)"
    rf"(?:{_WORD}[ \t]+){{0,2}}(?:(?:[a-z]+|{_WORD})['’]s[ \t]+|presidential[ \t]+|government[ \t]+)?"
    rf"[Pp]ress[ \t]+[Ss]ervice(?![\w-])(?:[ \t]+of[ \t]+the[ \t]+(?:{_WORD}[ \t]+){{0,3}}(?:{_WORD}|government)"
    rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?{_WORD}(?:[ \t]+{_WORD})?)?)?)"
)


@lru_cache(maxsize=4)
def _body_pattern(reference: ReferenceData) -> re.Pattern[str] | None:
    heads, missions = reference.cues.get("body_head", ()), reference.cues.get("mission_head", ())
    if not heads:
        return None
    # a body's name stays on its line: "Ministry of Foreign Affairs" over "Singhdurbar" closing a release is two lines
    tail = rf"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_WORD}(?:[ \t]+(?:of[ \t]+the|of|and|for|the|{_WORD})){{0,6}})?"
    bodies = [rf"(?:{literal_alternation(heads)})(?![\w-]){tail}"]
    if missions:
        # "the Indian Embassy in Oman", "the Kenya High Commission in London": a mission is named with its host
        host = rf"(?:[ \t]+in[ \t]+(?:the[ \t]+)?{_WORD}(?:[ \t]+{_WORD})?)?"
        bodies.insert(0, rf"(?:{literal_alternation(missions)})(?![\w-]){tail}{host}")
    return re.compile(rf"(?<![\w’'-])(?:{_WORD}[ \t]+){{0,4}}(?:{'|'.join(bodies)})")


@lru_cache(maxsize=4)
def _unseeded_government_pattern(reference: ReferenceData) -> re.Pattern[str]:
    """'the Bulgarian government': a demonym whose country has no seeded government, then 'government'."""
    demonyms = [d for d, country in reference.demonyms.items() if not reference.country_government.get(country)]
    return re.compile(rf"(?<![\w’'-])(?P<demonym>{literal_alternation(demonyms)})\s+[Gg]overnment(?![\w-])")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Without a leading 'The', a possessive, or trailing small words ('Ministry of Foreign Affairs and')."""
    phrase = text[start:end]
    lead = re.match(r"(?:The|A|An)\s+", phrase)
    if lead:
        start += lead.end()
    phrase = text[start:end]
    tail = re.search(r"(?:['’]s|(?<=[a-z]{3})\.|\s+(?:of\s+the|of|and|for|the))+$", phrase)  # not "U.S."
    if tail:
        end -= len(phrase) - tail.start()
    return start, end


@lru_cache(maxsize=4)
def _venues(reference: ReferenceData) -> frozenset[str]:
    return frozenset(p.lower() for p in reference.cues.get("not_body", ()))


def add_provisional_bodies(doc: Document) -> None:
    """Pipeline component: add provisional organisation mentions (see the module docstring)."""
    pattern = _body_pattern(doc.reference)
    if pattern is None:
        return
    # a place or a role word inside a body's name ('the Dubai Media Office', 'the Office of the Prime Minister')
    # is part of the name
    inner = [m for m in doc.mentions if m.entity_type == "place" or m.resolution == "role"]
    named = SpanIndex((m.start, m.end) for m in doc.mentions if m not in inner)
    added: list[Mention] = []
    names: dict[str, str] = {}  # id -> name
    acronyms: dict[str, str] = {}  # acronym -> id
    matches = [(m, False) for m in pattern.finditer(doc.text)]
    if "ervice" in doc.text:  # the press service pattern is slow to scan: only texts that name a service
        matches += [(m, True) for m in PRESS_SERVICE.finditer(doc.text)]
    for match, press_service in matches:
        start, end = _trimmed(doc.text, *(match.span("name") if press_service else match.span()))
        name = doc.text[start:end]
        if len(name.split()) < 2 or named.overlaps(start, end) or (_NOT_BODIES.search(name) and not press_service):
            continue
        if name.lower() in _venues(doc.reference):
            continue
        if _VENUE_BEFORE.search(doc.text, max(0, start - 12), start):
            continue  # "in the Oval Office": a place
        org_id = PREFIX + slug(name)
        names.setdefault(org_id, name)
        named.append((start, end))
        added.append(doc.organisation_mention(org_id, names[org_id], start, end, "discovered", 0.5))
        if acronym := _ACRONYM_AFTER.match(doc.text, end):
            acronyms.setdefault(acronym.group("acronym"), org_id)
    for match in _unseeded_government_pattern(doc.reference).finditer(doc.text):
        # "a statement from the Bulgarian government": a country's government the seeds lack
        if named.overlaps(*match.span()):
            continue
        name = f"{match.group('demonym')} government"
        org_id = PREFIX + slug(name)
        names.setdefault(org_id, name)
        named.append(match.span())
        added.append(doc.organisation_mention(org_id, names[org_id], *match.span(), "discovered", 0.5))
    for org_id, name in names.items():
        for start, end in named.take_free(whole_word_spans(doc.text, name)):
            added.append(doc.organisation_mention(org_id, name, start, end, "discovered", 0.5))
    for acronym, org_id in acronyms.items():
        for start, end in named.take_free(whole_word_spans(doc.text, acronym)):
            added.append(doc.organisation_mention(org_id, names[org_id], start, end, "discovered", 0.5))
    if added:
        doc.mentions = [m for m in doc.mentions if not (m in inner and any(a.start <= m.start < a.end for a in added))]
        doc.add_mentions(added)

