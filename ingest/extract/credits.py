"""People credited by the article: bylines, reporting and editing credits, photo credits.

``By Chris Barrett``, ``Reporting by Steve Scherer and Massimiliano Di Giorgio, editing by Francesca Landini``,
``Photo: RNZ/Nick Monro``, ``Credit: Johannes P. Christo``, ``Foto: TANJUG/RADE PRELIĆ``. Cleaning removes
most such lines from the body (they are not news), so the component reads both the lines cleaning removed
(``Document.removed_lines``: no offsets in the text) and the body's own lines (with offsets).

The labels are data (``seeds/cue_words.csv``, cue type ``credit_label``; words that are no one's name after a
label, such as ``POOL`` or ``file``, are cue type ``credit_not_name``). After a label, the names are split on
commas, slashes, ``&`` and ``and``; a part is a person when it has two to four name words, none of them a word
that is no name, a place, a demonym or an organisation's, and the part is no organisation or outlet: one word
alone (``Reuters``, ``Mariscal``) is never taken. Before the lede, a line of names alone is a byline too
('Menan Khater', 'Sonya Michaella - 18 March 2016'), unless the story names such a person. A credited person is a provisional person (``prov_<name>``;
capitals-only names are title-cased), written with resolution ``credit``, so ``dim_people`` can tell
newsmakers from the people who wrote or photographed the story. Runs after every other component: credits are
no speakers, participants or announcers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.extract.document import Document
from ingest.extract.name_patterns import PARTICLES
from ingest.extract.text import LOWER, UPPER, slug
from ingest.reference import ReferenceData

_SEPARATORS = re.compile(r"\s*(?:,|/|;|&|\band\b|\|)\s*")
_NAME_WORD = re.compile(rf"[{UPPER}](?:[{LOWER}{UPPER}’'`]+(?:-[{LOWER}{UPPER}]+)*|\.)?")
_INITIAL = re.compile(rf"[{UPPER}]\.?")
# where an unlabelled byline line stops being names: "Sonya Michaella - 18 March 2016", "Umer Jamshaid 10 seconds ago"
_BYLINE_TAIL = re.compile(r"\s+[-–|]\s|—|\s\d|\s*$")
BYLINE_TAIL = re.compile(r"(?:[ \t]+[-–|][ \t]|—|[ \t]\d|[ \t]*(?:\n|$))")  # the same, as a match from a name's end
_LEDE_WORDS = 15  # the first line this long is the lede: bylines come before it


@dataclass(frozen=True)
class Credit:
    """A person credited by the article, with a person mention's fields (rows writes both alike); ``start``,
    ``end`` and ``sentence_id`` are None when the line was cleaned away."""

    entity_id: str
    name: str
    surface: str
    start: int | None
    end: int | None
    sentence_id: int | None
    entity_type: str = "person"
    resolution: str = "credit"
    confidence: float = 0.8


@lru_cache(maxsize=4)
def _label_pattern(reference: ReferenceData) -> re.Pattern[str]:
    """One pattern for every credit label: 'By' opens its line, the others may follow a caption."""
    alternatives = []
    for label in sorted(reference.cues.get("credit_label", ()), key=len, reverse=True):
        if label == "By":
            alternatives.append(r"^By\s+")
        elif label.endswith(":"):
            # "Photo : YONHAP News", "File picture: POOL VIA REUTERS/EVAN VUCCI"
            alternatives.append(r"(?<!\w)(?i:" + re.escape(label[:-1]) + r")\s*:\s*")
        else:
            alternatives.append(r"(?<!\w)" + re.escape(label) + r"\s*")
    return re.compile("|".join(alternatives) or r"(?!)", re.MULTILINE)


@lru_cache(maxsize=4)
def _organisation_names(reference: ReferenceData) -> frozenset[str]:
    names = {alias.lower() for alias in reference.organisation_aliases}
    return frozenset(names | {outlet["outlet_name"].lower() for outlet in reference.outlets})


def _word_refused(word: str, doc: Document) -> bool:
    """A word that is in no one's name: a word that is no name, a credit word, a place, a demonym, an organisation."""
    ref, bare = doc.reference, word.rstrip(".")
    refused = (ref.cues.get("not_name", set()), ref.cues.get("credit_not_name", set()), ref.place_aliases, ref.demonyms)
    return any(form in words for form in (bare, bare.title()) for words in refused) or bare.lower() in _organisation_names(ref)


