"""People named in plain text, without a title or an appositive: 'Nancy Pelosi', 'James Cleverly'.

Reads ``doc.mentions`` after names; adds a provisional person for a run of two to four capitalised name
words that starts with a known given name (the first-name dictionary of the ``gender-guesser`` package), or
three words that start with a family name written first (``seeds/cue_words.csv`` type ``family_name_first``:
'Nguyen Phu Trong'), or whose last word the text puts after a title ('Gitanas Nauseda ... President Nauseda'),
or that follows an abbreviated form of address ('Dr Irfaan Ali', 'Mr. Ruwan Wijewardene'),
is not part of a longer proper noun ('George Washington University', 'Blair House') and holds no word
that is never a name (``seeds/cue_words.csv`` type ``not_name``), a place, a demonym or an organisation.
Later mentions of the same full name or of its last word are that person too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.credits import BYLINE_TAIL
from ingest.extract.document import Document
from ingest.extract.given_names import given_name_gender
from ingest.extract.name_patterns import NAME_PARTICLE, personal_honorifics
from ingest.extract.names import MONTH_NAMES, Mention
from ingest.extract.spans import SpanIndex
from ingest.extract.text import LOWER, UPPER, fold_accents, slug, whole_word_spans
from ingest.reference import ReferenceData

# A name word: 'Pelosi', 'McArthur', 'Akufo-Addo', 'O’Brien'; a particle may join by hyphen ('al-Hayya').
_WORD = rf"(?:[{UPPER}][{LOWER}]*[A-Z]?[{LOWER}]+(?:[-'’][A-Z]?[{LOWER}]+)*)"
_RUN = re.compile(
    rf"(?<![\w’'-])(?P<name>(?P<given>[A-Z][{LOWER}]+)(?:[ \t]+(?:{NAME_PARTICLE}[- \t]+){{0,2}}{_WORD}){{1,3}})"
    rf"(?![\w’'-]|[ \t]+(?:{NAME_PARTICLE}[ \t]+){{0,2}}[A-Z])"  # "Juan Ramon de la Fuente"
)
_AFTER_TITLE = re.compile(
    rf"(?<![\w’'-])(?P<title>[A-Z][{LOWER}]+)\.?[ \t]+(?P<word>{_WORD})(?![\w’'-]|[ \t]+(?:{NAME_PARTICLE}[ \t]+)?[A-Z])"
)
_SENTENCE_END_BEFORE = re.compile(r"(?:[.!?]\s+|\n\s*)[\"“'‘]?$")
_PARTICIPLE = re.compile(rf"[A-Z][{LOWER}]{{3,}}ing")
DAY_AFTER = re.compile(r"\s*\d")  # "May 5", "June 2024": a date, not a surname
_PLACE_PREPOSITION = re.compile(r"\b(?:at|in)\s+$")  # "at Bharat Mandapam", "in Palazzo Chigi": a venue
_BEFORE_CAPITAL = re.compile(r"(?P<word>[A-Z][\w’'-]*)[ \t]+$")  # on the same line: a heading's last word is no part of the name
_HONORIFIC_BEFORE = re.compile(r"(?<![\w’'-])(?P<word>[A-Z][\w’'-]*)\.?[ \t]+$")  # "Dr ", "Mr. ", "Alhaji "


def _titled_words(doc: Document) -> frozenset[str]:
    """Words the article writes alone after a title or honorific ('President Nauseda', 'Mr. Kamilov'): surnames."""
    cues = doc.reference.cues
    found = set()
    for m in _AFTER_TITLE.finditer(doc.text):
        title, word = m.group("title"), m.group("word").removesuffix("'s").removesuffix("’s")
        if (title.lower() in cues.get("title", ()) or title in cues.get("honorific", ())) and word.lower() not in cues.get("title", ()):
            found.add(word)
    return frozenset(found)


@lru_cache(maxsize=4)
def _organisation_words(reference: ReferenceData) -> frozenset[str]:
    return frozenset(alias.lower() for alias in reference.organisation_aliases)


def _after_proper_noun(doc: Document, start: int) -> bool:
    """Whether a capitalised word other than a title or honorific stands right before ``start``."""
    before = _BEFORE_CAPITAL.search(doc.text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group("word")
    return word.lower() not in doc.reference.cues.get("title", ()) and word not in doc.reference.cues.get("honorific", ())


def _after_personal_honorific(doc: Document, start: int) -> bool:
    """'Dr Irfaan Ali', 'Mr. Ruwan Wijewardene': an abbreviated form of address (a personal honorific of three letters
    at most, seeds/cue_words.csv) right before; a longer one may be an adjective ('the Honorable Funeral Alley')."""
    before = _HONORIFIC_BEFORE.search(doc.text, max(0, start - 20), start)
    return before is not None and len(before.group("word")) <= 3 and before.group("word") in personal_honorifics(doc.reference)


def _is_name_word(word: str, doc: Document) -> bool:
    ref = doc.reference
    return not (
        word in ref.cues.get("not_name", ())
        or word in ref.cues.get("honorific", ())
        or word in ref.place_aliases
        or word in ref.demonyms
        or word.lower() in _organisation_words(ref)
    )


def _holds_place_phrase(words: list[str], doc: Document) -> bool:
    """Whether consecutive words of a run form a place or demonym of two words or more ('Sri Lankan')."""
    ref = doc.reference
    for i in range(len(words) - 1):
        for j in range(i + 2, len(words) + 1):
            phrase = " ".join(words[i:j])
            if phrase in ref.place_aliases or phrase in ref.demonyms:
                return True
    return False


def _without_leading_titles(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The run without title words or honorifics that open it ('Prime Minister Theresa May' -> 'Theresa May',
    'Excellency Dr Irfaan Ali' -> 'Irfaan Ali')."""
    titles, modifiers = doc.reference.cues.get("title", ()), doc.reference.cues.get("title_modifier", ())
    honorifics = personal_honorifics(doc.reference)
    for word in re.finditer(r"\S+", doc.text[start:end]):
        if word.group(0).lower() not in titles and word.group(0) not in modifiers and word.group(0) not in honorifics:
            return start + word.start(), end
    return end, end


