"""Other spellings of people: transliterations, typos, family name first, and honorific short forms.

Reads ``doc.mentions`` after names; a provisional person (``prov_*``) whose name is a variant of a seeded
person's ('Abbas Araqchi' for Abbas Araghchi, 'Andriy Sybiga' for Andrii Sybiha, 'Suga Yoshihide' for
Yoshihide Suga) becomes that person, and two provisional spellings of one person in an article ('Willliam
Ruto', 'William Ruto'; 'João Manuel Gonçalves Lourenço', 'João Lourenço') become one. Honorific short forms ('Sheikh Tamim', 'Emir Tamim') are added for the
seeded person they name. Every mention of a remapped person is remapped, so no person has two ids in one
article.

Two names are variants when their tokens align one to one (in order, or reversed) and every pair is equal
after a transliteration normalisation or within a small edit distance that grows with the token's length,
with the same first letter; close names of different people ('Li Qiang' / 'Li Keqiang', 'Kim Jong Un' /
'Kim Jong Il') fail that test, and a name that is a variant of two seeded people is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from ingest.extract.document import Document
from ingest.extract.spans import SpanIndex
from ingest.extract.text import fold_accents, whole_word_spans
from ingest.reference import ReferenceData

if TYPE_CHECKING:
    from ingest.extract.names import Mention

# Transliteration equivalences applied to both sides before comparing (order matters: digraphs first).
_EQUIVALENT = [("kh", "h"), ("gh", "g"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("y", "i"), ("w", "v"), ("j", "i")]
# Korean romanisations, tried as a second reading only ("Seok"/"Suk", "Jeong"/"Jung", "Yoon"/"Yun"): as a
# first one they would move "Georgia" away from "Giorgia"
_KOREAN_VOWELS = re.compile(r"eo|oo")
SPELLED_AS_WRITTEN = {"United States", "United Kingdom", "Canada", "Australia", "New Zealand", "Ireland"}
_DOUBLE = re.compile(r"(\w)\1+")
_TAIL_PARTICLES = {"al", "el", "bin", "ibn", "bint"}
_PATRONYMIC = frozenset({"bin", "bint", "ibn"})  # "son/daughter of": a name word that ties two names
CAPITALISED_WORD = re.compile(r"(?<![\w’'-])[A-Z][a-z]{5,}(?![\w’'-])")
MISSPELT_MIN_LENGTH = 6  # shorter surnames are too close to other words to take one letter's difference


@lru_cache(maxsize=65536)
def _normal(token: str) -> str:
    token = fold_accents(token).lower().replace("’", "'")
    for a, b in _EQUIVALENT:
        token = token.replace(a, b)
    return _DOUBLE.sub(r"\1", token)


@lru_cache(maxsize=65536)
def _korean(token: str) -> str:
    return _KOREAN_VOWELS.sub("u", fold_accents(token).lower())


def _tokens(name: str) -> list[str]:
    return name.split()


def _parts(name: str) -> list[str]:
    """Name tokens with hyphenated parts split ('Yoon Suk-yeol' -> Yoon, Suk, yeol), for comparing."""
    return [t for t in re.split(r"[\s-]+", name.strip()) if t]


def _token_match(a: str, b: str) -> int | None:
    """Edits between two name tokens when they are variants, else None."""
    if a.lower() == b.lower():
        return 0
    na, nb = _normal(a), _normal(b)
    if na == nb or _korean(a) == _korean(b):
        return 0
    if not na or not nb or na[0] != nb[0]:
        return None
    allowed = 0 if min(len(na), len(nb)) < 4 else 1 if min(len(na), len(nb)) < 7 else 2
    edits = Levenshtein.distance(na, nb, score_cutoff=allowed + 1)
    return edits if edits <= allowed else None


def name_edits(found: str, known: str) -> int | None:
    """Edits between a found name and a known one when ``found`` is a variant of ``known`` (tokens aligned
    in order or reversed; a trailing 'Al Saud'-like tail on ``found`` is allowed), else None."""
    return _aligned_edits(_tokens(found), _parts(found), _tokens(known), _parts(known))


def _aligned_edits(a: list[str], a_parts: list[str], b: list[str], b_parts: list[str]) -> int | None:
    """:func:`name_edits` on names already split into tokens and hyphen-split parts."""
    if len(a) != len(b):
        a, b = a_parts, b_parts  # "Yoon Suk Yeol" for "Yoon Suk-yeol"
    if len(a) > len(b) and len(b) >= 2 and a[len(b)].lower().split("-")[0] in _TAIL_PARTICLES:
        a = a[: len(b)]  # "Mohammad bin Salman Al Saud" for "Mohammed bin Salman"
    if len(a) != len(b) or len(a) < 2:
        return None
    best = None
    for order in (b, b[::-1]):
        edits: list[int] = []
        for x, y in zip(a, order, strict=True):
            e = _token_match(x, y)
            if e is None:
                break  # one pair that is no variant: this alignment fails
            edits.append(e)
        else:
            if sum(edits) <= 3 and 0 in edits:
                best = min(best if best is not None else 99, sum(edits))
    return best


def contracted_form(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` without some middle names ('João Lourenço' for 'João Manuel Gonçalves
    Lourenço'): same first and last name, the rest of ``short`` in ``full`` in order."""
    a, b = [_normal(t) for t in _tokens(short)], [_normal(t) for t in _tokens(full)]
    if len(a) < 2 or len(a) >= len(b) or a[0] != b[0] or a[-1] != b[-1]:
        return False
    rest = iter(b[1:-1])
    return all(token in rest for token in a[1:-1])


