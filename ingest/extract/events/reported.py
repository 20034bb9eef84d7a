"""Undated events in a news report: what happened, told without a date phrase, happened just before publication.

Reads ``doc.events`` after the article-level merge and the publication date; an undated meeting or
call that happened, told outside quotes and not as background (``seeds/cue_words.csv`` type ``background``:
"had met", "last met", "previously"), in the headline or the lede (the first ``LEDE_SENTENCES`` + 1 sentences;
further down a report tells background as often as news), gets the ``REPORT_WINDOW_DAYS`` days up to publication
with precision ``reported`` (less sure than a day the text names, surer than nothing). Visits too: a visit
reported as news went on in those days. A visit told after "after", "following" or "since" ("days after
travelling to Moscow") came before the news and stays undated.
"""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache

from ingest.extract.dates import ResolvedDate
from ingest.extract.document import Document
from ingest.extract.patterns import literal_alternation
from ingest.reference import ReferenceData

REPORT_WINDOW_DAYS = 3
LEDE_SENTENCES = 4  # the headline and the lede: later sentences tell background as often as news
BACKGROUND_REACH = 60  # characters before the trigger, within its sentence
EARLIER_EVENT = re.compile(r"\b(?:after|following|since)\s+(?:(?:a|an|the|his|her|their|last\s+\w+['’]s)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


@lru_cache(maxsize=4)
def background_cue(reference: ReferenceData) -> re.Pattern[str]:
    """The words that tell an event as background (``seeds/cue_words.csv`` type ``background``)."""
    words = literal_alternation(reference.cues.get("background", ()), ignore_case=True)
    # "has had a telephone conversation" is the present perfect of news, not the pluperfect of background
    # ... and "he had a telephone conversation": "had" before an article or a count is the simple past of news
    return re.compile(
        rf"(?<![\w-])(?<!\bhas )(?<!\bhave )(?:{words})(?![\w-])(?!(?<=had)\s+(?:a|an|the|two|three|several|talks)\b)",
        re.IGNORECASE,
    )


def add_report_dates(doc: Document) -> None:
    """Pipeline component: date the undated happened events of a news report (see the module docstring)."""
    if doc.published is None:
        return
    background = background_cue(doc.reference)
    window = ResolvedDate(doc.published - timedelta(days=REPORT_WINDOW_DAYS - 1), doc.published, "reported")
    for event in doc.events:
        if event.when.known or event.status != "happened" or event.in_quote:
            continue
        sentence = doc.sentences[min(event.sentence_ids)]
        if sentence.index > LEDE_SENTENCES:
            continue
        head = doc.text[max(sentence.start, event.start - BACKGROUND_REACH) : event.end]
        if background.search(head):
            continue
        if event.kind == "visit" and EARLIER_EVENT.search(doc.text, max(sentence.start, event.start - 40), event.start):
            continue  # "days after travelling to Moscow", "after his trip to Kyiv": a trip before the news
        event.when = window
        event.confidence = min(event.confidence, 0.5)
