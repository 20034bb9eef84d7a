"""The people who go along: 'Holness will be accompanied by Olivia Grange and Robert Morgan', 'The delegation
will also include Foreign Minister Dennis Moses', 'The talks were attended by Sheikh Mansour'; and the hosts who
invited the traveller: 'the trip is a response to an invitation from President Evarist Ndayishimiye'.

Reads ``doc.events`` after the article-level merge. A companion cue (``seeds/cue_words.csv`` cue type
``companions``) followed by named people, outside quotes, adds those people to the visits and meetings its
sentence tells, else to the latest visit told in the two sentences before; when the sentence names the
person they go along with ('Holness will be accompanied by ...'), to that person's events only. Talks told
in other sentences keep their own participants: who sat at the table is not told by who travelled. A host cue
(cue type ``hosts``: 'invitation of', 'invitation from') adds the people after it in the same way, to visits only:
the host who invites a visitor takes part in the visit, not in every meeting told beside it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.document import Document
from ingest.extract.events.model import EventMention
from ingest.extract.patterns import literal_alternation
from ingest.reference import ReferenceData

REACH_SENTENCES = 2
# the list of companions ends where a new clause starts ("..., who will ...", "... to discuss ...")
LIST_END = re.compile(r"[;:]|\s(?:who|which|where|during|after|before|when|while)\s|\sto\s(?=[a-z])")
# hosts are one noun phrase: "the invitation of Premier Li Qiang and Klaus Schwab, spokesperson Pham Thu Hang said"
HOST_LIST_END = re.compile(rf"{LIST_END.pattern}|,\s+(?!and\s)[a-z]")


@lru_cache(maxsize=8)
def _cue_pattern(reference: ReferenceData, cue_type: str) -> re.Pattern[str] | None:
    cues = reference.cues.get(cue_type, ())
    return re.compile(rf"(?<![\w-]){literal_alternation(cues, ignore_case=True)}(?![\w-])", re.IGNORECASE) if cues else None


def _targets(doc: Document, sentence_index: int, subject: str | None, kinds: set[str]) -> list[EventMention]:
    """The events of ``kinds`` the people join: told in the sentence, else the latest visit in the two before;
    with the person the companions go along with among their participants, when the sentence names them."""
    fitting = [e for e in doc.events if e.kind in kinds and (subject is None or subject in e.participants)]
    told = [e for e in fitting if sentence_index in e.sentence_ids]  # "the talks were attended by A and B"
    visits = [e for e in fitting if e.kind == "visit" and any(0 < sentence_index - i <= REACH_SENTENCES for i in e.sentence_ids)]
    return told or visits[-1:]


def add_companions(doc: Document) -> None:
    """Pipeline component: add companions and inviting hosts to the events they go along to (module docstring)."""
    if not doc.events:
        return
    for cue_type, kinds, list_end in (
        ("companions", {"meeting", "visit", "summit"}, LIST_END),
        ("hosts", {"visit"}, HOST_LIST_END),
    ):
        if pattern := _cue_pattern(doc.reference, cue_type):
            _add_people_after(doc, pattern, kinds, list_end)


def _add_people_after(doc: Document, pattern: re.Pattern[str], kinds: set[str], list_end: re.Pattern[str]) -> None:
    in_quote = [(q.outer_start, q.outer_end) for q in doc.quote_spans]
    people = [m for m in doc.mentions if m.entity_type == "person" and m.resolution != "role"]
    for sentence in doc.sentences:
        for cue in pattern.finditer(doc.text, sentence.start, sentence.end):
            if any(s <= cue.start() < e for s, e in in_quote):
                continue
            stop = list_end.search(doc.text, cue.end(), sentence.end)
            end = stop.start() if stop else sentence.end
            named = {p.entity_id: p.name for p in people if cue.end() <= p.start < end}
            if not named:
                continue
            leader = next((p for p in reversed(people) if sentence.start <= p.start < cue.start()), None)
            for event in _targets(doc, sentence.index, leader.entity_id if leader else None, kinds):
                for person_id, name in named.items():
                    if person_id not in event.participant_names:
                        event.participant_names[person_id] = name
                        event.participants.append(person_id)
