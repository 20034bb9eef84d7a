"""Known given names and their usual gender, from the first-name dictionary of the ``gender-guesser`` package."""

from __future__ import annotations

from functools import lru_cache

import gender_guesser.detector

GIVEN_GENDERS = {"male": "m", "female": "f", "andy": None, "mostly_male": "m", "mostly_female": "f"}


@lru_cache(maxsize=1)
def _detector() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


def given_name_gender(word: str) -> tuple[bool, str | None]:
    """Whether ``word`` is a known given name, and its usual gender ('m', 'f' or None)."""
    answer = _detector().get_gender(word)
    return answer in GIVEN_GENDERS, GIVEN_GENDERS.get(answer)
