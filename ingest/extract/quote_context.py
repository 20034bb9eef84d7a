"""Speakers of quotes told across sentences: a quote after 'X said:', a quote paragraph that continues the one
before or follows a sentence of reported speech, chained partial quotes.

:class:`ContextRules` is mixed into :class:`~ingest.extract.quotes.QuoteExtractor`; it reads the extractor's text,
sentences, quote spans, attributor and the attributions made so far (quotes are attributed in order).
"""

from __future__ import annotations

import re

from ingest.extract.quote_spans import QuoteSpan
from ingest.extract.speakers import UNNAMED, Attributor, Speaker
from ingest.extract.text import Sentence, sentence_at

SIGN_OFF = re.compile(r"\s*[—–]\s*[A-Z]{2,}(?:[ /][A-Z]{2,})*\s*$")  # "... as well.” — KATA": the writer's initials
CONTINUING_REACH = 3  # sentences from the quote before
# ", he said." / ", the minister added." ending a sentence: a comma, at most five words, a verb, the stop
FINAL_ATTRIBUTION = re.compile(r",\s+(?:[\w’'.-]+\s+){1,5}[a-z]+\s*[.!]?\s*$")
CLOSING_MARKS = "\"”’'»"

Attribution = tuple[Speaker | None, str | None, str, float]


