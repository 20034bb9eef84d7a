"""Where a titled name starts and ends: mixed into :class:`~ingest.extract.names.ArticleMentions`.

A title may swallow a name's first word ('High Commissioner of Bangladesh Syed Muazzem Ali', 'President of
Mauritania Mohamed Ould Cheikh El Ghazouani', a family name written first); a name may run into the surname
of a seeded person named after it ('... Gert Jan Koopman Vucic wrote'); middle initials hide a seeded name
('Antony J. Blinken').
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.name_patterns import MIDDLE_INITIALS, is_particle
from ingest.extract.text import LOWER, UPPER, fold_accents
from ingest.reference import ReferenceData

if TYPE_CHECKING:
    from ingest.extract.names import Mention

WORD_BEFORE_NAME = re.compile(rf"(?<![\w’'-])([{UPPER}][{LOWER}]+) $")  # one capitalised word, one space, then the name
AFTER_TITLE_PLACE = re.compile(r"\bof\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+)\s$")  # "President of Tunisia "


class NameEdges:
    """The first and last words of a discovered name."""

    text: str
    original: str
    mentions: list[Mention]
    reference: ReferenceData

    def _runs_into_named_surname(self, tokens: list[str], start: int) -> bool:
        """The name's last word is the surname of a seeded person the article names in full (and no particle
        ties it to the name, as in "Hamdan bin Mohammed Al Maktoum", nor capitals mark it as this person's
        family name, as in "Aïssata Tall SALL")."""
        owners = self.reference.surname_owners.get(tokens[-1], set())
        if not owners or any(is_particle(t) for t in tokens):
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
        m = WORD_BEFORE_NAME.search(self.text[max(0, start - 30) : start])
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
                not is_particle(w)
                and (w in cues["not_name"] or w in cues["honorific"] or w.lower() in cues["title"] or w in self.reference.place_aliases)
                for w in name_words
            ):
                return None
            return " ".join(name_words)
        return None

    def _family_name_before(self, start: int) -> str | None:
        """A family name written first (``family_name_first`` cues, accents folded) right before ``start``."""
        m = WORD_BEFORE_NAME.search(self.text[max(0, start - 30) : start])
        family_names = self.reference.cues.get("family_name_first", ())
        return m.group(1) if m and fold_accents(m.group(1)) in family_names else None
