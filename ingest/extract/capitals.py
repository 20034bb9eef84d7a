"""Surnames written in capitals: 'President Macky SALL', 'the Foreign Minister, Aïssata Tall SALL'.

Francophone and some African and Asian press releases write a person's family name in capitals. The name
rules look for capitalised words ('Sall'), so the mention rules read a view of the text in which such a
surname is written as a name ('Macky Sall'); the view has the same length, so every offset stays valid, and
the article's own text is left as it is. A run of capitals is a surname only right after a capitalised name
word ('Tall SALL', 'Faure GNASSINGBE EYADEMA') and closing the name, never after a demonym or a place ('Indian MEA'), and never when
the seeds know it as written (an organisation, a place or a title's initials: 'NATO', 'UAE', 'PM').
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.reference import ReferenceData

CAPITALS = "A-ZÀ-ÖØ-Þ"
# a capitalised word, then one or more words wholly in capitals (two letters or more, hyphens inside)
CAPITALISED_RUN = re.compile(
    rf"\b(?P<before>[{CAPITALS}][a-zß-öø-ÿ]+)[ \t]+(?P<run>[{CAPITALS}]{{2,}}(?:-[{CAPITALS}]{{2,}})*"
    rf"(?:[ \t]+[{CAPITALS}]{{2,}}(?:-[{CAPITALS}]{{2,}})*)*)(?![\w’'-])"
    rf"(?![ \t]+[{CAPITALS}][a-zß-öø-ÿ])"  # "JP Nadda": initials opening a name, not a surname closing it
)
CAPITAL_WORD = re.compile(rf"[{CAPITALS}]{{2,}}")


@lru_cache(maxsize=4)
def _written_in_capitals(reference: ReferenceData) -> frozenset[str]:
    """Words the seeds write in capitals (initials of bodies and places: 'NATO', 'DRC') and the cue words
    ('PM', 'FM', 'SAID'), which a headline or an abbreviation writes in capitals."""
    words = set()
    for alias in (*reference.organisation_aliases, *reference.place_aliases, *reference.person_aliases):
        words.update(w for w in re.split(r"[\s-]+", alias) if w.isupper())
    words.update(w.upper() for cue_words in reference.cues.values() for w in cue_words if " " not in w)
    return frozenset(words)


def with_surnames_recased(text: str, reference: ReferenceData) -> str:
    """``text`` with each surname written in capitals written as a name ('SALL' -> 'Sall'), offsets kept."""
    if not CAPITALISED_RUN.search(text):
        return text
    known = _written_in_capitals(reference)
    pieces, last = [], 0
    for m in CAPITALISED_RUN.finditer(text):
        before = m.group("before")
        if before in reference.demonyms or before in reference.place_aliases:
            continue
        words = CAPITAL_WORD.findall(m.group("run"))
        if any(w in known for w in words):
            continue
        pieces.append(text[last : m.start("run")])
        pieces.append(CAPITAL_WORD.sub(lambda w: w.group(0)[0] + w.group(0)[1:].lower(), m.group("run")))
        last = m.end("run")
    pieces.append(text[last:])
    return "".join(pieces)