@lru_cache(maxsize=4)
def _full_names(reference: ReferenceData) -> list[tuple[str, str]]:
    """(name, person_id) for every seeded full name and transliteration."""
    return [
        (alias, pid)
        for alias, owners in reference.person_aliases.items()
        for pid, kind in owners
        if kind != "surname" and len(_tokens(alias)) >= 2
    ]


@lru_cache(maxsize=4)
def _by_initial(reference: ReferenceData) -> dict[str, list[tuple[str, str, list[str], list[str]]]]:
    """Seeded full names (with their tokens and hyphen-split parts) indexed by the normalised first letter of
    their first and of their last token, so a found name is compared only with names that could align with it
    (in order or reversed)."""
    index: dict[str, list[tuple[str, str, list[str], list[str]]]] = {}
    for alias, pid in _full_names(reference):
        tokens = _tokens(alias)
        for initial in {_normal(tokens[0])[:1], _normal(tokens[-1])[:1]}:
            index.setdefault(initial, []).append((alias, pid, tokens, _parts(alias)))
    return index


def _patronymic_prefix(name: str, alias: str) -> bool:
    """'Tamim bin Hamad' for 'Tamim bin Hamad Al Thani': a given name and patronymic without the family name."""
    found, seeded = [_normal(t) for t in _tokens(name)], [_normal(t) for t in _tokens(alias)]
    rest = seeded[len(found) :]
    return (
        len(found) >= 3
        and any(t in _PATRONYMIC for t in found[1:-1])
        and seeded[: len(found)] == found
        and bool(rest)
        and rest[0].split("-")[0] in ("al", "el")
    )


@lru_cache(maxsize=65536)  # a pure function of the name: the same names recur from article to article
def seeded_variant(name: str, reference: ReferenceData) -> str | None:
    """The one seeded person ``name`` is a variant of, or None (none, or more than one)."""
    scored: dict[str, int] = {}
    tokens, parts = _tokens(name), _parts(name)
    patronymic = len(tokens) >= 3 and any(t.lower() in _PATRONYMIC for t in tokens[1:-1])
    for alias, pid, alias_tokens, alias_parts in _by_initial(reference).get(_normal(name)[:1], ()):
        if patronymic and _patronymic_prefix(name, alias):
            edits: int | None = 0
        else:
            edits = _aligned_edits(tokens, parts, alias_tokens, alias_parts)
        if edits and reference.people.get(pid, {}).get("country") in SPELLED_AS_WRITTEN and _normal(tokens[-1]) != _normal(alias_tokens[-1]):
            continue  # "John F. Kelly" is not John Kerry: an English surname reaches English text as written ("Anthony Blinken" may)
        if edits is not None:
            scored[pid] = min(scored.get(pid, 99), edits)
    if not scored:
        # "Recep Erdogan" for "Recep Tayyip Erdoğan": a seeded full name without its middle names
        # (not a patronymic dropped: "Mohammed Al Thani" is no one in particular)
        contracted = {
            pid
            for alias, pid, alias_tokens, _ in _by_initial(reference).get(_normal(name)[:1], ())
            if contracted_form(name, alias) and not any(t.lower() in _PATRONYMIC for t in alias_tokens)
        }
        return contracted.pop() if len(contracted) == 1 else None
    best = min(scored.values())
    winners = [pid for pid, edits in scored.items() if edits == best]
    return winners[0] if len(winners) == 1 else None


