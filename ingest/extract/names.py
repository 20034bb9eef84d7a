"""Find people, organisations and places in cleaned text, resolved against ``seeds/``."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from ingest.extract.capitals import with_surnames_recased
from ingest.extract.given_names import given_name_gender
from ingest.extract.name_edges import NameEdges
from ingest.extract.name_patterns import (
    GLUED_INITIALS,
    NAME_PARTICLE,
    PARTICLES,
    is_particle,
    patterns,
)
from ingest.extract.roles import RoleReferences
from ingest.extract.spans import SpanIndex
from ingest.extract.surnames import NEXT_NAME_WORD, SurnameResolution
from ingest.extract.text import LOWER, UPPER, Sentence, fold_accents, sentence_at, slug, whole_word_spans
from ingest.reference import ReferenceData

MONTH_NAMES = frozenset(calendar.month_name[1:])

if TYPE_CHECKING:
    from ingest.extract.document import Document

PORTFOLIO_BEFORE = re.compile(r"\b(?:and|of|for|on|to|in|at|with)[ \t]+$")  # a title cut at its own joining word
PRONOUNS = re.compile(r"\b(?P<p>he|she|his|her)\b", re.IGNORECASE)


def _overlapping(pattern: re.Pattern[str], text: str, titles: set[str], not_names: set[str]) -> Iterator[re.Match[str]]:
    """Matches of an introduction pattern; a match whose name opens with a title or no-name word resumes the search at that
    name: in "Principal Deputy Assistant Secretary of State for ... Alice Wells" the first match ('Deputy' +
    'Assistant Secretary') is no name, and the title it swallowed must still introduce the next one."""
    position = 0
    while m := pattern.search(text, position):
        yield m
        first = m.group("name").split(None, 1)[0]
        inside = first.lower() in titles or first in not_names
        position = max(m.start("name"), m.start() + 1) if inside else m.end()


@dataclass(frozen=True)
class Mention:
    """An entity occurrence in the cleaned article text."""

    entity_type: str  # person | organisation | place
    entity_id: str
    name: str  # canonical name
    surface: str
    start: int
    end: int
    sentence_id: int
    resolution: str  # name | alias | surname | titled | appositive | role
    confidence: float


_PARTICLE_NAME_AFTER = re.compile(rf"(?<=\S)(?=\s)\s+(?:{NAME_PARTICLE}|Al|El)\s+[{UPPER}][{LOWER}]{{2,}}(?![\w’'-])")
_WORD_BEFORE = re.compile(rf"(?P<word>[{UPPER}][{LOWER}]{{2,}})[ \t]+$")


def _norm(surface: str) -> str:
    return surface.replace("’", "'")


class ArticleMentions(RoleReferences, NameEdges, SurnameResolution):
    """Extract and resolve mentions for one article; keeps the article-level name memory."""

    def __init__(
        self, text: str, sentences: list[Sentence], published: date | None, reference: ReferenceData, original: str | None = None
    ):
        self.text = text
        self.original = original or text  # the article as written, when ``text`` is its recased view
        self.sentences = sentences
        self.published = published
        self.reference = reference
        self.patterns = patterns(reference)
        self.mentions: list[Mention] = []

    def _sentence_id(self, position: int) -> int:
        sentence = sentence_at(self.sentences, position)
        return sentence.index if sentence else -1

    def _add(self, entity_type: str, entity_id: str, name: str, start: int, end: int, resolution: str, conf: float) -> None:
        self.mentions.append(
            Mention(entity_type, entity_id, name, self.text[start:end], start, end, self._sentence_id(start), resolution, conf)
        )

    def extract(self) -> list[Mention]:
        """Run every mention rule; returns mentions sorted by position, non-overlapping."""
        candidates = self._dictionary_candidates()
        taken = SpanIndex()
        surname_hits: list[tuple[int, int, str]] = []
        for start, end, kind, key in sorted(candidates, key=lambda c: (c[0], -(c[1] - c[0]))):
            if taken.overlaps(start, end):
                continue
            if kind == "surname":
                surname_hits.append((start, end, key))
                continue
            if kind == "place" and self._given_name_of_seeded_surname(start, end):
                continue  # "Georgia Meloni": a place that is also a given name, before a seeded surname
            taken.append((start, end))
            self._add_dictionary(kind, key, start, end)
        discovered = self._discover_people(taken)
        surname_hits = [hit for hit in surname_hits if not taken.overlaps(*hit[:2])]
        taken.extend(hit[:2] for hit in surname_hits)
        self._resolve_surnames(surname_hits, discovered, taken)
        people = SpanIndex((m.start, m.end) for m in self.mentions if m.entity_type == "person")
        self._role_references(people)  # adds the role references' spans to ``people``
        self._counterparts(people)
        self._plural_roles(people)
        self.mentions.sort(key=lambda m: m.start)
        return self.mentions

    def _dictionary_candidates(self) -> list[tuple[int, int, str, str]]:
        found = list(self.patterns.names.find(self.text))
        folded = self.text if self.text.isascii() else fold_accents(self.text)  # ASCII has no accents to fold
        if folded != self.text:  # "Szijjártó" in the text, "Szijjarto" in the seeds (and the reverse)
            spans = {(start, end) for start, end, _ in found}
            found += [hit for hit in self.patterns.names.find(folded) if hit[:2] not in spans]
        return [(start, end, *key.split(":", 1)) for start, end, key in found]

    def _add_dictionary(self, kind: str, key: str, start: int, end: int) -> None:
        ref = self.reference
        if kind == "person":
            name = ref.people[key]["canonical_name"]
            resolution = "name" if self.text[start:end] == name else "alias"
            self._add("person", key, name, start, end, resolution, 1.0)
        elif kind == "organisation":
            self._add("organisation", key, ref.organisations[key]["canonical_name"], start, end, "alias", 0.95)
        else:
            self._add("place", key, ref.places[key]["place_name"], start, end, "alias", 0.95)

    def _given_name_of_seeded_surname(self, start: int, end: int) -> bool:
        following = NEXT_NAME_WORD.match(self.text, end)
        return bool(following) and following.group("word") in self.reference.surname_owners and self._is_given_name(self.text[start:end])

    def _valid_name(self, name: str) -> bool:
        tokens = name.split()
        # "minister January Makamba": a month opening a name of two words or more is a given name
        checked = tokens[1:] if len(tokens) >= 2 and tokens[0] in MONTH_NAMES else tokens
        # a particle inside a name is no never-a-name word there: "Mohamed Ould Cheikh El Ghazouani"
        checked = [t for i, t in enumerate(checked) if not (i and is_particle(t))]
        if any(t in self.reference.cues["not_name"] for t in checked):
            return False
        surnames = self.reference.surname_owners
        if any(
            t in self.reference.demonyms
            or (t in self.reference.place_aliases and not (i + 1 < len(tokens) and tokens[i + 1] in surnames and self._is_given_name(t)))
            for i, t in enumerate(tokens)
        ):
            return False  # a place or demonym is no name word, but "Georgia Meloni" is a given name before a seeded surname
        if tokens and tokens[-1].lower() in self.reference.cues["title"]:
            return False  # "Deputy Supreme Commander": a title ends no name
        return _norm(name).lower() not in self.patterns.org_lookup

    def _in_title_case_headline(self, position: int) -> bool:
        """Whether ``position`` is in a headline with most words capitalised, where capitals mark no names."""
        sentence = sentence_at(self.sentences, position)
        if sentence is None or not sentence.headline:
            return False
        words = re.findall(r"[^\W\d_][\w’'-]*", self.text[sentence.start : sentence.end])
        long_words = [w for w in words if len(w) > 3]
        return len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)

    def _discover_people(self, taken: SpanIndex) -> dict[str, tuple[str, str]]:
        """People not in the seeds, introduced with a title or an appositive; returns short-form index."""
        short_forms: dict[str, tuple[str, str]] = {}
        patterns = (
            (self.patterns.titled, "titled", 2),
            (self.patterns.titled_apposition, "titled", 2),
            (self.patterns.appositive, "appositive", 2),
            (self.patterns.single, "titled", 1),
        )
        for pattern, resolution, min_tokens in patterns:
            for m in _overlapping(pattern, self.text, self.reference.cues["title"], self.reference.cues["not_name"]):
                start = m.start("name")
                if resolution == "titled" and PORTFOLIO_BEFORE.search(self.text, max(0, start - 8), start):
                    continue  # "Minister of Energy and Natural Resources", "Assistant ... on Social Media": the title's object
                if self._in_title_case_headline(start):
                    continue  # "UK Premier to Make First Official Visit": every word is capitalised
                tokens = m.group("name").split()
                while (
                    len(tokens) > 1
                    and not is_particle(tokens[1])
                    and (
                        tokens[0] in self.reference.cues["honorific"]
                        or (tokens[0].split("-")[0] in self.reference.cues["not_name"] and tokens[0] not in MONTH_NAMES)
                        or tokens[0].lower() in self.reference.cues["title"]  # "General Engineer Issa ..."
                        or (len(tokens[0]) > 2 and tokens[0].isupper() and "." not in tokens[0])  # "Minister in the OPM Stuart Young": an acronym (not "J.K.")
                        # "Prime minister Japan Yosikhide Suga": a country set right after the title (the "of" left out)
                        or (len(tokens) >= 3 and resolution == "titled" and tokens[0] in self.reference.place_aliases)
                    )
                ):  # "Sheikh Tamim ...", "President-elect Lai Ching-te"; but "Prince Sultan bin Saad": Sultan is the name
                    start = self.text.index(tokens[1], start + len(tokens[0]))
                    tokens.pop(0)
                # "Emir of Kuwait Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah", "Minister of Foreign Affairs Mohammed Bin
                # Abdulrahman Al Thani": the title swallowed the name's first words, back to the word a particle follows
                for _ in range(4):
                    before = _WORD_BEFORE.search(self.text, max(0, start - 30), start)
                    if not tokens or before is None or not (is_particle(tokens[0]) or is_particle(before.group("word"))):
                        break
                    if before.group("word") in self.reference.cues["not_name"] or before.group("word").lower() in self.reference.cues["title"]:
                        break
                    start = before.start("word")
                    tokens.insert(0, before.group("word"))
                cut_at_particle = False
                while tokens and (not self._valid_name(tokens[-1]) or tokens[-1].lower() in PARTICLES):
                    cut_at_particle = tokens.pop().lower() in PARTICLES
                if cut_at_particle and tokens and (rest := _PARTICLE_NAME_AFTER.match(self.text, start + len(" ".join(tokens)))):
                    tokens += rest.group(0).split()  # "Issa Saif Mohammed Al| Mazrouei": the name ran past the token limit
                if resolution == "titled" and (after_place := self._name_words_after_title_place(start)) and len(tokens) < 5:
                    # "President of Mauritania Mohamed Ould Cheikh El Ghazouani": the title's country ends the title
                    tokens = after_place.split() + tokens
                    start -= len(after_place) + 1
                elif resolution == "titled" and not m.groupdict().get("styled") and (given := self._given_name_before(start)) and len(tokens) < 4:
                    # "High Commissioner of Bangladesh Syed Muazzem Ali": the title's last word is a given name
                    tokens.insert(0, given)
                    start -= len(given) + 1
                elif resolution == "titled" and len(tokens) == 2 and (family := self._family_name_before(start)):
                    # "Chairman of the Presidential Office of Việt Nam Lê Khánh Hải": a family name written first
                    tokens.insert(0, family)
                    start -= len(family) + 1
                if len(tokens) >= 3 and self._runs_into_named_surname(tokens, start):
                    tokens.pop()  # "Director-General Gert Jan Koopman Vucic wrote": a comma was left out
                glued = bool(tokens) and GLUED_INITIALS.match(tokens[0]) is not None  # "Kh.Battulga": two name parts
                if len(tokens) + glued < min_tokens or not self._valid_name(" ".join(tokens)):
                    continue
                if len(tokens) == 1 and (
                    tokens[0] in self.reference.surname_owners or tokens[0] in self.reference.person_aliases
                ):
                    continue  # "Foreign Minister Wang": a known surname, resolved from the full mention
                name = " ".join(tokens)
                end = start + len(name)
                if taken.overlaps(start, end):
                    continue
                if len(tokens) == 1 and not glued:
                    name = self._full_form(name)  # "Polish President Komorowski" after "Bronisław Komorowski"
                person_id = "prov_" + slug(name)
                if seeded := self._seeded_without_middle_initials(tokens):
                    person_id, name = seeded  # "Secretary of State Antony J. Blinken"
                taken.append((start, end))
                self._add("person", person_id, name, start, end, resolution, 0.8)
                # "Aileen Mendiola-Rau ... Rau said": a double-barrelled surname's last part is a short form too
                parts = [p for p in tokens[-1].split("-")[1:] if len(p) > 2 and p[0].isupper() and p.lower() not in PARTICLES]
                for token in (tokens[0], tokens[-1], *parts[-1:]):
                    # 'January' of "January Makamba" alone is the month
                    if not is_particle(token) and token not in self.reference.cues["honorific"] and token not in self.reference.cues["not_name"]:
                        short_forms.setdefault(token, (person_id, name))
        # Repeat full mentions of discovered people elsewhere in the article.
        for person_id, name in {v for v in short_forms.values()}:
            for start, end in taken.take_free(whole_word_spans(self.text, name)):
                self._add("person", person_id, name, start, end, "name", 0.8)
        for token, (person_id, name) in short_forms.items():
            for start, end in taken.take_free(whole_word_spans(self.text, token)):
                self._add("person", person_id, name, start, end, "surname", 0.7)
        return short_forms

    def _is_given_name(self, word: str) -> bool:
        """A known given name that is no title, honorific or never-a-name word."""
        cues = self.reference.cues
        if word in cues["not_name"] or word in cues["honorific"] or word.lower() in cues.get("title", ()):
            return False
        return given_name_gender(word)[0]


def extract_mentions(text: str, sentences: list[Sentence], published: date | None, reference: ReferenceData) -> list[Mention]:
    """All entity mentions of an article, sorted by position."""
    recased = with_surnames_recased(text, reference)
    mentions = ArticleMentions(recased, sentences, published, reference, original=text).extract()
    # the surface is the article's own writing ('Macky SALL'); the name is the recased one ('Macky Sall')
    return [m if recased is text else replace(m, surface=text[m.start : m.end]) for m in mentions]


def add_names(doc: Document) -> None:
    """Pipeline component: add ``doc.mentions`` (people, organisations, places; reads text and reference data)."""
    doc.mentions = extract_mentions(doc.text, doc.sentences, doc.published, doc.reference)


def with_sentence(mention: Mention, sentence_id: int) -> Mention:
    """Copy of ``mention`` with another sentence id."""
    return replace(mention, sentence_id=sentence_id)

