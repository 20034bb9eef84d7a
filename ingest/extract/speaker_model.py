"""Who a speaker or announcer is: the value the speaker rules resolve and the components keep."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker or announcer: a person or an organisation."""

    speaker_type: str  # person | organisation
    speaker_id: str
    name: str
    surface: str
    via_pronoun: bool = False


# An unnamed speaker ("a senior Biden administration official said"): a subject was found, but nobody in
# particular; quotes keep it as a null speaker, announcements skip it.
UNNAMED = Speaker("unnamed", "", "an unnamed speaker", "")


PERSON, ORGANISATION, COUNTRY, MEDIA = 0, 1, 2, 3  # candidate classes, in order of preference


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    klass: int
    speaker: Speaker | None  # None for a pronoun, resolved on demand
    pronoun: str | None = None