def _alone_on_its_line(doc: Document, start: int, end: int) -> bool:
    """'Maria Kowalska - 15 July 2025': a name alone on its line is a byline (the credits component's)."""
    line_start = doc.text.rfind("\n", 0, start) + 1
    return not doc.text[line_start:start].strip("-–• \t") and BYLINE_TAIL.match(doc.text, end) is not None


def _given_name_start(doc: Document, start: int, end: int) -> int:
    """'Confirming John Kerry's visit': a participle opening the sentence before a given name is no name word."""
    first, _, rest = doc.text[start:end].partition(" ")
    opens_sentence = start == 0 or _SENTENCE_END_BEFORE.search(doc.text, max(0, start - 6), start) is not None
    if opens_sentence and _PARTICIPLE.fullmatch(first) and rest.count(" ") and given_name_gender(rest.split()[0])[0]:
        return start + len(first) + 1
    return start


def _relative_of_named(doc: Document, start: int, end: int) -> list[Mention]:
    """'Prime Minister Hubert Minnis ... his wife, Mrs. Patricia Minnis': a run that opens with a given name
    other than the named person's, over a mention of their surname alone, names a relative. Returns those
    surname mentions (empty when the run overlaps anything else)."""
    inside = [m for m in doc.mentions if m.start < end and start < m.end]
    words = doc.text[start:end].split()  # empty when the run was all titles ("Foreign Ministers of ...")
    if not inside or not words or not given_name_gender(words[0])[0]:
        return []
    for m in inside:
        if not (m.entity_type == "person" and m.resolution == "surname" and m.end == end and m.start > start):
            return []
        if m.name.split()[0] == words[0]:
            return []  # "Hubert Minnis" told again in full
    return inside


def add_plain_names(doc: Document) -> None:
    """Pipeline component: add the plain-text people (see the module docstring)."""
    taken = SpanIndex((m.start, m.end) for m in doc.mentions)
    found: dict[str, str] = {}  # person id -> name
    added: list[Mention] = []
    titled = _titled_words(doc)
    family_names = doc.reference.cues.get("family_name_first", frozenset())

    def add(person_id: str, name: str, start: int, end: int, resolution: str, confidence: float) -> None:
        taken.append((start, end))
        added.append(doc.person_mention(person_id, name, start, end, resolution, confidence))

    for match in _RUN.finditer(doc.text):
        start, end = _without_leading_titles(doc, *match.span("name"))  # "Prime Minister Theresa May"
        if doc.text.endswith(("'s", "’s"), start, end):
            end -= 2  # "John Kerry's visit"
        overlapping = taken.overlaps(start, end)
        relative = _relative_of_named(doc, start, end) if overlapping else []
        if (
            end - start < 3
            or (overlapping and not relative)
            or _after_proper_noun(doc, start)
            or _PLACE_PREPOSITION.search(doc.text, max(0, start - 4), start)
            or _alone_on_its_line(doc, start, end)
        ):
            continue  # part of a longer proper noun, or already someone
        start = _given_name_start(doc, start, end)
        name = doc.text[start:end]
        words = [w for w in re.split(r"[\s]+", name) if not re.fullmatch(NAME_PARTICLE, w)]
        # "Theresa May said": a month may end a name that opens with a given name, when no day follows it
        month_surname = words[-1] in MONTH_NAMES and not DAY_AFTER.match(doc.text, end)
        if len(words) < 2 or not all(_is_name_word(w, doc) for w in (words[:-1] if month_surname else words)):
            continue
        if _holds_place_phrase(words, doc):
            continue  # "Sri Lankan president", "Sierra Leonean leader": a demonym of two words
        family_first = fold_accents(words[0]) in family_names and len(words) == 3  # "Nguyen Phu Trong", "Nguyễn Phú Trọng"
        if not (
            given_name_gender(words[0])[0]
            or family_first
            or (len(words) <= 3 and words[-1] in titled)
            or _after_personal_honorific(doc, start)
        ):
            continue  # "Gitanas Nauseda ... President Nauseda": an unknown given name, a surname the text titles
        if relative:
            doc.mentions = [m for m in doc.mentions if m not in relative]  # the surname was the relative's
        person_id = "prov_" + slug(name)
        found[person_id] = name
        add(person_id, name, start, end, "plain", 0.6)
    for person_id, name in found.items():
        surname = name.split()[-1]
        forms = [(name, "name")] if surname in MONTH_NAMES else [(name, "name"), (surname, "surname")]
        for form, resolution in forms:  # a month alone ("in May") is the month
            for start, end in taken.take_free(whole_word_spans(doc.text, form)):
                added.append(doc.person_mention(person_id, name, start, end, resolution, 0.55))
    doc.add_mentions(added)
