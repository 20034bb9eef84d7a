"""Seeded people written with a quoted nickname and initials: 'Ferdinand “Bongbong” R. Marcos, Jr.'.

The given name and surname (with the suffix, if any), or the nickname and surname, are looked up among the
seeded names (and their spellings, :func:`~ingest.extract.variants.seeded_variant`); the surname repeats later
('Mr. Marcos') resolve as for any person named in full (the suffix left aside). Runs after the
plain names and before the name variants; a provisional person inside the span gives way.
"""

from __future__ import annotations

import re

from ingest.extract.document import Document
from ingest.extract.text import LOWER, UPPER
from ingest.extract.variants import seeded_variant
from ingest.reference import ReferenceData

NICKNAMED = re.compile(
    rf"\b(?P<given>[A-Z][{LOWER}]+)\s+[“\"‘'](?P<nick>[A-Z][{LOWER}]+)[”\"’']\s+(?:[A-Z]\.\s+){{0,2}}"
    rf"(?P<surname>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)(?:,?\s+(?P<suffix>Jr\.?|Sr\.?|II|III)(?![\w]))?"
)


def _seeded(reference: ReferenceData, names: list[str]) -> str | None:
    """The seeded person one of ``names`` names (a full name, not a surname alone)."""
    for name in names:
        owners = [pid for pid, kind in reference.person_aliases.get(name, []) if kind != "surname"]
        if owners:
            return owners[0]
    for name in names:
        if found := seeded_variant(name, reference):
            return found
    return None


def add_nicknamed_people(doc: Document) -> None:
    """Pipeline component: person mentions for seeded people named with a quoted nickname (module docstring)."""
    if "“" not in doc.text and '"' not in doc.text and "‘" not in doc.text:
        return
    added = []
    replaced: set[int] = set()
    for m in NICKNAMED.finditer(doc.text):
        given, nick, surname, suffix = m.group("given", "nick", "surname", "suffix")
        names = [f"{given} {surname} {suffix}", f"{given} {surname} {suffix.rstrip('.')}"] if suffix else []
        names += [f"{given} {surname}", f"{nick} {surname}"]
        person_id = _seeded(doc.reference, names)
        if person_id is None:
            continue
        start, end = m.start(), m.end()
        inside = [i for i, x in enumerate(doc.mentions) if x.start < end and start < x.end]
        if any(
            not doc.mentions[i].entity_id.startswith("prov_")
            and not (doc.mentions[i].entity_id == person_id and doc.mentions[i].resolution == "surname")
            for i in inside
        ):
            continue  # a seeded mention already covers it (the person's own surname inside it does not)
        replaced.update(inside)
        name = doc.reference.people[person_id]["canonical_name"]
        added.append(doc.person_mention(person_id, name, start, end, "name", 0.9))
    if added:
        doc.mentions = [x for i, x in enumerate(doc.mentions) if i not in replaced]
        doc.add_mentions(added)