class ContextRules:
    """Attribution rules that read beyond the quote's own sentence."""

    text: str
    sentences: list[Sentence]
    spans: list[QuoteSpan]
    attr: Attributor
    attributions: dict[int, Attribution]

    def _introduced_by_colon(self, span: QuoteSpan, sentence: Sentence) -> tuple[Speaker | None, str | None, str, float] | None:
        """'Lavrov said:' ending one paragraph introduces the quote that opens the next."""
        if self.text[sentence.start : span.outer_start].strip() or sentence.index == 0:
            return None
        previous = self.sentences[sentence.index - 1]
        if previous.paragraph == sentence.paragraph or not self.text[previous.start : previous.end].rstrip().endswith(":"):
            return None
        reported = self._reported_by(previous)
        return (reported[0], reported[1], "introduced_by_colon", 0.8) if reported else None

    def _after_colon(self, span: QuoteSpan, floor: int) -> tuple[Speaker | None, str | None, str, float] | None:
        """'Zelensky thanked him: “Thank you.”': the person before a colon that opens the quote."""
        if not re.search(r":\s*$", self.text[floor : span.outer_start]):
            return None
        people = [c for c in self.attr.candidates(floor, span.outer_start) if c.speaker and c.speaker.speaker_type == "person"]
        return (people[0].speaker, None, "before_colon", 0.7) if people else None

    def _carried_over(
        self, index: int, span: QuoteSpan, sentence: Sentence
    ) -> tuple[Speaker | None, str | None, str, float] | None:
        """'“That is nonsense,” he said. “We said so many times.”': a quote that is a whole sentence
        right after an attributed quote keeps that speaker."""
        if index == 0 or not self._whole_sentence(span, sentence):
            return None
        before = index - 1
        heading = sentence_at(self.sentences, self.spans[before].outer_start)
        if before > 0 and heading is not None and heading.headline and heading.index == sentence.index - 1:
            before -= 1  # "‘Constructive discussion’": a quoted sub-head between two quote paragraphs
        previous = self.attributions.get(before)
        previous_sentence = sentence_at(self.sentences, self.spans[before].outer_start)
        if not previous or previous[0] is None or previous_sentence is None:
            return None
        previous_span = self.spans[before]
        last_told = sentence.index - (2 if before < index - 1 else 1)  # the sentence before, past a sub-head
        next_paragraph = sentence.paragraph != previous_sentence.paragraph and self.sentences[last_told].paragraph == previous_sentence.paragraph
        if next_paragraph and self.text[previous_span.outer_end - 1] not in CLOSING_MARKS:
            # A quote left open at the end of a paragraph goes on in the next one, which reopens it.
            return previous[0], previous[1], "continues_previous_paragraph", previous[3] * 0.85
        if (
            next_paragraph
            and not previous[2].startswith("continues")
            and self._opens_paragraph(span, sentence)
            and self._last_in_paragraph(before)
        ):
            # '“...,” Kritenbrink told reporters.' then a paragraph that is nothing but a quote: still him (one
            # paragraph on from an attributed quote, no further)
            return previous[0], previous[1], "continues_previous_quote_paragraph", previous[3] * 0.8
        if (
            previous_sentence.index not in (sentence.index - 1, sentence.index)
            or previous_sentence.paragraph != sentence.paragraph
        ):
            return None
        return previous[0], previous[1], "continues_previous_sentence", previous[3] * 0.85

    def _after_reported_speech(self, span: QuoteSpan, sentence: Sentence) -> tuple[Speaker | None, str | None, str, float] | None:
        """'Ruto added that they discussed opportunities for Africa's youth. “We exchanged ideas on ...”': a quote
        that is a whole sentence, right after a sentence reporting someone's words without quoting them, is
        theirs."""
        if sentence.index == 0 or not self._whole_sentence(span, sentence):
            return None
        previous = self.sentences[sentence.index - 1]
        if any(previous.start <= q.start < previous.end for q in self.spans):
            return None  # a quoted sentence before: its own attribution carries over, or nothing does
        reported = self._reported_by(previous) or self._according_to(previous)
        if reported is None or reported[0] is UNNAMED or self.attr.is_media(reported[0]):
            return None
        return reported[0], reported[1], "after_reported_speech", 0.6

    def _according_to(self, sentence: Sentence) -> tuple[Speaker, str] | None:
        """'According to President Ali, key areas will include trade.': the source the sentence's words are
        attributed to, and the cue."""
        cue = next(iter(self.attr.cues("according_to", sentence.start, sentence.end)), None)
        if cue is None:
            return None
        speaker = self.attr.best(cue.end(), self.attr.clause_end(cue.end(), sentence.end), allow_media=False)
        return (speaker, cue.group(0)) if speaker else None

    def _sentence_final_attribution(
        self, index: int, span: QuoteSpan, sentence: Sentence
    ) -> tuple[Speaker | None, str | None, str, float] | None:
        """'“... converging” various sides' views and ..., he said.': a quote opening its sentence, whose sentence
        goes on past the quote and ends in ', <speaker> said.', is the speaker's."""
        if self.text[sentence.start : span.outer_start].strip() or any(
            sentence.start <= q.outer_start < sentence.end for q in self.spans[index + 1 :]
        ):
            return None
        final = FINAL_ATTRIBUTION.search(self.text, span.outer_end, sentence.end)
        cue = next(iter(self.attr.cues("speech", final.start(), sentence.end)), None) if final else None
        speaker = self.attr.best(final.start(), cue.start()) if cue else None
        if speaker is None or speaker is UNNAMED or self.attr.is_media(speaker):
            return None
        return speaker, cue.group(0), "sentence_final_speech_verb", 0.7

    def _after_paraphrase(self, span: QuoteSpan, sentence: Sentence) -> tuple[Speaker | None, str | None, str, float] | None:
        """'He also confirmed his intention to visit India.' then a paragraph that is only a quote: the words of
        the person whose speech the paragraph before reports (it holds no quote of its own)."""
        if sentence.index == 0 or not (self._whole_sentence(span, sentence) and self._opens_paragraph(span, sentence)):
            return None
        previous = self.sentences[sentence.index - 1]
        if previous.paragraph == sentence.paragraph or any(previous.start <= q.start < previous.end for q in self.spans):
            return None
        reported = self._reported_by(previous, ("speech", "announcement"))
        if reported is None or reported[0].speaker_type != "person":
            return None
        return reported[0], reported[1], "after_paraphrase", 0.6

    def _reported_by(self, sentence: Sentence, kinds: tuple[str, ...] = ("speech",)) -> tuple[Speaker, str] | None:
        """The subject of the last cue of ``kinds`` in ``sentence`` (speech verbs: 'Lavrov said:', 'Ruto added
        that'), and the cue."""
        cue = max((c for kind in kinds for c in self.attr.cues(kind, sentence.start, sentence.end)), key=lambda c: c.start(), default=None)
        speaker = self.attr.subject_of(cue.start(), sentence.start) if cue else None
        if cue and speaker is None and (described := self.attr.opening_description(sentence.start, cue.start())):
            # "The President outlined that ...": the person the sentence's opening description refers to
            speaker = Speaker("person", described.entity_id, described.name, described.surface, via_pronoun=True)
        return (speaker, cue.group(0)) if speaker else None

    def _whole_sentence(self, span: QuoteSpan, sentence: Sentence) -> bool:
        """Whether the quote is all its sentence says (a writer's sign-off after it, '— KATA', aside)."""
        after = SIGN_OFF.sub("", self.text[span.outer_end : sentence.end])
        return not re.search(r"[A-Za-z]", self.text[sentence.start : span.outer_start] + after)

    def _opens_paragraph(self, span: QuoteSpan, sentence: Sentence) -> bool:
        """Whether the quote is the first thing in its paragraph."""
        first = next(s for s in self.sentences if s.paragraph == sentence.paragraph)
        return not self.text[first.start : span.outer_start].strip()

    def _last_in_paragraph(self, index: int) -> bool:
        """Whether quote ``index`` closes in the last sentence of its paragraph (no later sentence there,
        which might bring in someone else)."""
        sentence = sentence_at(self.sentences, self.spans[index].outer_end - 1)
        return sentence is not None and all(
            s.paragraph != sentence.paragraph for s in self.sentences[sentence.index + 1 : sentence.index + 2]
        )

    def _continuing_speaker(self, index: int, sentence: Sentence) -> Speaker | None:
        """The person who spoke the quote before quote ``index``, at most ``CONTINUING_REACH`` sentences back."""
        if index == 0 or index - 1 not in self.attributions:
            return None
        previous = self.attributions[index - 1][0]
        before = sentence_at(self.sentences, self.spans[index - 1].outer_start)
        if previous is None or previous is UNNAMED or previous.speaker_type != "person" or before is None:
            return None
        return previous if sentence.index - before.index <= CONTINUING_REACH else None

    def _previous(self, index: int, sentence: Sentence) -> tuple[Speaker | None, str | None, str, float] | None:
        """Attribution of the previous quote when it is in the same sentence (chained partial quotes)."""
        if index == 0 or self.spans[index - 1].outer_start < sentence.start:
            return None
        return self.attributions.get(index - 1)