def _name_of(part: str, doc: Document) -> str | None:
    """The person a credit part names, or None (one word, an organisation, a place, a word that is no name)."""
    words = part.split()
    if not 2 <= len(words) <= 4 or part.lower() in _organisation_names(doc.reference):
        return None
    name_words = [w for w in words if w.lower() not in PARTICLES]
    if len(name_words) < 2 or _INITIAL.fullmatch(name_words[-1]):
        return None
    for word in name_words:
        if not (_NAME_WORD.fullmatch(word) or _INITIAL.fullmatch(word)) or _word_refused(word, doc):
            return None
    if part.isupper():
        return " ".join(w if w.lower() in PARTICLES else w.title() for w in words)
    return part


def _labelled(line: str, doc: Document) -> list[tuple[str, int, int]]:
    """(name, start, end) of every person a credit label names in ``line`` (offsets within the line)."""
    found: list[tuple[str, int, int]] = []
    if ":" not in line and "by " not in line and "By " not in line and "©" not in line:
        return found  # no label can be in it: most lines are skipped without the pattern
    labels = _label_pattern(doc.reference)
    for label in labels.finditer(line):
        stop = labels.search(line, label.end())
        end = stop.start() if stop else len(line)
        for part in _SEPARATORS.split(line[label.end() : end]):
            part = part.strip(" .–—-()[]")
            name = _name_of(part, doc) if part else None
            if name:
                at = line.find(part, label.end())
                found.append((name, at, at + len(part)))
    return found


def _unlabelled_byline(line: str, doc: Document) -> list[tuple[str, int, int]]:
    """'Menan Khater', '- SEO JI-EUN', 'Tom McArthur & Emma Rossiter BBC News': a line of names alone."""
    body = line.lstrip("-–• ")
    head = body[: _BYLINE_TAIL.search(body).start()]
    found, at = [], len(line) - len(body)
    for part in _SEPARATORS.split(head):
        words = part.split()
        while len(words) > 2 and _word_refused(words[-1], doc):  # "Emma Rossiter BBC News": the outlet ends it
            words.pop()
        name = _name_of(" ".join(words), doc)
        if name is None:
            return []  # a headline or a sentence: every part of a byline is a name
        start = line.find(words[0], at)
        end = start + len(" ".join(words))
        found.append((name, start, end))
        at = end
    return found


def _body_credits(doc: Document) -> list[Credit]:
    """Credits on the body's own lines: labelled anywhere, unlabelled bylines before the lede."""
    credits, offset, before_lede = [], 0, True
    taken = [(m.start, m.end) for m in doc.mentions if m.entity_type == "person"]
    named = {m.name.lower() for m in doc.mentions if m.entity_type == "person"}
    for line in doc.text.split("\n"):
        found = _labelled(line, doc)
        if not found and before_lede:
            # a line of names alone is a byline only when the story names no such person
            found = [f for f in _unlabelled_byline(line, doc) if f[0].lower() not in named]
        before_lede = before_lede and len(line.split()) < _LEDE_WORDS
        for name, start, end in found:
            start, end = offset + start, offset + end
            if not any(s < end and start < e for s, e in taken):
                sentence = doc.sentence_at(start)
                credits.append(Credit("prov_" + slug(name), name, doc.text[start:end], start, end, sentence.index if sentence else -1))
        offset += len(line) + 1
    return credits


def add_credits(doc: Document) -> None:
    """Pipeline component: the people the article credits (see the module docstring)."""
    removed = [
        Credit("prov_" + slug(name), name, name, None, None, None) for line in doc.removed_lines for name, _, _ in _labelled(line, doc)
    ]
    doc.credits = removed + _body_credits(doc)
