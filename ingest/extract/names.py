"""Find people, organisations and places in cleaned text, resolved against ``seeds/``."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from ingest.extract.capitals import with_surnames_recased
from ingest.extract.given_names import given_name_gender
from ingest.extract.name_patterns import (
    GLUED_INITIALS,
    MIDDLE_INITIALS,
    NAME_PARTICLE,
    PARTICLES,
    patterns,
)
from ingest.extract.roles import RoleReferences
from ingest.extract.spans import SpanIndex
from ingest.extract.text import LOWER, UPPER, Sentence, fold_accents, sentence_at, slug, whole_word_spans
from ingest.reference import ReferenceData

MONTH_NAMES = frozenset(calendar.month_name[1:])

if TYPE_CHECKING:
    from ingest.extract.document import Document

WORD_RIGHT_BEFORE = re.compile(r"(?<![\w’'-])(?P<word>[A-Za-z]+)\.?[ \t]+$")
AFTER_TITLE_PLACE = re.compile(r"\bof\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+)\s$")  # "President of Tunisia "
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


@lru_cache(maxsize=4)
def seeded_given_names(reference: ReferenceData) -> dict[str, frozenset[str]]:
    """Per seeded person, the first words of their full names and transliterations ('Kamala', 'Tamim')."""
    found: dict[str, set[str]] = {}
    for alias, owners in reference.person_aliases.items():
        for person_id, kind in owners:
            if kind != "surname":
                found.setdefault(person_id, set()).add(alias.split()[0])
    return {person_id: frozenset(words) for person_id, words in found.items()}


def _is_particle(token: str) -> bool:
    """'bin', 'Al', 'Al-Sabah': a word or prefix that never opens a name."""
    return token.lower() in PARTICLES or token.startswith(("Al-", "al-", "El-", "el-"))


NEXT_NAME_WORD = re.compile(rf"[ \t]+(?P<word>[{UPPER}][{LOWER}]{{2,}})\b")  # "Michel| Temer": a name word right after


def _norm(surface: str) -> str:
    return surface.replace("’", "'")


class ArticleMentions(RoleReferences):
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
        checked = [t for i, t in enumerate(checked) if not (i and _is_particle(t))]
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
                if self._in_title_case_headline(start):
                    continue  # "UK Premier to Make First Official Visit": every word is capitalised
                tokens = m.group("name").split()
                while (
                    len(tokens) > 1
                    and not _is_particle(tokens[1])
                    and (
                        tokens[0] in self.reference.cues["honorific"]
                        or (tokens[0].split("-")[0] in self.reference.cues["not_name"] and tokens[0] not in MONTH_NAMES)
                        or tokens[0].lower() in self.reference.cues["title"]  # "General Engineer Issa ..."
                        or (len(tokens[0]) > 2 and tokens[0].isupper() and "." not in tokens[0])  # "Minister in the OPM Stuart Young": an acronym (not "J.K.")
                    )
                ):  # "Sheikh Tamim ...", "President-elect Lai Ching-te"; but "Prince Sultan bin Saad": Sultan is the name
                    start = self.text.index(tokens[1], start + len(tokens[0]))
                    tokens.pop(0)
                # "Emir of Kuwait Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah", "Minister of Foreign Affairs Mohammed Bin
                # Abdulrahman Al Thani": the title swallowed the name's first words, back to the word a particle follows
                for _ in range(4):
                    before = _WORD_BEFORE.search(self.text, max(0, start - 30), start)
                    if not tokens or before is None or not (_is_particle(tokens[0]) or _is_particle(before.group("word"))):
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
                    if not _is_particle(token) and token not in self.reference.cues["honorific"] and token not in self.reference.cues["not_name"]:
                        short_forms.setdefault(token, (person_id, name))
        # Repeat full mentions of discovered people elsewhere in the article.
        for person_id, name in {v for v in short_forms.values()}:
            for start, end in taken.take_free(whole_word_spans(self.text, name)):
                self._add("person", person_id, name, start, end, "name", 0.8)
        for token, (person_id, name) in short_forms.items():
            for start, end in taken.take_free(whole_word_spans(self.text, token)):
                self._add("person", person_id, name, start, end, "surname", 0.7)
        return short_forms

    def _runs_into_named_surname(self, tokens: list[str], start: int) -> bool:
        """The name's last word is the surname of a seeded person the article names in full (and no particle
        ties it to the name, as in "Hamdan bin Mohammed Al Maktoum", nor capitals mark it as this person's
        family name, as in "Aïssata Tall SALL")."""
        owners = self.reference.surname_owners.get(tokens[-1], set())
        if not owners or any(_is_particle(t) for t in tokens):
            return False
        last_start = start + len(" ".join(tokens[:-1])) + 1
        if self.original[last_start : last_start + len(tokens[-1])].isupper():
            return False
        return any(m.entity_type == "person" and m.entity_id in owners and m.resolution != "surname" for m in self.mentions)

    def _seeded_without_middle_initials(self, tokens: list[str]) -> tuple[str, str] | None:
        """The seeded person a name with middle initials names ('Antony J. Blinken'), by id and canonical name."""
        plain = [t for i, t in enumerate(tokens) if not (0 < i < len(tokens) - 1 and MIDDLE_INITIALS.fullmatch(t))]
        if len(plain) == len(tokens):
            return None
        owners = [pid for pid, kind in self.reference.person_aliases.get(" ".join(plain), ()) if kind != "surname"]
        return (owners[0], self.reference.people[owners[0]]["canonical_name"]) if len(owners) == 1 else None

    def _given_name_before(self, start: int) -> str | None:
        """A known given name right before ``start`` (one space between) that is no title word."""
        m = re.search(rf"(?<![\w’'-])([{UPPER}][{LOWER}]+) $", self.text[max(0, start - 30) : start])
        if m is None:
            return None
        word = m.group(1)
        if word in self.reference.place_aliases or word in self.reference.demonyms:
            return None
        if self._is_given_name(word):
            return word
        # "President of Tunisia Beji Caid Essebsi": the word after the title's country opens the name
        place = AFTER_TITLE_PLACE.search(self.text, max(0, start - 60), start - len(word) - 1)
        cues = self.reference.cues
        if place and place.group("place") in self.reference.place_aliases and not (
            word in cues["not_name"] or word in cues["honorific"] or word.lower() in cues["title"]
        ):
            return word
        return None

    def _name_words_after_title_place(self, start: int) -> str | None:
        """The words between a title's country and the name the pattern found ('President of Mauritania Mohamed
        Ould Cheikh | El Ghazouani'), when none of them is a title, honorific, place or never-a-name word."""
        head = self.text[max(0, start - 90) : start]
        m = re.search(rf"\bof[ \t]+(?:the[ \t]+)?(?P<rest>(?:[{UPPER}][\w’'-]*[ \t]+){{2,5}})$", head)
        if m is None:
            return None
        words = m.group("rest").split()
        cues = self.reference.cues
        for cut in (2, 1):  # "of Sri Lanka ...", "of Mauritania ..."
            place, name_words = " ".join(words[:cut]), words[cut:]
            if place not in self.reference.place_aliases or not name_words or len(name_words) > 4:
                continue
            if any(
                not _is_particle(w)
                and (w in cues["not_name"] or w in cues["honorific"] or w.lower() in cues["title"] or w in self.reference.place_aliases)
                for w in name_words
            ):
                return None
            return " ".join(name_words)
        return None

    def _family_name_before(self, start: int) -> str | None:
        """A family name written first (``family_name_first`` cues, accents folded) right before ``start``."""
        m = re.search(rf"(?<![\w’'-])([{UPPER}][{LOWER}]+) $", self.text[max(0, start - 30) : start])
        family_names = self.reference.cues.get("family_name_first", ())
        return m.group(1) if m and fold_accents(m.group(1)) in family_names else None

    def _full_form(self, surname: str) -> str:
        """The article's 'Given Surname' for a person introduced by one word, else the word."""
        pattern = rf"(?<![\w’'-])(?P<given>[{UPPER}][{LOWER}]+)[ \t]+{re.escape(surname)}(?![\w’'-])"
        for m in re.finditer(pattern, self.text):
            if self._is_given_name(given := m.group("given")):
                return f"{given} {surname}"
        return surname

    def _other_bearer(self, surname: str, owner: str) -> bool:
        """'Taoiseach Simon Harris ... Mr Harris': the text names someone else with the seeded surname, by a given
        name that is not the seeded person's."""
        full = self._full_form(surname)
        if full == surname:
            return False
        return full.split()[0] not in seeded_given_names(self.reference).get(owner, frozenset())

    def _is_given_name(self, word: str) -> bool:
        """A known given name that is no title, honorific or never-a-name word."""
        cues = self.reference.cues
        if word in cues["not_name"] or word in cues["honorific"] or word.lower() in cues.get("title", ()):
            return False
        return given_name_gender(word)[0]

    def _given_name_before_surname(self, end: int) -> bool:
        """'Michel Temer': a seeded surname followed by another name word is someone else's given name."""
        following = NEXT_NAME_WORD.match(self.text, end)
        return bool(following) and following.group("word") not in self.reference.cues["not_name"]

    def _title_right_before(self, start: int, person_id: str) -> bool:
        """'President Sisi': a title word right before ``start`` that is in a role ``person_id`` holds."""
        before = WORD_RIGHT_BEFORE.search(self.text, max(0, start - 30), start)
        if before is None or (word := before.group("word").lower()) not in self.reference.cues["title"]:
            return False
        return any(word in r.role.lower().split() for r in self.reference.roles if r.person_id == person_id)

    def _resolve_surnames(self, hits: list[tuple[int, int, str]], discovered: dict, taken: SpanIndex) -> None:
        family_first = self.reference.cues.get("family_name_first", ())
        full = [(m.start, m.entity_id) for m in self.mentions if m.entity_type == "person" and m.resolution != "surname"]
        for start, end, surname in hits:
            owners = self.reference.surname_owners.get(surname, set())
            present = [(pos, pid) for pos, pid in full if pid in owners]
            if present and fold_accents(surname) in family_first and self._given_name_before_surname(end):
                continue  # "Phạm Minh Chính ... Phạm Thu Hằng said": a family name written first opens another name
            if present:
                before = [item for item in present if item[0] < start]
                person_id = (before[-1] if before else present[0])[1]
                conf = 0.9
            elif (
                len(owners) == 1
                # "President Sisi": a title the person holds makes a short surname sure (not "Foreign Minister Lee")
                and (len(surname) >= 5 or self._title_right_before(start, next(iter(owners))))
                and not self._given_name_before_surname(end)
                and not self._other_bearer(surname, next(iter(owners)))
            ):
                person_id = next(iter(owners))
                conf = 0.7
            elif surname in discovered:
                person_id = discovered[surname][0]
                conf = 0.7
            else:
                continue
            if person_id in self.reference.people:
                name = self.reference.people[person_id]["canonical_name"]
            else:  # the full name the article introduced, so that later steps see one name per id
                name = discovered[surname][1] if surname in discovered else surname
            self._add("person", person_id, name, start, end, "surname", conf)


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