def _remap(doc: Document, mapping: dict[str, tuple[str, str]]) -> None:
    doc.mentions = [
        replace(m, entity_id=mapping[m.entity_id][0], name=mapping[m.entity_id][1], resolution="variant")
        if m.entity_type == "person" and m.entity_id in mapping
        else m
        for m in doc.mentions
    ]


def _provisional_names(doc: Document) -> dict[str, str]:
    return {m.entity_id: m.name for m in doc.mentions if m.entity_type == "person" and m.entity_id.startswith("prov_")}


@lru_cache(maxsize=4)
def _honorific_pattern(reference: ReferenceData) -> re.Pattern[str] | None:
    """An honorific and one given name not followed by more of the name ('Emir Tamim', not 'Prince Faisal bin ...')."""
    honorifics = reference.cues.get("honorific", set())
    if not honorifics:
        return None
    words = "|".join(sorted(map(re.escape, honorifics)))
    return re.compile(rf"\b(?:{words})\s+(?P<given>[A-Z][a-z]+)\b(?![\s-]+(?:[A-Z]|bin\b|bint\b|ibn\b|al\b|el\b))")


@lru_cache(maxsize=4)
def _by_given_name(reference: ReferenceData) -> dict[str, list[str]]:
    """Lower-cased first name -> the seeded people whose full name or canonical name starts with it, sorted."""
    owners: dict[str, set[str]] = {}
    for alias, pid in _full_names(reference):
        owners.setdefault(_tokens(alias)[0].lower(), set()).add(pid)
    for pid, person in reference.people.items():
        owners.setdefault(_tokens(person["canonical_name"])[0].lower(), set()).add(pid)
    return {given: sorted(ids) for given, ids in owners.items()}


@lru_cache(maxsize=4)
def _titles_of(reference: ReferenceData) -> dict[str, list[str]]:
    """Per seeded person, lower-cased: the canonical name, every alias and every role ('emir')."""
    texts: dict[str, list[str]] = {pid: [person["canonical_name"].lower()] for pid, person in reference.people.items()}
    for alias, owners in reference.person_aliases.items():
        for pid, _ in owners:
            texts.setdefault(pid, []).append(alias.lower())
    for role in reference.roles:
        texts.setdefault(role.person_id, []).append(role.role.lower())
    return texts


def holds_rank(reference: ReferenceData, person_id: str, honorific: str) -> bool:
    """'King Abdullah' is no foreign minister named Abdullah: a rank honorific (``seeds/cue_words.csv`` cue type
    ``rank_honorific``) needs a seeded role or name that says it ('Emir' for Tamim); the others ('Sheikh', 'Mr')
    fit anyone."""
    if honorific not in reference.cues.get("rank_honorific", ()):
        return True
    return any(honorific.lower() in text for text in _titles_of(reference).get(person_id, ()))


def _honorific_forms(doc: Document) -> None:
    """'Sheikh Tamim', 'Emir Tamim': the seeded person whose first name follows the honorific (the one named
    in full in the article, else the only seeded person with that first name)."""
    pattern = _honorific_pattern(doc.reference)
    if pattern is None:
        return
    taken = SpanIndex((m.start, m.end) for m in doc.mentions)
    present = {m.entity_id for m in doc.mentions if m.entity_type == "person"}
    added = []
    for match in pattern.finditer(doc.text):
        if taken.overlaps(match.start(), match.end()):
            continue
        honorific = match.group(0).split()[0]
        # "King Abdullah": of the seeded people with that first name, those the honorific's rank fits
        owners = [
            pid for pid in _by_given_name(doc.reference).get(match.group("given").lower(), []) if holds_rank(doc.reference, pid, honorific)
        ]
        named = [pid for pid in owners if pid in present]
        person_id = named[0] if len(named) == 1 else owners[0] if len(owners) == 1 else None
        if person_id is None:
            continue
        name = doc.reference.people[person_id]["canonical_name"]
        added.append(doc.person_mention(person_id, name, match.start(), match.end(), "honorific", 0.75))
    doc.add_mentions(added)


