"""Direct quotes and who said them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ingest.extract.names import Mention
from ingest.extract.quote_context import ContextRules
from ingest.extract.quote_spans import QuoteSpan, find_quote_spans
from ingest.extract.speakers import UNNAMED, Attributor, Speaker

if TYPE_CHECKING:
    from ingest.extract.document import Document
from ingest.extract.text import Sentence, sentence_at

FRONTED_PHRASE = re.compile(r"\s*(?:During|After|In|At|On|Following|Speaking)\b[^,“”\"]{0,80},\s*")
THAT_CLAUSE = re.compile(r"\s+that\b")  # "noting that X ...": X is no speaker
TITLE_WORDS = re.compile(r"(?:[A-Z][\w.’'-]*\s+)*")
DASH_TAIL = re.compile(r"\s*(?:[,(][^“”\"]*)?[.)]?\s*")
DASH_ATTRIBUTION = re.compile(r"[,.]?\s*[—–]\s*|[,.]?\s+-{1,2}\s+")
SCARE_QUOTE_MAX_WORDS = 4
CLAUSE_JOINER = re.compile(r"\b(?:and|but|while|whereas|because|although)\s+(?:[a-z]+\s+)?$")
NEW_CLAUSE = re.compile(r"[\s,]*(?:and|but|while|whereas|because|although|that|as|which)\s+\S+\s+\S")
AFTER_CUE_REACH = 80
CONTINUING_VERB = re.compile(r"continued|added|went on|adds|continues", re.IGNORECASE)
# ", assistant secretary of State for East Asian and Pacific affairs, ": one apposition between commas
APPOSITION = re.compile(r",\s+[^,;:“”\"]+,\s+")
QUOTED_AS = re.compile(r"\s+as\s+(?:saying|telling|stating|writing|adding)\b")
APPOSITION_REACH = 120
TITLE_RUN = re.compile(r"[\s,]*(?:(?:[A-Z][\w’'.-]*|of|for|and|the|on|to|in)\s+)*")  # capitalised title words only


@dataclass(frozen=True)
class Quote:
    """A direct quote with its speaker (None when the article attributes it to nobody)."""

    text: str
    start: int
    end: int
    sentence_id: int
    speaker: Speaker | None
    cue: str | None
    rule: str
    confidence: float


def _is_title(words: list[str]) -> bool:
    """'Third Reich', 'The Art of War': names of things, not speech ('“Never,” he said' is speech)."""
    if words and words[-1][-1:] in ",.!?":
        return False
    content = [w for w in words if w.lower() not in {"of", "the", "and", "a", "in", "on", "for"}]
    return bool(content) and len(words) <= 5 and all(w[:1].isupper() for w in content)


class QuoteExtractor(ContextRules):
    """Attach speakers to the quotations of one article."""

    def __init__(self, text: str, sentences: list[Sentence], spans: list[QuoteSpan], attributor: Attributor):
        self.text = text
        self.sentences = sentences
        self.spans = spans
        self.attr = attributor
        self.attributions: dict[int, tuple[Speaker | None, str | None, str, float]] = {}

    def extract(self) -> list[Quote]:
        """Quotes with speakers; headlines, titles and unattributed scare quotes are dropped."""
        quotes: list[Quote] = []
        for index, span in enumerate(self.spans):
            sentence = sentence_at(self.sentences, span.outer_start) or sentence_at(self.sentences, span.start)
            if sentence is None or sentence.headline:
                continue
            words = self.text[span.start : span.end].split()
            if _is_title(words):
                continue
            speaker, cue, rule, confidence = self._attribute(index, span, sentence)
            self.attributions[index] = (speaker, cue, rule, confidence)
            if speaker is UNNAMED:
                speaker, rule = None, "unnamed"  # "a senior official said": nobody in particular
            if speaker is None and rule in ("none", "unresolved") and len(words) <= SCARE_QUOTE_MAX_WORDS:
                continue
            quotes.append(
                Quote(self.text[span.start : span.end], span.start, span.end, sentence.index, speaker, cue, rule, confidence)
            )
        return quotes

    def _neighbours(self, index: int, sentence: Sentence) -> tuple[int, int]:
        previous = self.spans[index - 1].outer_end if index > 0 else sentence.start
        following = self.spans[index + 1].outer_start if index + 1 < len(self.spans) else sentence.end
        return max(previous, sentence.start), min(following, sentence.end)

    def _attribute(self, index: int, span: QuoteSpan, sentence: Sentence) -> tuple[Speaker | None, str | None, str, float]:
        attr = self.attr
        before_floor, after_ceiling = self._neighbours(index, sentence)
        after_end = min(after_ceiling, span.outer_end + AFTER_CUE_REACH)
        media_fallback: tuple[Speaker, str] | None = None
        after_cues = [
            # '"playing with fire" over Taiwan, and stressed ...': a verb with no subject of its own after the
            # quote continues the sentence's subject ("Lavrov and Wang said" keeps its subjects)
            c
            for c in attr.cues("speech", span.outer_end, after_end)
            if not CLAUSE_JOINER.search(self.text, span.outer_end, c.start())
            # '"productive" and that Rubio had stressed': a new clause with its own subject
            and not NEW_CLAUSE.match(self.text, span.outer_end, c.start())
        ][:1] or self._cue_after_apposition(span, after_ceiling) or self._cue_after_long_title(span, after_ceiling)
        if after_cues:
            cue = after_cues[0]
            speaker = attr.best(span.outer_end, cue.start())
            if (quoted := self._quoted_as(cue, after_ceiling)) is not None:
                return quoted, cue.group(0), "quoted_as_saying", 0.9  # "the office quoted Zelenskiy as telling Biden"
            if speaker is None and not THAT_CLAUSE.match(self.text, cue.end()) and not cue.group(0).lower().endswith("ing"):
                # ('"...," saying Muscat had played a role': after a participle comes the reported clause's subject)
                # '"...," noting that Li will arrive': the one after 'that' is the clause's subject, not the speaker
                speaker = attr.best(cue.end(), attr.clause_end(cue.end(), after_ceiling))
            reporter = self._reporting_person(before_floor, span) if speaker and speaker.speaker_type == "organisation" else None
            if reporter:
                # 'Lavrov told Li that Kyiv was "creating obstacles", the ministry said': Lavrov's words, the
                # ministry's report
                return reporter[0], reporter[1], "speech_before_reported", 0.8
            if speaker and speaker.via_pronoun and CONTINUING_VERB.fullmatch(cue.group(0)):
                # '"...," he continued': the speaker of the quote just before goes on
                speaker = self._continuing_speaker(index, sentence) or speaker
            if speaker and not attr.is_media(speaker):
                return speaker, cue.group(0), "speech_verb_after", 0.95 if not speaker.via_pronoun else 0.85
            if speaker:
                media_fallback = (speaker, cue.group(0))
        before = [
            (m, kind)
            for kind in ("speech", "other_attribution", "according_to")
            for m in attr.cues(kind, before_floor, span.outer_start)
        ]
        if before:
            cue, kind = max(before, key=lambda item: item[0].start())
            if kind == "other_attribution":
                return None, cue.group(0), "attributed_to_others", 0.6
            if kind == "according_to":
                speaker = attr.best(cue.end(), attr.clause_end(cue.end(), span.outer_start))
            else:
                previous = self._previous(index, sentence)
                speaker = attr.subject_of(cue.start(), before_floor) or (previous[0] if previous else None)
            if speaker:
                return speaker, cue.group(0), f"{kind}_before", 0.85 if not speaker.via_pronoun else 0.75
        elif (previous := self._previous(index, sentence)) and previous[2] != "none":
            return previous[0], previous[1], "continues_previous", previous[3] * 0.9
        for cue in attr.cues("according_to", sentence.start, sentence.end):
            speaker = attr.best(cue.end(), attr.clause_end(cue.end(), sentence.end), allow_media=False)
            if speaker:
                return speaker, cue.group(0), "according_to", 0.7
            if cue.start() >= span.outer_end:
                # '"...," according to the sources': the words are someone's the text does not name, not the
                # sentence subject's
                return None, cue.group(0), "unresolved", 0.4
        if not (before or after_cues) and (dash := DASH_ATTRIBUTION.match(self.text, span.outer_end, after_ceiling)):
            # “The door remains open” — Olaf Scholz.
            speaker = self._named_right_after(dash.end(), after_ceiling)
            if speaker:
                return speaker, None, "dash_attribution", 0.8
        if media_fallback:
            return media_fallback[0], media_fallback[1], "media_report", 0.5
        if before or after_cues:
            return None, None, "unresolved", 0.4
        carried = (
            self._carried_over(index, span, sentence)
            or self._introduced_by_colon(span, sentence)
            or self._after_colon(span, before_floor)
            or self._after_reported_speech(span, sentence)
            or self._sentence_final_attribution(index, span, sentence)
            or self._after_paraphrase(span, sentence)
        )
        if carried:
            return carried
        subject = self._sentence_subject(span, sentence)
        if subject:
            return subject, None, "sentence_subject", 0.5
        return None, None, "none", 0.3

    def _quoted_as(self, cue: re.Match[str], ceiling: int) -> Speaker | None:
        """'..., the presidential office quoted Zelenskiy as telling Biden': the person named after 'quoted' and
        before 'as saying/telling', not the source that quotes them."""
        if cue.group(0).lower() not in ("quoted", "quoting", "cited", "citing"):
            return None
        person = next(iter(self.attr.candidates(cue.end(), ceiling)), None)
        if person is None or person.speaker is None or person.speaker.speaker_type != "person":
            return None
        between, after = self.text[cue.end() : person.start], self.text[person.end : ceiling]
        return person.speaker if TITLE_WORDS.fullmatch(between.lstrip()) and QUOTED_AS.match(after) else None

    def _cue_after_apposition(self, span: QuoteSpan, ceiling: int) -> list[re.Match[str]]:
        """'“...,” Daniel Kritenbrink, assistant secretary of State for East Asian and Pacific affairs, told
        reporters': a person named right after the quote, then a long apposition, then the verb."""
        name = next(iter(self.attr.candidates(span.outer_end, ceiling)), None)
        if name is None or name.start > span.outer_end + 3 or name.speaker is None or name.speaker.speaker_type != "person":
            return []
        apposition = APPOSITION.match(self.text, name.end, ceiling)
        if apposition is None or apposition.end() - name.end > APPOSITION_REACH:
            return []
        return [c for c in self.attr.cues("speech", apposition.end(), ceiling) if c.start() == apposition.end()][:1]

    def _cue_after_long_title(self, span: QuoteSpan, ceiling: int) -> list[re.Match[str]]:
        """'“...,” Foreign Affairs Assistant Secretary for Asian and Pacific Affairs Nathaniel Imperial said': a title
        longer than the usual reach, then the name, then the verb right after it."""
        name = next(iter(self.attr.candidates(span.outer_end, min(ceiling, span.outer_end + APPOSITION_REACH))), None)
        if name is None or name.speaker is None or name.speaker.speaker_type != "person":
            return []
        if not TITLE_RUN.fullmatch(self.text, span.outer_end, name.start):
            return []
        return [c for c in self.attr.cues("speech", name.end, ceiling) if c.start() - name.end <= 1][:1]

    def _sentence_subject(self, span: QuoteSpan, sentence: Sentence) -> Speaker | None:
        """'He thanked France for sending “French vessels to come and patrol.”': a quote inside a sentence
        that opens with a person (or he/she, or a description of a person named before: 'The minister'),
        perhaps after a fronted phrase ('During the call, Blinken ...'), and tells no speech verb is that
        person's words."""
        head = self.text[sentence.start : span.outer_start]
        if not head.strip() or self.attr.in_quote(sentence.start):
            return None
        # "During the call on Saturday, Blinken spoke about the “outstanding example”": a fronted phrase first
        fronted = FRONTED_PHRASE.match(head)
        start = sentence.start + (fronted.end() if fronted else 0)
        pronoun = re.match(r"\s*(?P<p>He|She)\b", self.text[start : span.outer_start])
        if pronoun:
            return self.attr.resolve_pronoun(start + pronoun.start("p"), pronoun.group("p").lower())
        first = next(iter(self.attr.candidates(start, span.outer_start)), None)
        if first and first.speaker and first.speaker.speaker_type == "person" and TITLE_WORDS.fullmatch(self.text[start : first.start].lstrip()):
            return first.speaker
        if described := self.attr.opening_description(start, span.outer_start):
            # "The minister identified Oman as the “epicenter”": the person the opening description refers to
            return Speaker("person", described.entity_id, described.name, described.surface, via_pronoun=True)
        return None

    def _reporting_person(self, floor: int, span: QuoteSpan) -> tuple[Speaker, str] | None:
        """A person whose speech verb, followed by 'that', introduces the clause the quote sits in."""
        cues = [
            c
            for c in self.attr.cues("speech", floor, span.outer_start)
            if re.match(r"\s+(?:\w+\s+){0,3}that\b", self.text[c.end() : span.outer_start])
        ]
        if not cues:
            return None
        speaker = self.attr.subject_of(cues[-1].start(), floor)
        return (speaker, cues[-1].group(0)) if speaker and speaker.speaker_type == "person" else None

    def _named_right_after(self, start: int, ceiling: int) -> Speaker | None:
        """A person named at ``start``, perhaps after a title ('German Chancellor Olaf Scholz')."""
        for candidate in self.attr.candidates(start, ceiling):
            if candidate.speaker is None or candidate.speaker.speaker_type != "person":
                continue
            # ... and nothing but an apposition after the name: "— Vladimir Putin disagreed" is a new clause.
            if TITLE_WORDS.fullmatch(self.text[start : candidate.start]) and DASH_TAIL.fullmatch(
                self.text, candidate.end, ceiling
            ):
                return candidate.speaker
        return None


def add_quote_spans(doc: Document) -> None:
    """Pipeline component: add ``doc.quote_spans``, every quotation's offsets (reads the text only)."""
    doc.quote_spans = find_quote_spans(doc.text)


def add_quotes(doc: Document) -> None:
    """Pipeline component: add ``doc.quotes``, the quotations that are speech, with speakers (reads speakers)."""
    doc.quotes = QuoteExtractor(doc.text, doc.sentences, doc.quote_spans, doc.speakers).extract()
    doc.mentions = [m for m in doc.mentions if not _speaker_by_role(m, doc.quotes)]


def _speaker_by_role(mention: Mention, quotes: list[Quote]) -> bool:
    """'“... the president’s first visit would be to Warsaw,” Duda said': a role reference ('the president')
    inside a quote is not its own speaker, who says 'I'; the reference resolved to them is dropped."""
    if mention.resolution != "role":
        return False
    return any(
        q.start <= mention.start < q.end and q.speaker is not None and q.speaker.speaker_id == mention.entity_id for q in quotes
    )
