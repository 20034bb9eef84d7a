"""Short forms of unseeded people the text defines or repeats: 'Claudia Sheinbaum (CSP) ... said CSP', and a
surname repeated in another spelling than the one full mention ('Claudia Sheinbuam ... Sheinbaum said').

- An abbreviation in parentheses right after a person's name, starting with the name's initials, is that
  person wherever it stands alone later.
- A lone capitalised word after a comma, a lower-case word or a personal honorific ('Dr. Gonsalves said') and
  right before a speech verb ('..., Horne noted
  that ...'), known as nothing else, is an unseeded person named by surname only; when it is a variant of the
  first or last name word of one unseeded person named in full ('Zambry Abdul Kadir ... Zamry said'), that person.
- A capitalised word written at least twice, never part of another mention, that is a one-token variant
  (:func:`~ingest.extract.variants._token_match`) of an unseeded person's surname is that person's surname;
  told more often than the full mention's spelling, it is taken as the right spelling (the full mention had
  the typo) and the person's name and id follow it.

- An unseeded person named by the last words of one longer unseeded name ('Grlić Radman' after 'Gordan Grlić
  Radman') is that person.

Runs after the name variants (so seeded spellings are settled) and before the quote spans and speakers.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from ingest.extract.document import Document
from ingest.extract.name_patterns import personal_honorifics
from ingest.extract.names import MONTH_NAMES, Mention
from ingest.extract.patterns import literal_alternation
from ingest.extract.spans import SpanIndex
from ingest.extract.text import LOWER, UPPER, slug
from ingest.extract.variants import _token_match
from ingest.reference import ReferenceData

MONTH_AND_DAY_NAMES = {*MONTH_NAMES, *calendar.day_name}
DEFINED_ABBREVIATION = re.compile(r"\s*\((?P<abbr>[A-Z]{2,5})\)")
CAPITALISED = re.compile(rf"(?<![\w’'-])[{UPPER}][{LOWER}]{{3,}}(?![\w’'-])(?!\s+[A-Z])")
TITLE_WORD_BEFORE = re.compile(r"\b(?P<word>[A-Z][a-z]+)\s+$")
NAME_WORD_BEFORE = re.compile(r"(?:\b[A-Z][\w’'-]*|\b(?:bin|ibn|al|el|de|da))\s+$")


def _alone(text: str, start: int) -> bool:
    """Not after another name word or a particle ('bin Hamad') — the word is a name by itself."""
    return not NAME_WORD_BEFORE.search(text, max(0, start - 20), start)


@lru_cache(maxsize=4)
def _lone_subject_pattern(reference: ReferenceData) -> re.Pattern[str]:
    """', Horne noted', 'and Horne said': a lone capitalised word before a speech verb, after a comma or a
    lower-case word."""
    verbs = literal_alternation(reference.cues.get("speech", ()))
    return re.compile(rf"(?<![\w’'-])(?P<word>[{UPPER}][{LOWER}]{{2,}})\s+{verbs}\b")


# after a comma or a lower-case word, not after "the"/"a": "the Presidency said" is a body
HONORIFIC_BEFORE = re.compile(r"(?<![\w’'-])(?P<word>[A-Z][a-z]{1,6})\.?\s+$")
LONE_SUBJECT_BEFORE = re.compile(r"(?:,|\b(?!(?:the|a|an|its|their)\s)[a-z]+)\s+$")


def _lone_subjects(doc: Document, taken: SpanIndex) -> list[Mention]:
    ref = doc.reference
    known = set().union(*(ref.cues.get(kind, set()) for kind in ("title", "not_name", "honorific", "unnamed_speaker")))
    added: list[Mention] = []
    for m in _lone_subject_pattern(ref).finditer(doc.text):
        word = m.group("word")
        if taken.overlaps(*m.span("word")) or word in known or word.lower() in known:
            continue
        if not LONE_SUBJECT_BEFORE.search(doc.text, max(0, m.start() - 20), m.start()) and not _after_honorific(doc, m.start()):
            continue
        if word in ref.place_aliases or word in ref.demonyms or word in ref.organisation_aliases or word in MONTH_AND_DAY_NAMES:
            continue
        taken.append(m.span("word"))
        if named := _named_person(doc, word):  # "Dr Zambry Abdul Kadir met ... Zamry said": a misspelt name word
            added.append(doc.person_mention(named.entity_id, named.name, *m.span("word"), "surname", 0.5))
            continue
        full = _full_name_told(doc, word, taken, known)  # "... Phạm Thu Hằng said. ... Hằng said": one person
        name = doc.text[full[0] : full[1]] if full else word
        if full:
            taken.append(full)
            added.append(doc.person_mention("prov_" + slug(name), name, *full, "name", 0.6))
        added.append(doc.person_mention("prov_" + slug(name), name, *m.span("word"), "surname", 0.5))
    return added


def _after_honorific(doc: Document, start: int) -> bool:
    """'Dr. Gonsalves said', 'Mr Harris said': a personal honorific (not an office such as King) before the word."""
    before = HONORIFIC_BEFORE.search(doc.text, max(0, start - 12), start)
    return bool(before) and before.group("word") in personal_honorifics(doc.reference)


def _named_person(doc: Document, word: str) -> Mention | None:
    """The one unseeded person named in full whose first or last name word ``word`` is a variant of."""
    people = {
        m.entity_id: m
        for m in doc.mentions
        if m.entity_type == "person" and m.entity_id.startswith("prov_") and len(m.name.split()) > 1
    }
    fits = [m for m in people.values() if any(_token_match(word, t) is not None for t in (m.name.split()[0], m.name.split()[-1]))]
    return fits[0] if len(fits) == 1 else None


def _full_name_told(doc: Document, word: str, taken: SpanIndex, known: set[str]) -> tuple[int, int] | None:
    """Where the article names ``word`` in full: one or two name words right before it that are no title,
    place, demonym or body."""
    ref = doc.reference
    for m in re.finditer(rf"(?<![\w’'-])((?:[{UPPER}][{LOWER}]+\s+){{1,2}}){re.escape(word)}(?![\w’'-])", doc.text):
        words = m.group(1).split()
        if any(w in known or w.lower() in known or w in ref.place_aliases or w in ref.demonyms for w in words):
            continue
        if any(w.lower() in _organisation_alias_words(ref) for w in words) or taken.overlaps(*m.span()):
            continue
        return m.span()
    return None


@lru_cache(maxsize=4)
def _organisation_alias_words(reference: ReferenceData) -> frozenset[str]:
    """Every lower-cased word of every organisation alias ('foreign', 'ministry', 'china', ...)."""
    return frozenset(word.lower() for alias in reference.organisation_aliases for word in alias.split())


def _abbreviations(doc: Document, taken: SpanIndex) -> list[Mention]:
    added: list[Mention] = []
    for mention in [m for m in doc.mentions if m.entity_type == "person" and len(m.surface.split()) >= 2]:
        m = DEFINED_ABBREVIATION.match(doc.text, mention.end)
        if not m:
            continue
        initials = "".join(word[0] for word in mention.surface.split() if word[:1].isupper())
        abbr = m.group("abbr")
        if not abbr.startswith(initials):
            continue
        taken.append(m.span("abbr"))
        for repeat in re.finditer(rf"(?<![\w-]){abbr}(?![\w-])", doc.text):
            if not taken.overlaps(*repeat.span()):
                taken.append(repeat.span())
                added.append(doc.person_mention(mention.entity_id, mention.name, *repeat.span(), "abbreviation", 0.7))
    return added


def _respelled_surnames(doc: Document, taken: SpanIndex) -> list[Mention]:
    if not any(m.entity_id.startswith("prov_") for m in doc.mentions if m.entity_type == "person"):
        return []
    words: Counter[str] = Counter()
    titled: set[str] = set()  # "President Khurelsuk": a word the text puts after a title is a surname even once
    titles = doc.reference.cues.get("title", ())
    for m in CAPITALISED.finditer(doc.text):
        if taken.overlaps(*m.span()):
            continue
        before = TITLE_WORD_BEFORE.search(doc.text, max(0, m.start() - 20), m.start())
        after_title = before is not None and before.group("word").lower() in titles
        if after_title or _alone(doc.text, m.start()):
            words[m.group(0)] += 1
        if after_title:
            titled.add(m.group(0))
    full = {m.entity_id: m for m in doc.mentions if m.entity_type == "person" and m.entity_id.startswith("prov_")}
    added: list[Mention] = []
    for person_id, mention in full.items():
        tokens = mention.name.split()
        if len(tokens) < 2:
            continue
        surname = tokens[-1]
        variants = [
            w for w, n in words.items() if (n >= 2 or w in titled) and w != surname and _token_match(w, surname) is not None
        ]
        if len(variants) != 1:
            continue
        (spelling,) = variants
        told = sum(1 for m in doc.mentions if m.entity_id == person_id)
        name = mention.name
        if words[spelling] > told:
            name = " ".join([*tokens[:-1], spelling])  # the full mention had the typo
            new_id = "prov_" + slug(name)
            doc.mentions = [replace(m, entity_id=new_id, name=name) if m.entity_id == person_id else m for m in doc.mentions]
            person_id = new_id
        for repeat in re.finditer(rf"(?<![\w’'-]){re.escape(spelling)}(?![\w’'-])", doc.text):
            if not taken.overlaps(*repeat.span()):
                taken.append(repeat.span())
                added.append(doc.person_mention(person_id, name, *repeat.span(), "surname", 0.6))
    return added


def _name_tails_joined(doc: Document) -> None:
    """'Minister Gordan Grlić Radman ... Minister Grlić Radman', 'Faisal bin Farhan ... Bin Farhan said': an unseeded
    person named by the last two or more words of exactly one longer name (seeded or not, as written here) is that
    person (a double surname or a patronymic, not a second person)."""
    names: dict[str, str] = {}
    # the words a person is written with here, case-folded: 'Bin Farhan' opening a sentence is 'bin Farhan'
    written: dict[str, set[str]] = {}
    for m in doc.mentions:
        if m.entity_type == "person":
            names.setdefault(m.entity_id, m.name)
            written.setdefault(m.entity_id, {m.name.casefold()}).add(doc.text[m.start : m.end].casefold())
    for person_id, name in names.items():
        words = name.casefold().split()
        if len(words) < 2 or not person_id.startswith("prov_"):
            continue
        longer = [
            (pid, names[pid])
            for pid, forms in written.items()
            if pid != person_id and any(len(f.split()) > len(words) and f.split()[-len(words) :] == words for f in forms)
        ]
        if len(longer) == 1:
            new_id, new_name = longer[0]
            doc.mentions = [replace(m, entity_id=new_id, name=new_name) if m.entity_id == person_id else m for m in doc.mentions]


def add_short_forms(doc: Document) -> None:
    """Pipeline component: person mentions for defined abbreviations and respelled surnames (module docstring)."""
    _name_tails_joined(doc)
    taken = SpanIndex((m.start, m.end) for m in doc.mentions)
    added = _respelled_surnames(doc, taken)
    added += _abbreviations(doc, taken)
    added += _lone_subjects(doc, taken)
    doc.add_mentions(added)