def _surname_repeats(doc: Document) -> None:
    """'Singapore Prime Minister Lawrence Wong ... Wong will meet': the last word of a person named in full is
    that person elsewhere in the article, unless two people named in it share that word."""
    owners: dict[str, set[str]] = {}
    for m in doc.mentions:
        words = _tokens(re.sub(r",?\s+(?:Jr|Sr)\.?$|,?\s+I{2,3}$", "", re.sub(r"['’]s$", "", m.surface)))  # "Marcos, Jr."
        if m.entity_type == "person" and len(words) >= 2 and m.resolution != "role":
            owners.setdefault(words[-1], set()).add(m.entity_id)
    taken = SpanIndex((m.start, m.end) for m in doc.mentions)
    added = []
    for word, ids in owners.items():
        if len(ids) != 1 or not word[:1].isupper() or len(word) < 3 or word in doc.reference.cues.get("not_name", ()):
            continue  # "Theresa May ... in May": a word that is never a name alone stays the word
        (person_id,) = ids
        name = next(m.name for m in doc.mentions if m.entity_id == person_id)
        for start, end in taken.take_free(whole_word_spans(doc.text, word)):
            added.append(doc.person_mention(person_id, name, start, end, "surname", 0.7))
    added += _misspelled_surnames(doc, owners, taken)
    doc.add_mentions(added)


def _told_more_often(text: str, word: str, other: str) -> bool:
    return len(whole_word_spans(text, word)) > len(whole_word_spans(text, other))


def _misspelled_surnames(doc: Document, owners: dict[str, set[str]], taken: SpanIndex) -> list[Mention]:
    """'Zibani Nthakhwane said ... Nthankhwane said': a capitalised word one letter away from the surname of
    exactly one person named in full is that person, misspelt (a word the seeds know is never one)."""
    ref = doc.reference
    known = {w for w, ids in owners.items() if len(ids) == 1 and len(w) >= MISSPELT_MIN_LENGTH}
    if not known:
        return []
    found = []
    initials = {w[0] for w in known}
    for m in CAPITALISED_WORD.finditer(doc.text):
        word = m.group(0)
        if word[0] not in initials or taken.overlaps(*m.span()):
            continue
        if word in owners or word in ref.place_aliases or word in ref.demonyms or word in ref.surname_owners:
            continue
        if word in ref.person_aliases or word in ref.organisation_aliases or word in ref.cues.get("not_name", ()):
            continue
        close = [w for w in known if _token_match(word, w) == 1]
        if len(close) != 1 or _told_more_often(doc.text, word, close[0]) or not taken.take_free([m.span()]):
            continue  # a spelling told more often than the full name's is the right one ('Arevlo' ... 'Arevalo')
        (person_id,) = owners[close[0]]
        name = next(x.name for x in doc.mentions if x.entity_id == person_id)
        found.append(doc.person_mention(person_id, name, m.start(), m.end(), "surname", 0.6))
    return found


def add_name_variants(doc: Document) -> None:
    """Pipeline component: resolve variant spellings and honorific short forms (see the module docstring)."""
    provisional = _provisional_names(doc)
    mapping: dict[str, tuple[str, str]] = {}
    for pid, name in provisional.items():
        if (seeded := seeded_variant(name, doc.reference)) is not None:
            mapping[pid] = (seeded, doc.reference.people[seeded]["canonical_name"])
    # Two provisional spellings of one person: the spelling told most often (then the shorter, then the first)
    # keeps the id.
    counts: dict[str, int] = {}
    for m in doc.mentions:
        if m.resolution != "surname":  # short forms go to whichever spelling was introduced first
            counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
    order = {pid: i for i, pid in enumerate(provisional)}
    remaining = sorted(
        ((pid, name) for pid, name in provisional.items() if pid not in mapping),
        key=lambda item: (-counts.get(item[0], 0), len(_tokens(item[1])), order[item[0]]),
    )
    for i, (pid, name) in enumerate(remaining):
        for other, other_name in remaining[:i]:
            if other not in mapping and (
                name_edits(name, other_name) is not None
                or contracted_form(name, other_name)
                or contracted_form(other_name, name)
            ):
                mapping[pid] = (other, other_name)
                break
    if mapping:
        _remap(doc, mapping)
    _honorific_forms(doc)
    _surname_repeats(doc)
