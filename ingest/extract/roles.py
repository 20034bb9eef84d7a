"""Role references: 'France's top diplomat', 'the Kremlin spokesman', 'the premier', 'his Chinese counterpart',
'the Presidents of Kazakhstan and Uzbekistan'.

Resolved to the person who holds the role on the publication day (``seeds/person_roles.csv``), or to the
last holder named before. Mixed into :class:`~ingest.extract.names.ArticleMentions`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.name_patterns import patterns
from ingest.extract.spans import SpanIndex

if TYPE_CHECKING:
    from ingest.reference import ReferenceData

COUNTERPART = re.compile(r"\b(?:his|her|their)\s+(?P<demonym>[A-Z][a-z]+)\s+(?:counterpart|colleague|opposite number)\b")
# "to South Korea ", and "in Sofia, " before an apposition ("the Russian ambassador in Sofia, Anatoly Makarov")
TWO_NAME_WORDS = re.compile(r"[A-Z][a-z]+[ \t]+[A-Z][a-z]+\b")
POSTING = re.compile(r"(?:\s+(?:to|in)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}|(?:\s+(?:to|in)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,4})?,\s+)")
# "Presidents of Kazakhstan and Uzbekistan held talks": one role, two countries, two people
PLURAL_ROLE = re.compile(
    r"\b(?P<role>(?i:presidents|prime ministers|foreign ministers|premiers|leaders|heads of state))\s+of\s+(?:the\s+)?"
    r"(?P<a>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?)\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?)\b"
)
OF_OFFICE = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?P<word>[A-Z][\w’'-]*)")
PORTFOLIO_OF_ROLE = {"Foreign", "External", "Europe"}  # "Minister of Foreign Affairs", "Minister for Europe and Foreign Affairs"
ELECT_AFTER = re.compile(r"[-\s](?:elect|designate)\b", re.IGNORECASE)
POSTED_TO = re.compile(r"\s+(?:to|in)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+)(?![\w’'-])")
INTERNATIONAL = "(international)"  # the scope of a body with no country (EU, UN, NATO)


class RoleReferences:
    """Mentions of people by their role rather than their name."""

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

    def _role_references(self, taken: SpanIndex) -> None:
        """'France's top diplomat', 'the Kremlin spokesman': resolved through dated person_roles."""
        for m in self.patterns.role_phrases.finditer(self.text):
            start, end = m.start(), m.end()
            if taken.overlaps(start, end):
                continue
            after = self.text[end : end + 3].lstrip()
            if after[:1].isupper() or self.text[end : end + 1] == "s":
                continue  # a name follows (the name is the mention) or a plural
            if ELECT_AFTER.match(self.text, end):
                continue  # "Mexico's president-elect" is not the president
            if (office := OF_OFFICE.match(self.text, end)) and not (
                office.group("word") in self.reference.place_aliases or office.group("word") in PORTFOLIO_OF_ROLE
            ):
                continue  # "Minister of State for Foreign Affairs", "Minister of Finance": another office
            if (posted := POSTED_TO.match(self.text, end)) and posted.group("place") in self.reference.place_aliases:
                continue  # "US Ambassador to Kenya", "the Prime Minister in Beijing": a posting or a place, not a role reference
            if self._named_after_posting(end):
                continue  # "Chinese Ambassador to South Korea Dai Bing": the name after the posting is the mention
            before = self.text[max(0, start - 40) : start].lower()
            # "a State Department spokesperson", "the first Japanese prime minister to visit": nobody in particular
            if re.search(r"\b(a|an|former|ex-|as|the (?:first|only|last))\s+(?:[\w.]+(?:['’]s)?\s+){0,3}$", before):
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
                # an undated article's role is not today's holder's unless the article names them
                person_id = holders[0] if len(holders) == 1 and self.published is not None else None
                # "US Secretary of State to meet Milei ... Secretary of State Antony J. Blinken": a holder the
                # article names (of any time, when the article is undated) before the holder of today
                person_id = self._named_holder(role_keys, "" if country == INTERNATIONAL else country) or person_id
                # "Wang Yi ... China's top diplomat": one just named who holds any of the phrase's roles there
                person_id = self._recent_holder(role_keys, "" if country == INTERNATIONAL else country, start) or person_id
            elif re.search(r"\bthe\s+$", before) and not re.match(r"\s+of\b", self.text[end : end + 4]):
                possessive = self.text.startswith(("'s", "’s"), end)
                person_id = self._latest_holder(role_keys, start, possessive)  # "Chinese Premier Li Qiang ... The premier"
            else:
                person_id = None
            if person_id is None:
                continue
            taken.append((start, end))
            seeded = self.reference.people.get(person_id)
            name = seeded["canonical_name"] if seeded else next(x.name for x in self.mentions if x.entity_id == person_id)
            self._add("person", person_id, name, start, end, "role", 0.75)

    def _named_holder(self, role_keys: list[str], country: str) -> str | None:
        """The one seeded person the article names who holds one of ``role_keys`` in ``country`` on its
        publication day (any day, when it has none)."""
        named = {m.entity_id for m in self.mentions if m.entity_type == "person" and m.entity_id in self.reference.people}
        fits = {
            r.person_id
            for r in self.reference.roles
            if r.person_id in named
            and r.role_key in role_keys
            and r.country == country
            and (self.published is None or r.holds_on(self.published))
        }
        return next(iter(fits)) if len(fits) == 1 else None

    def _recent_holder(self, role_keys: list[str], country: str, before: int) -> str | None:
        """The person named in the 300 characters before ``before`` who holds one of ``role_keys`` in ``country``."""
        for mention in reversed(self.mentions):
            if mention.entity_type != "person" or mention.end > before:
                continue
            if mention.end < before - 300:
                break
            roles = [r for r in self.reference.roles if r.person_id == mention.entity_id and r.holds_on(self.published)]
            if any(r.role_key in role_keys and r.country == country for r in roles):
                return mention.entity_id
        return None

    def _named_after_posting(self, end: int) -> bool:
        """Whether a person's name follows the role phrase ending at ``end`` after only a posting ('to South Korea')."""
        for mention in self.mentions:
            if mention.entity_type == "person" and end < mention.start <= end + 50:
                return bool(POSTING.fullmatch(self.text, end, mention.start))
        # a name the later components find ('the Russian ambassador in Sofia, Anatoly Makarov'): two capitalised words
        posting = POSTING.match(self.text, end)
        return bool(posting and posting.group(0).rstrip().endswith(",") and TWO_NAME_WORDS.match(self.text, posting.end()))

    def _plural_roles(self, taken: SpanIndex) -> None:
        """'Presidents of Kazakhstan and Uzbekistan': the holder of the role in each country on the publication
        day, as two mentions ('Presidents of Kazakhstan', 'Uzbekistan') coordinated like two names; the
        country names in them stop being places."""
        for m in PLURAL_ROLE.finditer(self.text):
            if taken.overlaps(m.start(), m.start("a")):
                continue
            singular = m.group("role").lower().replace("heads of state", "head of state").removesuffix("s")
            role_keys = [r[1] for r in sorted(self.reference.role_phrases, key=lambda r: r[2]) if r[0] == singular]
            holders = []
            for group in ("a", "b"):
                place = self.reference.places.get(self.patterns.place_lookup.get(m.group(group), ""), {})
                found = self.reference.holders(role_keys, place["country"], self.published) if place.get("place_type") == "country" else []
                holders.append(found[0] if len(found) == 1 else None)
            if None in holders or holders[0] == holders[1]:
                continue
            spans = [(m.start(), m.end("a")), (m.start("b"), m.end("b"))]
            self.mentions = [x for x in self.mentions if not (x.entity_type == "place" and any(s <= x.start < e for s, e in spans))]
            for person_id, (start, end) in zip(holders, spans, strict=True):
                taken.append((start, end))
                self._add("person", person_id, self.reference.people[person_id]["canonical_name"], start, end, "role", 0.7)

    def _counterparts(self, taken: SpanIndex) -> None:
        """'Lavrov will receive his Chinese counterpart': whoever holds the same role in that country on the
        publication day (the role of the last person named before)."""
        for m in COUNTERPART.finditer(self.text):
            country = self.reference.demonyms.get(m.group("demonym"))
            if country is None or taken.overlaps(m.start(), m.end()):
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

    def _latest_holder(self, role_keys: list[str], before: int, possessive: bool = False) -> str | None:
        """The person mentioned last before ``before`` who holds one of ``role_keys`` on the publication day; else
        the first one introduced with such a title (unless the phrase is a possessive, ``possessive``)."""
        earlier = [m for m in reversed(self.mentions) if m.entity_type == "person" and m.end <= before]
        for mention in earlier:
            if set(role_keys) & set(self.reference.role_keys_of(mention.entity_id, self.published)):
                return mention.entity_id
        # "Foreign Minister Yun Byung-se ... the top diplomat": no seeded holder, so the first person introduced
        # with that title, the story's protagonist ("Prime Minister Kallas will meet Prime Minister Orpo ...
        # the prime minister said" is Kallas)
        if possessive:
            return None  # "the President's Guest House": an institution, not a person told before
        titled = [m.entity_id for m in reversed(earlier) if set(role_keys) & self._title_keys(m)]
        return titled[0] if titled else None

    def _title_keys(self, mention) -> set[str]:
        """Role keys of the title written right before an unseeded person's name ('Foreign Minister Yun')."""
        return written_title_keys(self.text, mention.start, self.reference)


def written_title_keys(text: str, name_start: int, reference: ReferenceData) -> set[str]:
    """Role keys of the title written right before the name starting at ``name_start`` ('Foreign Minister Yun',
    'Polish President Andrzej Duda': demonyms left out)."""
    window_start = max(0, name_start - 45)
    keys: set[str] = set()
    for m in patterns(reference).role_phrases.finditer(text, window_start, name_start):
        if not re.fullmatch(r"\s+", text[m.end() : name_start]):
            continue
        phrase = " ".join(w.lower() for w in m.group("phrase").split() if w not in reference.demonyms)
        keys |= {r[1] for r in reference.role_phrases if r[0] == phrase}
    return keys
