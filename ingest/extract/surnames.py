"""A surname alone ('Kishida', 'Mr Harris', 'President Sisi'): mixed into :class:`~ingest.extract.names.ArticleMentions`.

The person named in full before with that surname; else the one seeded owner of a long surname (or of a short one
after a title the person holds), unless another name word follows ('Michel Temer') or the text names someone
else with that surname ('Taoiseach Simon Harris ... Mr Harris'); else a person the article introduced.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ingest.extract.spans import SpanIndex
from ingest.extract.text import LOWER, UPPER, fold_accents
from ingest.reference import ReferenceData

if TYPE_CHECKING:
    from ingest.extract.names import Mention

WORD_RIGHT_BEFORE = re.compile(r"(?<![\w’'-])(?P<word>[A-Za-z]+)\.?[ \t]+$")
NEXT_NAME_WORD = re.compile(rf"[ \t]+(?P<word>[{UPPER}][{LOWER}]{{2,}})\b")  # "Michel| Temer": a name word right after




@lru_cache(maxsize=4)
def seeded_given_names(reference: ReferenceData) -> dict[str, frozenset[str]]:
    """Per seeded person, the first words of their full names and transliterations ('Kamala', 'Tamim')."""
    found: dict[str, set[str]] = {}
    for alias, owners in reference.person_aliases.items():
        for person_id, kind in owners:
            if kind != "surname":
                found.setdefault(person_id, set()).add(alias.split()[0])
    return {person_id: frozenset(words) for person_id, words in found.items()}


class SurnameResolution:
    """Surnames alone resolved to the people they name."""

    text: str
    mentions: list[Mention]
    reference: ReferenceData

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
