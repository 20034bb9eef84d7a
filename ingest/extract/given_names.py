"""Known given names and their usual gender, from the first-name dictionary of the ``gender-guesser`` package.

A name written without its accents ('Mevlut' for 'Mevlüt', as wire copy often does) is the accented entry.
"""

from __future__ import annotations

from functools import lru_cache

import gender_guesser.detector

from ingest.extract.text import fold_accents

GIVEN_GENDERS = {"male": "m", "female": "f", "andy": None, "mostly_male": "m", "mostly_female": "f"}


@lru_cache(maxsize=1)
def _detector() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=1)
def _accented_by_folded() -> dict[str, str]:
    """The dictionary's accented names by their unaccented spelling, where that spelling is no entry of its own."""
    names = _detector().names
    return {folded: name for name in names if (folded := fold_accents(name)) != name and folded not in names}


def given_name_gender(word: str) -> tuple[bool, str | None]:
    """Whether ``word`` is a known given name, and its usual gender ('m', 'f' or None)."""
    answer = _detector().get_gender(word)
    if answer not in GIVEN_GENDERS and (accented := _accented_by_folded().get(word.lower())):
        answer = _detector().get_gender(accented)
    return answer in GIVEN_GENDERS, GIVEN_GENDERS.get(answer)
