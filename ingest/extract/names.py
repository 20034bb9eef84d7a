"""Find people, organisations and places in cleaned text, resolved against ``seeds/``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.patterns import literal_alternation
from ingest.extract.text import Sentence, fold_accents, sentence_at, slug
from ingest.reference import ReferenceData

NAME_TOKEN = r"(?:[A-Z][a-zà-ÿ]+(?:[-'’][A-Z]?[a-zà-ÿ]+)*)"
NAME_PARTICLE = r"(?:bin|bint|ibn|al|el|da|de|di|dos|das|du|van|von|der|den|la|le)"
PARTICLES = {"bin", "bint", "ibn", "al", "el", "da", "de", "di", "dos", "das", "du", "van", "von", "der", "den", "la", "le"}
HONORIFICS = {"Sheikh", "Sheikha", "Prince", "Princess", "King", "Queen", "Emir", "Sultan", "Mr", "Mrs", "Ms", "Dr"}
NOT_NAME_WORDS = {
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "For",
    "And",
    "But",
    "Of",
    "To",
    "With",
    "By",
    "From",
    "As",
    "He",
    "She",
    "His",
    "Her",
    "It",
    "They",
    "This",
    "That",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Foreign",
    "Minister",
    "Ministry",
    "President",
    "Prime",
    "Secretary",
    "General",
    "Security",
    "Council",
    "Office",
    "Affairs",
    "Defense",
    "Defence",
    "State",
    "National",
    "Special",
    "Deputy",
    "Vice",
    "Chief",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Former",
    "Senior",
    "Top",
    "Kremlin",
    "Party",
    "Committee",
    "Commission",
    "Department",
    "Union",
    "Nations",
    "Republic",
    "Federation",
    "Army",
    "Navy",
    "Center",
    "Centre",
    "Institute",
    "University",
    "Foundation",
    "Agency",
    "Academy",
    "Association",
    "Organisation",
    "Organization",
    "Service",
    "Group",
    "Bank",
    "Fund",
    "Forum",
    "School",
    "College",
    "News",
    "Times",
    "Post",
    "Press",
    "Daily",
    "Club",
    "Company",
    "Corporation",
    "Embassy",
    "Parliament",
    "Assembly",
    "Who",
    "Which",
    "While",
    "After",
    "Before",
    "During",
    "Meanwhile",
    "Later",
    "Earlier",
    "Last",
    "Next",
}
COUNTERPART = re.compile(r"\b(?:his|her|their)\s+(?P<demonym>[A-Z][a-z]+)\s+(?:counterpart|colleague|opposite number)\b")
INTERNATIONAL = "(international)"  # the scope of a body with no country (EU, UN, NATO)
PRONOUNS = re.compile(r"\b(?P<p>he|she|his|her)\b", re.IGNORECASE)


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


def _introduction_patterns(titles: set[str], demonyms: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """'spokesman Guo Jiakun', 'Zhou Bo, a former Chinese colonel' and 'Indonesian Foreign Minister Sugiono'
    for title words from seeds/cue_words.csv and demonyms from seeds/places.csv."""
    words = literal_alternation(titles, ignore_case=True)
    name = rf"{NAME_TOKEN}(?:\s+(?:{NAME_PARTICLE}\s+)?{NAME_TOKEN}){{1,4}}"  # "Mohammed bin Abdulrahman Al Thani"
    # "Deputy Secretary of State Kurt Campbell", "Minister of Foreign Affairs Ahmed Attaf"
    # ... and "special representative for Eurasian affairs Li Hui", "Ambassador to Russia Zhang Hanhui"
    # ... and "Director of the General Office of the CPC Central Committee Cai Qi"
    title = (
        rf"\b(?i:{words})(?:\s+(?:of|for|on|to)\s+(?:the\s+)?[A-Z][a-zA-Z]+"
        rf"(?:\s+(?:[A-Z][a-zA-Z]+|(?i:affairs)|of\s+the|of|for)){{0,6}})?"
    )
    titled = re.compile(rf"{title}\s+(?P<name>{name})")
    # "Japan's chief cabinet secretary, Yoshimasa Hayashi, told reporters"
    titled_apposition = re.compile(rf"{title},\s+(?P<name>{name}),")
    appositive = re.compile(
        rf"(?P<name>{name}),\s+(?:(?:a|an|the|[A-Z][\w.-]*['’]s)\s+(?:former\s+)?[^,.;]{{0,60}}?\b(?:{words})\b"
        rf"|(?:(?:former|deputy|senior|chief|acting|executive|managing)\s+)?(?:{words})\s+(?:of|for|at|to|with)\s)"
    )  # "Zhou Bo, a former Chinese colonel", "Dmitry Polyansky, Russia's deputy ambassador", "X, director of ..."
    # A single-word name only in the full introduction (nationality + title), and not followed by another name word.
    single = re.compile(
        rf"\b{literal_alternation(demonyms)}\s+(?:[A-Z][a-z]+\s+){{0,2}}(?i:{words})\s+(?P<name>{NAME_TOKEN})(?![\w’'-]|\s+[A-Z])"
    )
    return titled, appositive, single, titled_apposition


@dataclass(frozen=True)
class _Patterns:
    names: Gazetteer
    titled: re.Pattern[str]
    appositive: re.Pattern[str]
    single: re.Pattern[str]
    titled_apposition: re.Pattern[str]
    org_lookup: dict[str, str]
    place_lookup: dict[str, str]
    role_phrases: re.Pattern[str]


@lru_cache(maxsize=4)
def _patterns(reference: ReferenceData) -> _Patterns:
    exact: list[tuple[str, str]] = []
    for alias, owners in reference.person_aliases.items():
        full = [pid for pid, kind in owners if kind != "surname"]
        exact.append((alias, f"person:{full[0]}" if full else f"surname:{alias}"))
    folded = []
    for alias, oid in reference.organisation_aliases.items():
        (folded if " " in alias else exact).append((alias, f"organisation:{oid}"))
    exact += [(alias, f"place:{pid}") for alias, pid in reference.place_aliases.items()]
    # Accented seed names also match the folded text ("Péter Szijjártó" written "Peter Szijjarto").
    exact += [(fold_accents(alias), key) for alias, key in exact if fold_accents(alias) != alias]
    folded += [(fold_accents(alias), key) for alias, key in folded if fold_accents(alias) != alias]
    phrases = sorted({p for p, *_ in reference.role_phrases}, key=len, reverse=True)
    phrase_body = "|".join(r"\s+(?:[A-Z][a-z]+\s+)?".join(f"(?i:{re.escape(w)})" for w in p.split()) for p in phrases)
    first_words = "(?i:" + literal_alternation({p.split()[0] for p in phrases}, ignore_case=True) + ")"
    titled, appositive, single, titled_apposition = _introduction_patterns(reference.cues.get("title", set()), reference.demonyms)
    return _Patterns(
        names=Gazetteer(exact, folded),
        titled=titled,
        appositive=appositive,
        single=single,
        titled_apposition=titled_apposition,
        org_lookup={a.lower().replace("’", "'"): oid for a, oid in reference.organisation_aliases.items()},
        place_lookup={a.replace("’", "'"): pid for a, pid in reference.place_aliases.items()},
        # The lookahead on first words lets the regex skip most positions with one trie test.
        role_phrases=re.compile(rf"\b(?={first_words}\b)(?P<phrase>{phrase_body})\b"),
    )


def _norm(surface: str) -> str:
    return surface.replace("’", "'")


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


class ArticleMentions:
    """Extract and resolve mentions for one article; keeps the article-level name memory."""

    def __init__(self, text: str, sentences: list[Sentence], published: date | None, reference: ReferenceData):
        self.text = text
        self.sentences = sentences
        self.published = published
        self.reference = reference
        self.patterns = _patterns(reference)
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
        taken: list[tuple[int, int]] = []
        surname_hits: list[tuple[int, int, str]] = []
        for start, end, kind, key in sorted(candidates, key=lambda c: (c[0], -(c[1] - c[0]))):
            if _overlaps((start, end), taken):
                continue
            if kind == "surname":
                surname_hits.append((start, end, key))
                continue
            taken.append((start, end))
            self._add_dictionary(kind, key, start, end)
        discovered = self._discover_people(taken)
        surname_hits = [hit for hit in surname_hits if not _overlaps(hit[:2], taken)]
        taken.extend(hit[:2] for hit in surname_hits)
        self._resolve_surnames(surname_hits, discovered, taken)
        people = [(m.start, m.end) for m in self.mentions if m.entity_type == "person"]
        self._role_references(people)  # adds the role references' spans to ``people``
        self._counterparts(people)
        self.mentions.sort(key=lambda m: m.start)
        return self.mentions

    def _dictionary_candidates(self) -> list[tuple[int, int, str, str]]:
        found = list(self.patterns.names.find(self.text))
        folded = fold_accents(self.text)
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

    def _valid_name(self, name: str) -> bool:
        tokens = name.split()
        if any(t in NOT_NAME_WORDS for t in tokens):
            return False
        if any(t in self.reference.place_aliases or t in self.reference.demonyms for t in tokens):
            return False
        return _norm(name).lower() not in self.patterns.org_lookup

    def _discover_people(self, taken: list[tuple[int, int]]) -> dict[str, tuple[str, str]]:
        """People not in the seeds, introduced with a title or an appositive; returns short-form index."""
        short_forms: dict[str, tuple[str, str]] = {}
        patterns = (
            (self.patterns.titled, "titled", 2),
            (self.patterns.titled_apposition, "titled", 2),
            (self.patterns.appositive, "appositive", 2),
            (self.patterns.single, "titled", 1),
        )
        for pattern, resolution, min_tokens in patterns:
            for m in pattern.finditer(self.text):
                start = m.start("name")
                tokens = m.group("name").split()
                while len(tokens) > 1 and tokens[0] in HONORIFICS:
                    start = self.text.index(tokens[1], start + len(tokens[0]))
                    tokens.pop(0)
                while tokens and (not self._valid_name(tokens[-1]) or tokens[-1] in PARTICLES):
                    tokens.pop()
                if len(tokens) < min_tokens or not self._valid_name(" ".join(tokens)):
                    continue
                if len(tokens) == 1 and (
                    tokens[0] in self.reference.surname_owners or tokens[0] in self.reference.person_aliases
                ):
                    continue  # "Foreign Minister Wang": a known surname, resolved from the full mention
                name = " ".join(tokens)
                end = start + len(name)
                if _overlaps((start, end), taken):
                    continue
                person_id = "prov_" + slug(name)
                taken.append((start, end))
                self._add("person", person_id, name, start, end, resolution, 0.8)
                for token in (tokens[0], tokens[-1]):
                    short_forms.setdefault(token, (person_id, name))
        # Repeat full mentions of discovered people elsewhere in the article.
        for person_id, name in {v for v in short_forms.values()}:
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self.text):
                if not _overlaps((m.start(), m.end()), taken):
                    taken.append((m.start(), m.end()))
                    self._add("person", person_id, name, m.start(), m.end(), "name", 0.8)
        for token, (person_id, name) in short_forms.items():
            for m in re.finditer(rf"(?<![\w-]){re.escape(token)}(?![\w-])", self.text):
                if not _overlaps((m.start(), m.end()), taken):
                    taken.append((m.start(), m.end()))
                    self._add("person", person_id, name, m.start(), m.end(), "surname", 0.7)
        return short_forms

    def _resolve_surnames(self, hits: list[tuple[int, int, str]], discovered: dict, taken: list) -> None:
        full = [(m.start, m.entity_id) for m in self.mentions if m.entity_type == "person" and m.resolution != "surname"]
        for start, end, surname in hits:
            owners = self.reference.surname_owners.get(surname, set())
            present = [(pos, pid) for pos, pid in full if pid in owners]
            if present:
                before = [item for item in present if item[0] < start]
                person_id = (before[-1] if before else present[0])[1]
                conf = 0.9
            elif len(owners) == 1 and len(surname) >= 5:
                person_id = next(iter(owners))
                conf = 0.7
            elif surname in discovered:
                person_id = discovered[surname][0]
                conf = 0.7
            else:
                continue
            name = self.reference.people[person_id]["canonical_name"] if person_id in self.reference.people else surname
            self._add("person", person_id, name, start, end, "surname", conf)

    def _country_before(self, start: int) -> str | None:
        window = self.text[max(0, start - 40) : start]
        m = re.search(r"(?:^|[^\w.])((?:[A-Z][\w.]*\x20)?[A-Z][\w.]*)(?:['’]s)?\x20+$", window)
        if not m:
            return None
        words = m.group(1).split(" ")
        for word in (" ".join(words), words[-1]):
            if word in self.reference.demonyms:
                return self.reference.demonyms[word]
            place = self.reference.places.get(self.patterns.place_lookup.get(word, ""), {})
            if place.get("place_type") == "country":
                return place["country"]
            organisation = self.reference.organisations.get(self.patterns.org_lookup.get(word.lower(), ""))
            if organisation and organisation["org_type"] != "media":
                # "the Kremlin's foreign policy aide" (Russia), "the EU's foreign policy chief" (no country)
                return organisation["country"] or INTERNATIONAL
        return None

    def _role_references(self, taken: list[tuple[int, int]]) -> None:
        """'France's top diplomat', 'the Kremlin spokesman': resolved through dated person_roles."""
        for m in self.patterns.role_phrases.finditer(self.text):
            start, end = m.start(), m.end()
            if _overlaps((start, end), taken):
                continue
            after = self.text[end : end + 3].lstrip()
            if after[:1].isupper() or self.text[end : end + 1] == "s":
                continue  # a name follows (the name is the mention) or a plural
            before = self.text[max(0, start - 40) : start].lower()
            if re.search(r"\b(a|an|former|ex-|as)\s+(?:[\w.]+(?:['’]s)?\s+){0,3}$", before):  # "a State Department spokesperson"
                continue
            words = m.group("phrase").split()
            inner = next((w for w in words[1:-1] if w in self.reference.demonyms), None)
            phrase = " ".join(w.lower() for w in words if w not in self.reference.demonyms)
            rows = sorted((r for r in self.reference.role_phrases if r[0] == phrase), key=lambda r: r[2])
            if not rows:
                continue
            country = rows[0][3] or (self.reference.demonyms[inner] if inner else self._country_before(start))
            role_keys = [r[1] for r in rows]
            if country:
                holders = self.reference.holders(role_keys, "" if country == INTERNATIONAL else country, self.published)
                person_id = holders[0] if len(holders) == 1 else None
            elif re.search(r"\bthe\s+$", before) and not re.match(r"\s+of\b", self.text[end : end + 4]):
                person_id = self._latest_holder(role_keys, start)  # "Chinese Premier Li Qiang ... The premier"
            else:
                person_id = None
            if person_id is None:
                continue
            taken.append((start, end))
            self._add("person", person_id, self.reference.people[person_id]["canonical_name"], start, end, "role", 0.75)

    def _counterparts(self, taken: list[tuple[int, int]]) -> None:
        """'Lavrov will receive his Chinese counterpart': whoever holds the same role in that country on the
        publication day (the role of the last person named before)."""
        for m in COUNTERPART.finditer(self.text):
            country = self.reference.demonyms.get(m.group("demonym"))
            if country is None or _overlaps((m.start(), m.end()), taken):
                continue
            after = self.text[m.end() : m.end() + 3].lstrip(" ,")
            if after[:1].isupper():
                continue  # "his Chinese counterpart Wang Yi": the name is the mention
            earlier = [x for x in self.mentions if x.entity_type == "person" and x.end <= m.start()]
            if not earlier:
                continue
            for role_key in self.reference.role_keys_of(earlier[-1].entity_id, self.published):
                holders = self.reference.holders([role_key], country, self.published)
                if len(holders) == 1 and holders[0] != earlier[-1].entity_id:
                    person_id = holders[0]
                    taken.append((m.start(), m.end()))
                    name = self.reference.people[person_id]["canonical_name"]
                    self._add("person", person_id, name, m.start(), m.end(), "role", 0.7)
                    break

    def _latest_holder(self, role_keys: list[str], before: int) -> str | None:
        """The person mentioned last before ``before`` who holds one of ``role_keys`` on the publication day."""
        earlier = (m for m in reversed(self.mentions) if m.entity_type == "person" and m.end <= before)
        for mention in earlier:
            if set(role_keys) & set(self.reference.role_keys_of(mention.entity_id, self.published)):
                return mention.entity_id
        return None


def extract_mentions(text: str, sentences: list[Sentence], published: date | None, reference: ReferenceData) -> list[Mention]:
    """All entity mentions of an article, sorted by position."""
    return ArticleMentions(text, sentences, published, reference).extract()


def with_sentence(mention: Mention, sentence_id: int) -> Mention:
    """Copy of ``mention`` with another sentence id."""
    return replace(mention, sentence_id=sentence_id)
