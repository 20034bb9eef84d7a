"""Monarchs the seeds lack, named by a royal title and a regnal name: 'King Felipe VI', 'Queen Letizia',
'Sultan Qaboos', 'Mohammed VI'.

A regnal name is one capitalised name word with an optional regnal numeral (II–XX). It names a person when a
royal title (``seeds/cue_words.csv``, cue type ``rank_honorific``: King, Queen, Sultan, Emir...) comes right
before it, or, with a numeral, alone ('Felipe VI arrived'). The person is provisional, named without the
title (``prov_felipe_vi``; a one-word name takes the longer form the article gives: 'Sultan Qaboos' after
'Qaboos bin Said'); later mentions of the same regnal name are theirs. A name followed by
'bin'/'bint' takes its patronymic ('Sultan Haitham Bin Tarik' is Haitham Bin Tarik), and a seeded
person's given name after a title is their honorific form ('Emir Tamim', read by name variants); a word that is
no name (a month, a place, a demonym) is no regnal name, and a numbered name
ending a longer proper noun names no one ('World War II') ('King Abdullah II Fund' still
names the king). Seeded monarchs are found earlier, by their names and honorific forms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.document import Document
from ingest.extract.patterns import literal_alternation
from ingest.extract.spans import SpanIndex
from ingest.extract.surnames import seeded_given_names
from ingest.extract.text import LOWER, UPPER, slug, whole_word_spans
from ingest.extract.variants import holds_rank
from ingest.reference import ReferenceData

_NUMERAL = r"(?=[IVX])X?(?:IX|IV|V?I{0,3})"
_ARABIC_NAME = re.compile(
    rf"[{UPPER}][{LOWER}]+(?:\s+(?i:bin|bint|ibn)\s+[{UPPER}][{LOWER}]+)+(?:\s+(?i:al)[\s-][{UPPER}][{LOWER}]+)?(?![\w’'-])"
)
_PROPER_NOUN_BEFORE = re.compile(rf"[{UPPER}][\w’'-]*\s+$")


@lru_cache(maxsize=4)
def _pattern(reference: ReferenceData) -> re.Pattern[str]:
    titles = literal_alternation(reference.cues.get("rank_honorific", ()))
    word = rf"[{UPPER}][{LOWER}]{{2,}}"
    return re.compile(
        rf"(?<![\w’'-])(?:(?P<title>{titles})\s+(?P<titled>{word})(?:\s+(?P<tnum>{_NUMERAL}))?"
        rf"|(?P<alone>{word})\s+(?P<num>{_NUMERAL}))(?![\w’'-])"
    )


def _seeded_holder(reference: ReferenceData, given_name: str, title: str) -> bool:
    """Whether a seeded person of that given name holds the rank ('Emir Tamim'; not 'King Abdullah' for the
    seeded foreign minister Abdullah bin Zayed)."""
    return any(given_name in names and holds_rank(reference, person_id, title) for person_id, names in seeded_given_names(reference).items())


def _full_form(text: str, name: str) -> str:
    """The longer form of a one-word regnal name the article gives: 'Qaboos bin Said', 'Abdullah II'."""
    longer = re.search(
        rf"(?<![\w’'-]){re.escape(name)}(?:(?:\s+(?:bin|bint|ibn)\s+[{UPPER}][{LOWER}]+)+(?:\s+Al[\s-][{UPPER}][{LOWER}]+)?"
        rf"|\s+{_NUMERAL}(?![\w’'-]))",
        text,
    )
    return longer.group(0) if longer else name


def _is_name(word: str, reference: ReferenceData) -> bool:
    return not (
        word in reference.cues.get("not_name", ())
        or word in reference.cues.get("honorific", ())
        or word.lower() in reference.cues.get("title", ())
        or word in reference.place_aliases
        or word in reference.demonyms
    )


def add_regnal_names(doc: Document) -> None:
    """Pipeline component: add the unseeded monarchs (see the module docstring)."""
    taken = SpanIndex((m.start, m.end) for m in doc.mentions)
    found: dict[str, str] = {}
    added = []
    for m in _pattern(doc.reference).finditer(doc.text):
        name_group = "titled" if m.group("titled") else "alone"
        numeral = m.group("tnum") if name_group == "titled" else m.group("num")
        if not numeral and name_group == "alone":
            continue
        if numeral == "I" and name_group == "alone":
            continue  # "Ahmed I said": a pronoun, not a numeral
        if name_group == "titled" and not numeral and _seeded_holder(doc.reference, m.group("titled"), m.group("title")):
            continue  # a seeded person's honorific form ('Emir Tamim': name variants); 'King Abdullah' is no such
        if name_group == "alone" and _PROPER_NOUN_BEFORE.search(doc.text, max(0, m.start() - 30), m.start()):
            continue  # "World War II": the end of a longer proper noun
        start = m.start(name_group)
        end = m.end("tnum" if name_group == "titled" and numeral else "num" if numeral else name_group)
        if name_group == "titled" and not numeral and (longer := _ARABIC_NAME.match(doc.text, start)):
            end = longer.end()  # "Sultan Haitham Bin Tarik": the patronymic is part of the name
        if taken.overlaps(m.start(), end) or not _is_name(m.group(name_group), doc.reference):
            continue
        name = doc.text[start:end]
        if name_group == "titled" and not numeral:
            name = _full_form(doc.text, name)  # "Sultan Qaboos" after "Sultan Qaboos bin Said"
        person_id = "prov_" + slug(name)
        found[person_id] = name
        taken.append((start, end))
        added.append(doc.person_mention(person_id, name, start, end, "titled", 0.7))
    for person_id, name in found.items():
        for start, end in taken.take_free(whole_word_spans(doc.text, name)):
            added.append(doc.person_mention(person_id, name, start, end, "name", 0.65))
    doc.add_mentions(added)
