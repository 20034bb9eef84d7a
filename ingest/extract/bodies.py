"""Government bodies named without their country: 'the Ministry of Foreign Affairs', 'the Foreign Office (FO)',
'according to the Prime Minister's Office (PMO)', 'his ministry said', 'the foreign ministry here'.

A wire story names its own government's bodies bare. The phrases are vocabulary (``seeds/cue_words.csv``,
cue types ``body_foreign_ministry`` and ``body_leader_office``); the body they name is the seeded
organisation of that kind (its name or an alias contains one of the kind's phrases) in the home country:

1. a country, demonym or capital right before ('Seoul's Foreign Ministry');
2. the owner of 'his'/'her' right before ('his foreign ministry', and 'his ministry' of a foreign minister):
   the last person named before, with a seeded country;
3. the country of the dateline's city ('ISLAMABAD - ...', 'DOHA: ...'): a dispatch names its host's bodies bare;
4. the article's first person with a seeded country, unless the first person named is unseeded (their country
   is unknown);
   (then the country named in their title: 'Qatar's prime minister', 'Pakistan Prime Minister Imran Khan');
5. else the country of a news agency the text names ('(Yonhap)') when the text names that country too:
   'the foreign ministry here' is where the agency reports from.

Adds organisation mentions; runs after the names and before the speakers read them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.document import Document
from ingest.extract.names import Mention
from ingest.extract.patterns import literal_alternation
from ingest.reference import ReferenceData

BODY_KINDS = ("body_foreign_ministry", "body_leader_office")
DATELINE_REACH = 400  # characters: the dateline opens the story, after a headline and a byline at most
OWNER_BEFORE = re.compile(r"\b(?:his|her)\s+$", re.IGNORECASE)
OWNED_MINISTRY = re.compile(r"\b(?:his|her)\s+ministry\b", re.IGNORECASE)
FOREIGN_MINISTER_BEFORE = re.compile(r"\bforeign\s+minister\s+$", re.IGNORECASE)
# "ISLAMABAD - ...", "DOHA: ...", "HANOI, Dec. 12 (Xinhua) -- ...": the city a dispatch is filed from
DATELINE_CITY = re.compile(r"^(?P<city>[A-Z][A-Z.'’ -]{2,30}?)\s*(?:,[^\n]{0,40}?)?(?:\s[-–—]{1,2}\s|:\s)", re.MULTILINE)
TITLE_RUN = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,6}$")  # the capitalised words right before a name
COUNTRY_BEFORE = re.compile(r"(?P<word>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?:['’]s)?\s+$")


@lru_cache(maxsize=4)
def body_index(reference: ReferenceData) -> tuple[re.Pattern[str] | None, dict[str, str], dict[tuple[str, str], str]]:
    """The body phrases as one pattern, the kind of each phrase, and per (country, kind) the seeded body."""
    kind_of = {phrase: kind for kind in BODY_KINDS for phrase in reference.cues.get(kind, ())}
    if not kind_of:
        return None, {}, {}
    # Capitalised phrases ("FO", "PMO", "Foreign Office") match as written; lower-case ones in any case.
    exact = [p for p in kind_of if not p.islower()]
    loose = [p for p in kind_of if p.islower()]
    pattern = re.compile(
        rf"(?<![\w-])(?:{literal_alternation(exact)}|(?i:{literal_alternation(loose, ignore_case=True)}))(?![\w-])"
    )
    names: dict[str, list[str]] = {}
    for oid, org in reference.organisations.items():
        names.setdefault(oid, []).append(org["canonical_name"])
    for alias, oid in reference.organisation_aliases.items():
        names.setdefault(oid, []).append(alias)
    bodies: dict[tuple[str, str], str] = {}
    for oid in sorted(names):
        org = reference.organisations[oid]
        if org["org_type"] != "government_body" or not org["country"]:
            continue
        lowered = [n.lower() for n in names[oid]]
        for phrase, kind in kind_of.items():
            if len(phrase) > 3 and any(phrase.lower() in n for n in lowered):
                bodies.setdefault((org["country"], kind), oid)
    return pattern, kind_of, bodies


class HomeBodies:
    """Find the bare government bodies of one document and the country each belongs to."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.reference = doc.reference
        self.people = [m for m in doc.mentions if m.entity_type == "person"]

    def _country_of_person(self, person_id: str) -> str | None:
        return self.reference.people.get(person_id, {}).get("country") or None

    def _named_country(self, start: int) -> str | None:
        """'Seoul's', 'Pakistani', 'South Korea's' right before the phrase."""
        m = COUNTRY_BEFORE.search(self.doc.text, max(0, start - 30), start)
        if not m:
            return None
        ref = self.reference
        for word in (m.group("word"), m.group("word").split()[-1]):
            if word in ref.demonyms:
                return ref.demonyms[word]
            place = ref.places.get(ref.place_aliases.get(word, ""), {})
            if place.get("place_type") in ("country", "capital"):
                return place["country"]
        return None

    def _title_country(self, start: int) -> str | None:
        """'Pakistan Prime Minister Imran Khan', 'South Korean Foreign Minister X': a country or demonym among the
        capitalised title words right before a name."""
        m = TITLE_RUN.search(self.doc.text, max(0, start - 60), start)
        words = [w.removesuffix("'s").removesuffix("’s") for w in m.group(0).split()] if m else []
        ref = self.reference
        for size in (2, 1):
            for i in range(len(words) - size + 1):
                word = " ".join(words[i : i + size])
                if word in ref.demonyms:
                    return ref.demonyms[word]
                place = ref.places.get(ref.place_aliases.get(word, ""), {})
                if place.get("place_type") == "country":
                    return place["country"]
        return None

    def _owner_country(self, start: int) -> str | None:
        """'his ministry': the country of the last person named before."""
        before = [p for p in self.people if p.end <= start]
        return self._country_of_person(before[-1].entity_id) if before else None

    def home_country(self) -> str | None:
        """The country the article's own bodies belong to (rules 3 to 5 of the module docstring)."""
        if dateline := self._dateline_country():
            return dateline
        if self.people and self._country_of_person(self.people[0].entity_id) is None:
            # "Qatar's prime minister met ...": the unseeded first person's country is the one named in their title
            first = self.people[0].start
            return self._named_country(first) or self._title_country(first) or self._agency_country()
        for person in self.people:
            if country := self._country_of_person(person.entity_id):
                return country
        return self._agency_country()

    def _dateline_country(self) -> str | None:
        """The country of the city in the dateline of the article's first lines ('ISLAMABAD - ...')."""
        for m in DATELINE_CITY.finditer(self.doc.text, 0, min(len(self.doc.text), DATELINE_REACH)):
            pid = self.reference.place_aliases.get(m.group("city").strip().title())
            if pid:
                return self.reference.places[pid]["country"]
        return None

    def _agency_country(self) -> str | None:
        """The country of a news agency the text names, when the text also names that country as a place."""
        countries = {self.reference.places[m.entity_id]["country"] for m in self.doc.mentions if m.entity_type == "place"}
        for m in self.doc.mentions:
            org = self.reference.organisations.get(m.entity_id, {}) if m.entity_type == "organisation" else {}
            if org.get("org_type") == "media" and org.get("country") in countries:
                return org["country"]
        return None

    def _owned_ministries(self, taken: list[tuple[int, int]]) -> list[Mention]:
        """'Foreign Minister Yun Byung-se will travel ..., his ministry said': the ministry of the last person
        named before, when their title says which (a seeded role's body, or 'Foreign Minister' before the name)."""
        found: list[Mention] = []
        _, _, bodies = body_index(self.reference)
        for m in OWNED_MINISTRY.finditer(self.doc.text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            owner = next((p for p in reversed(self.people) if p.end <= m.start()), None)
            if owner is None:
                continue
            roles = [r for r in self.reference.roles if r.person_id == owner.entity_id and r.holds_on(self.doc.published)]
            oid = next((r.organisation_id for r in roles if r.role_key == "foreign_minister" and r.organisation_id), None)
            if oid is None and FOREIGN_MINISTER_BEFORE.search(self.doc.text, max(0, owner.start - 30), owner.start):
                country = self._country_of_person(owner.entity_id) or self.home_country()
                oid = bodies.get((country, "body_foreign_ministry")) if country else None
            if oid is None or oid not in self.reference.organisations:
                continue
            name = self.reference.organisations[oid]["canonical_name"]
            found.append(self.doc.organisation_mention(oid, name, m.start(), m.end(), "home_body", 0.5))
        return found

    def mentions(self) -> list[Mention]:
        """Organisation mentions for the bare bodies whose country is found, outside other mentions."""
        pattern, kind_of, bodies = body_index(self.reference)
        if pattern is None:
            return []
        # "the Prime Minister's Office": the role word inside the body's name is no reference to the premier
        taken = [(m.start, m.end) for m in self.doc.mentions if m.resolution != "role"]
        found: list[Mention] = []
        home: str | None = None
        home_known = False
        for m in pattern.finditer(self.doc.text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            kind = next(k for p, k in kind_of.items() if p.lower() == m.group(0).lower())
            country = self._named_country(m.start())
            if country is None and OWNER_BEFORE.search(self.doc.text, max(0, m.start() - 5), m.start()):
                country = self._owner_country(m.start())
            if country is None:
                if not home_known:
                    home, home_known = self.home_country(), True
                country = home
            oid = bodies.get((country, kind)) if country else None
            if oid is None:
                continue
            name = self.reference.organisations[oid]["canonical_name"]
            found.append(self.doc.organisation_mention(oid, name, m.start(), m.end(), "home_body", 0.6))
        return found + self._owned_ministries(taken)


def add_home_bodies(doc: Document) -> None:
    """Pipeline component: add organisation mentions for government bodies named without their country
    (a role reference inside one, 'Prime Minister' in 'the Prime Minister's Office', gives way)."""
    found = HomeBodies(doc).mentions()
    if found:
        doc.mentions = [m for m in doc.mentions if not (m.resolution == "role" and any(b.start <= m.start < b.end for b in found))]
        doc.add_mentions(found)
