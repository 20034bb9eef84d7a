"""Organisations written later by their initials, never defined: "the Foreign Office spokesperson ... said the FO",
"the Ministry of Foreign Affairs ... the MFA added".

An upper-case word of two to five letters, after a mention of an organisation whose capitalised words have
those initials ("Foreign Office" -> FO, "Prime Minister's Office" -> PMO, "Department of Foreign Affairs" -> DFA),
names that organisation, when exactly one organisation mentioned before it has them. A word the seeds already
know as something else (a place such as "US", a title such as "FM" or "PM", any alias) is left alone, as is a
word inside another mention.

Adds organisation mentions; runs after the other body rules and before the speakers read the mentions.
"""

from __future__ import annotations

import re

from ingest.extract.document import Document
from ingest.extract.names import Mention

INITIALISM = re.compile(r"(?<![\w.&-])[A-Z]{2,5}(?![\w&-])")
JOINING_WORDS = {"of", "the", "and", "for", "on", "in", "&"}


def initials(name: str) -> str:
    """The initials of a body's capitalised words: 'Prime Minister's Office' -> 'PMO'."""
    return "".join(word[0] for word in re.split(r"[\s-]+", name) if word and word not in JOINING_WORDS and word[0].isupper())


def _known_otherwise(doc: Document, word: str) -> bool:
    reference = doc.reference
    return (
        word in reference.place_aliases
        or word in reference.organisation_aliases
        or word in reference.person_aliases
        or word in reference.cues.get("person_description", ())
    )


def add_initialisms(doc: Document) -> None:
    """Pipeline component: add the organisation mentions of undefined initials (see the module docstring)."""
    bodies = [m for m in doc.mentions if m.entity_type == "organisation" and " " in m.surface]
    if not bodies:
        return
    taken = [(m.start, m.end) for m in doc.mentions]
    added: list[Mention] = []
    for match in INITIALISM.finditer(doc.text):
        word, start, end = match.group(0), match.start(), match.end()
        if any(s < end and start < e for s, e in taken) or _known_otherwise(doc, word):
            continue
        owners = {m.entity_id: m for m in bodies if m.end <= start and initials(m.surface) == word}
        if len(owners) != 1:
            continue
        body = next(iter(owners.values()))
        added.append(doc.organisation_mention(body.entity_id, body.name, start, end, "initialism", 0.6))
    doc.add_mentions(added)
