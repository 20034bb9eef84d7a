"""Reference data from ``seeds/`` (the same CSVs dbt loads as seeds)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import polars as pl

from ingest.config import SEEDS_DIR


def _read(name: str, seeds_dir: Path) -> pl.DataFrame:
    return pl.read_csv(seeds_dir / f"{name}.csv", infer_schema_length=0).fill_null("")


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


@dataclass(frozen=True)
class Role:
    """A dated role held by a person (one row of ``person_roles.csv``)."""

    person_id: str
    role: str
    role_key: str
    organisation_id: str
    country: str
    valid_from: date | None
    valid_to: date | None

    def holds_on(self, day: date | None) -> bool:
        """Whether the role is held on ``day`` (no day: held at any time)."""
        if day is None:
            return self.valid_to is None
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_to and day >= self.valid_to)


@dataclass(eq=False)
class ReferenceData:
    """All seed tables, indexed for the extractor."""

    people: dict[str, dict[str, str]]
    person_aliases: dict[str, list[tuple[str, str]]]  # alias -> [(person_id, alias_type)]
    roles: list[Role]
    role_phrases: list[tuple[str, str, int, str]]
    organisations: dict[str, dict[str, str]]
    organisation_aliases: dict[str, str]
    outlets: list[dict[str, str]]
    places: dict[str, dict[str, str]]
    place_aliases: dict[str, str]
    demonyms: dict[str, str]  # demonym -> country name
    country_government: dict[str, str]  # country name -> government organisation id
    cues: dict[str, set[str]]
    event_cues: dict[str, str]
    boilerplate: list[tuple[re.Pattern[str], str]]
    surname_owners: dict[str, set[str]] = field(default_factory=dict)

    def holders(self, role_keys: list[str], country: str, day: date | None) -> list[str]:
        """People holding the first of ``role_keys`` that has holders in ``country`` on ``day``."""
        for key in role_keys:
            found = sorted({r.person_id for r in self.roles if r.role_key == key and r.country == country and r.holds_on(day)})
            if found:
                return found
        return []

    def country_named(self, word: str) -> str | None:
        """The country a demonym ('Kenyan') or a country's name ('Kenya', 'Barbados') names, else None."""
        if country := self.demonyms.get(word):
            return country
        place = self.places.get(self.place_aliases.get(word, ""))
        return place["country"] if place and place["place_type"] == "country" else None

    def role_keys_of(self, person_id: str, day: date | None) -> list[str]:
        """Role keys a person holds on ``day``."""
        return [r.role_key for r in self.roles if r.person_id == person_id and r.holds_on(day)]


LOWER_PARTICLE = re.compile(r"(?<![\w-])(?:(?:al|el|ad|as|ash|at)-(?=[A-Z])|(?:bin|bint|ibn)(?= ))")


def _parse_date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


@lru_cache(maxsize=4)
def load_reference(seeds_dir: Path = SEEDS_DIR) -> ReferenceData:
    """Load and index every seed CSV; cached per directory."""
    people = {r["person_id"]: r for r in _read("people", seeds_dir).to_dicts()}
    aliases: dict[str, list[tuple[str, str]]] = {}
    for pid, person in people.items():
        aliases.setdefault(person["canonical_name"], []).append((pid, "name"))
    for row in _read("person_aliases", seeds_dir).to_dicts():
        aliases.setdefault(row["alias"], []).append((row["person_id"], row["alias_type"]))
    # "El-Sisi", "Haitham Bin Tarik", "Al-Thani": an alias's lower-case Arabic particles are also written capitalised
    for alias, owners in list(aliases.items()):
        capitalised = LOWER_PARTICLE.sub(lambda m: m.group(0)[0].upper() + m.group(0)[1:], alias)
        if capitalised != alias and capitalised not in aliases:
            aliases[capitalised] = list(owners)
    surname_owners: dict[str, set[str]] = {}
    for alias, owners in aliases.items():
        for pid, kind in owners:
            if kind == "surname":
                surname_owners.setdefault(alias, set()).add(pid)
    roles = [
        Role(
            r["person_id"],
            r["role"],
            r["role_key"],
            r["organisation_id"],
            r["country"],
            _parse_date(r["valid_from"]),
            _parse_date(r["valid_to"]),
        )
        for r in _read("person_roles", seeds_dir).to_dicts()
    ]
    role_phrases = [
        (r["phrase"], r["role_key"], int(r["priority"]), r["country"]) for r in _read("role_phrases", seeds_dir).to_dicts()
    ]
    organisations = {r["organisation_id"]: r for r in _read("organisations", seeds_dir).to_dicts()}
    org_aliases = {org["canonical_name"]: oid for oid, org in organisations.items()}
    org_aliases.update({r["alias"]: r["organisation_id"] for r in _read("organisation_aliases", seeds_dir).to_dicts()})
    places = {r["place_id"]: r for r in _read("places", seeds_dir).to_dicts()}
    place_aliases: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    country_government: dict[str, str] = {}
    for pid, place in places.items():
        place_aliases[place["place_name"]] = pid
        for alias in _split(place["aliases"]):
            place_aliases[alias] = pid
        if place["place_type"] == "country":
            country_government[place["country"]] = place["government_organisation_id"]
            for demonym in _split(place["demonyms"]):
                demonyms[demonym] = place["country"]
    # "the Kazakh capital" is Astana: every capital answers to "<demonym> capital"
    demonyms_of: dict[str, list[str]] = {}
    for demonym, country in demonyms.items():
        demonyms_of.setdefault(country, []).append(demonym)
    for pid, place in places.items():
        if place["place_type"] == "capital":
            for demonym in demonyms_of.get(place["country"], []):
                place_aliases.setdefault(f"{demonym} capital", pid)
    cues: dict[str, set[str]] = {}
    event_cues: dict[str, str] = {}
    for row in _read("cue_words", seeds_dir).to_dicts():
        cues.setdefault(row["cue_type"], set()).add(row["cue"])
        if row["cue_type"] == "event":
            event_cues[row["cue"]] = row["event_kind"]
    boilerplate = [(re.compile(r["pattern"]), r["action"]) for r in _read("boilerplate_patterns", seeds_dir).to_dicts()]
    return ReferenceData(
        people=people,
        person_aliases=aliases,
        roles=roles,
        role_phrases=role_phrases,
        organisations=organisations,
        organisation_aliases=org_aliases,
        outlets=_read("outlets", seeds_dir).to_dicts(),
        places=places,
        place_aliases=place_aliases,
        demonyms=demonyms,
        country_government=country_government,
        cues=cues,
        event_cues=event_cues,
        boilerplate=boilerplate,
        surname_owners=surname_owners,
    )
