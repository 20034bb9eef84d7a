"""The patterns that find names: seed names in one gazetteer pass, and people the seeds lack introduced by a
title or an apposition ('spokesman Guo Jiakun', 'Zhou Bo, a former Chinese colonel'), with the name tokens
they are built from. Vocabulary comes from ``seeds/`` (titles, honorifics, demonyms, role phrases)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.patterns import literal_alternation
from ingest.extract.text import LOWER, UPPER, fold_accents
from ingest.reference import ReferenceData

# "O'Neill", "D’Aguilar", "Al-Thani", "McClay", "DeSantis"; not the possessive of "Tillerson's visit"
NAME_TOKEN = rf"(?:(?:al-|el-)?(?:Mc|Mac|Fitz|De|Di|Du|La|Le|[DO]['’](?=[{UPPER}]))?[{UPPER}][{LOWER}]+(?:(?:-|['’ʻʼ](?!s(?![{LOWER}])))[{UPPER}]?[{LOWER}]+)*(?:[’ʼ](?=[ \t]+[{UPPER}]))?)"  # "al-Thani", "Shia’ Al-Sudani"
# a capitalised word of a title's "of ..." part: "Minister of State-Owned Enterprises", "Chairman of the Hà Nội ..."
TITLE_WORD = rf"(?![AE]l-)[{UPPER}][{LOWER}A-Z]+(?:-[{UPPER}][{LOWER}A-Z]+)*"  # not a name's "Al-Sabah"
MIDDLE_INITIALS = re.compile(r"[A-Z]{1,2}\.?")
GLUED_INITIALS = re.compile(r"(?:[A-Z][a-z]?\.){1,2}(?=[ \t]?[A-Z][a-z])")
NAME_PARTICLE = r"(?:bin|bint|ibn|al|el|da|de|di|dos|das|du|van|von|der|den|la|le)"
PARTICLES = {"bin", "bint", "ibn", "al", "el", "da", "de", "di", "dos", "das", "du", "van", "von", "der", "den", "la", "le"}

@lru_cache(maxsize=4)
def personal_honorifics(reference: ReferenceData) -> frozenset[str]:
    """Honorifics that are no office ('Dr', 'Mr', 'Sayyed'; not 'King' or 'Emir', cue type ``rank_honorific``)."""
    return frozenset(reference.cues.get("honorific", set()) - reference.cues.get("rank_honorific", set()))


def introduction_patterns(
    titles: set[str], demonyms: Iterable[str], honorifics: Iterable[str] = ()
) -> tuple[re.Pattern[str], ...]:
    """'spokesman Guo Jiakun', 'Zhou Bo, a former Chinese colonel' and 'Indonesian Foreign Minister Sugiono'
    for title words from seeds/cue_words.csv and demonyms from seeds/places.csv; honorifics between the title
    and the name ('Foreign Minister Datuk Seri Dr Zambry Abdul Kadir') are not part of the name."""
    words = literal_alternation(titles, ignore_case=True)
    # "the Hon. Dionisio D’Aguilar", "His Excellency Reuben Rahming", "The Most Hon. Dr. Hubert Minnis"
    styles = r"(?:[Tt]he\s+)?(?:(?:His|Her)\s+(?=(?:Royal\s+)?(?:Excellency|Majesty|Highness)\b))?(?:(?:Most|Rt\.?|Right|Royal)\s+)?"
    # "counterpart, His Excellency, Dhoihir Dhoulkamal,": a comma may set off the form of address
    styled = rf"(?P<styled>(?:{styles}(?:{literal_alternation(honorifics)})\.?,?\s+){{1,3}})?" if honorifics else "(?P<styled>)?"
    # "AH Mahmood Ali", "K P Sharma Oli", "K.P. Sharma Oli": initials may open the name (not "U.S.")
    # a name stays on its line: "... General Abdourahamane Tiani" closing a caption does not run into the next line
    name = (
        # a capitalised "Al" counts as a particle: "Sheikh Nawaf Al Ahmad Al Jaber Al Sabah" is one name of four parts
        rf"(?<![\w’'-])(?:(?:(?:[A-Z]{{1,2}}\.?|(?!U\.[SKN]\.|E\.U\.)(?:[A-Z]\.){{2,3}})[ \t]+){{0,2}}{NAME_TOKEN}(?:[ \t]+(?:(?:{NAME_PARTICLE}|Al|El)[ \t]+){{0,2}}(?:[A-Z]{{1,2}}\.?[ \t]+)?{NAME_TOKEN}){{1,4}}"
        # "President Kh.Battulga", "Ambassador I.K.Azizov": initials glued to a single name (Mongolian, Russian style)
        # ... or "Dr. J.K. Srinivasa": single initials and a space
        rf"|(?:(?!(?:Mr|Ms|Dr|St|Mt|Jr|Sr|Lt)\.)(?:[A-Z][a-z]?\.){{1,2}}|(?:[A-Z]\.){{1,2}}[ \t]){NAME_TOKEN}(?![\w’'-]|[ \t]+[{UPPER}]))"
    )  # "Mohammed bin Abdulrahman Al Thani"
    # "Deputy Secretary of State Kurt Campbell", "Minister of Foreign Affairs Ahmed Attaf"
    # ... and "special representative for Eurasian affairs Li Hui", "Ambassador to Russia Zhang Hanhui"
    # ... and "Director of the General Office of the CPC Central Committee Cai Qi"
    title = (
        rf"\b(?i:{words})(?:-(?:elect|designate|in-charge))?(?:\s+(?:of|for|on|to|in)\s+(?:the\s+)?{TITLE_WORD}"
        # ... but "Speaker of the Estonian Parliament Eiki Nestor and Prime Minister Taavi Rõivas": an "and" before
        # another title starts the next introduction
        rf"(?:\s+(?:{TITLE_WORD}|(?i:affairs)|of\s+the|of|for|on|to|and(?!\s+(?:[A-Z][a-z]+\s+){{0,2}}(?i:{words})\b))){{0,6}})?"
    )
    titled = re.compile(rf"{title}\s+{styled}(?P<name>{name})")
    # "Japan's chief cabinet secretary, Yoshimasa Hayashi, told reporters"
    # ... and "Prime Minister of Papua New Guinea, Hon James Marape MP, to Australia": post-nominal letters after the name
    # ... and "Minister of Finance, the Hon. K. Peter Turnquest will act": the name ends the apposition
    titled_apposition = re.compile(
        rf"{title},\s+{styled}(?P<name>{name})(?:\s+[A-Z]{{2,3}})?"
        # "Minister of Tourism, the Hon. Dionisio D’Aguilar and ...": after a form of address, "and" ends it too
        # ... and any lower-case word but "and", "or", "of" ends the name ("..., Joseph R. Donovan met", "... said")
        rf"(?:,|\s+(?!and\s|or\s|of\s)[a-z]{{2,}}\s|\.|(?(styled)\s+and\s|(?!)))"
    )
    appositive = re.compile(
        rf"(?P<name>{name}),\s+(?:(?:a|an|the|[A-Z][\w.-]*['’]s)\s+(?:former\s+)?[^,.;]{{0,60}}?\b(?:{words})\b"
        rf"|(?:(?:former|deputy|senior|chief|acting|executive|managing)\s+)?(?:[A-Z][a-z]+\s+)?(?i:{words})\s+(?:of|for|at|to|with)\s)"
    )  # "Zhou Bo, a former Chinese colonel", "Dmitry Polyansky, Russia's deputy ambassador", "X, Prime Minister of ..."
    # A single-word name only in the full introduction (nationality + title), and not followed by another name word.
    single = re.compile(
        rf"\b{literal_alternation(demonyms)}\s+(?:[A-Z][a-z]+\s+){{0,2}}(?i:{words})\s+(?P<name>{NAME_TOKEN})(?![\w’'-]|\s+[A-Z])"
    )
    return titled, appositive, single, titled_apposition


@dataclass(frozen=True)
class Patterns:
    """The compiled name patterns of one reference: the gazetteer, introductions, lookups, role phrases."""

    names: Gazetteer
    titled: re.Pattern[str]
    appositive: re.Pattern[str]
    single: re.Pattern[str]
    titled_apposition: re.Pattern[str]
    org_lookup: dict[str, str]
    place_lookup: dict[str, str]
    role_phrases: re.Pattern[str]


@lru_cache(maxsize=4)
def patterns(reference: ReferenceData) -> Patterns:
    """The name patterns for ``reference`` (built once per reference)."""
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
    titled, appositive, single, titled_apposition = introduction_patterns(
        reference.cues.get("title", set()), reference.demonyms, sorted(reference.cues.get("honorific", set()))
    )
    return Patterns(
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


def is_particle(token: str) -> bool:
    """'bin', 'Al', 'Al-Sabah': a word or prefix that never opens a name."""
    return token.lower() in PARTICLES or token.startswith(("Al-", "al-", "El-", "el-"))
