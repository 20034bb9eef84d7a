"""Official releases announce what they tell: a press release of a body announces the plans in it.

A government release names its issuer on a line of its own, at its head ('Office of the President of the
Republic / Press Release 19/2016 / 25 April 2016') or at its foot ('Ministry of Foreign Affairs / Singhdurbar /
6 September 2019'). Such a line (exactly one organisation mention) counts as the issuer when the text marks itself
as a release there: a 'Press release' line at the head, or a line holding only a date within two lines of the
issuer's. Every planned event the text tells outside quotes that no one else announces is then announced by the
issuer, on the date of that line (else the publication date), as the gold reads a ministry's release.

Reads ``doc.events`` and ``doc.announcements``; runs after the announcements.
"""

from __future__ import annotations

import re
from datetime import date

from dateutil import parser as date_parser

from ingest.extract.announcements import Announcement
from ingest.extract.document import Document
from ingest.extract.names import Mention
from ingest.extract.speakers import Speaker

HEAD_LINES = 6  # the masthead of a release: the issuer, 'Press release', a number, a date
FOOT_LINES = 4  # the signature: the issuer, a place, a date
DATE_REACH = 2  # lines between the issuer's line and the release's date
PRESS_RELEASE = re.compile(r"^press\s+release\b", re.IGNORECASE)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DATE_LINE = re.compile(rf"^(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})$")
RELEASE_CONFIDENCE = 0.5


def _lines(text: str) -> list[tuple[int, int]]:
    """The non-empty lines of ``text`` as (start, end) offsets of their stripped content."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group(0)
        stripped = line.strip()
        if stripped:
            start = match.start() + line.index(stripped)
            spans.append((start, start + len(stripped)))
    return spans


def _line_date(text: str, span: tuple[int, int]) -> date | None:
    line = text[span[0] : span[1]]
    if not DATE_LINE.match(line):
        return None
    try:
        return date_parser.parse(line, dayfirst=True).date()
    except (ValueError, OverflowError):
        return None


def _issuer(doc: Document) -> tuple[Mention, date | None] | None:
    """The body a release names on a line of its own at its head or foot, with the release's date."""
    lines = _lines(doc.text)
    bodies = {(m.start, m.end): m for m in doc.mentions if m.entity_type == "organisation"}
    head = lines[:HEAD_LINES]
    marked = any(PRESS_RELEASE.match(doc.text[s:e]) for s, e in head)
    for place in (range(len(head)), range(max(0, len(lines) - FOOT_LINES), len(lines))):
        for i in place:
            body = bodies.get(lines[i])
            if body is None:
                continue
            near = lines[max(0, i - DATE_REACH) : i + DATE_REACH + 1]
            dated = next((d for span in near if (d := _line_date(doc.text, span))), None)
            if dated or (marked and i < HEAD_LINES):
                return body, dated
    return None


def add_release_announcements(doc: Document) -> None:
    """Pipeline component: the issuer of a release announces its unannounced plans (see the module docstring)."""
    found = _issuer(doc)
    if found is None:
        return
    body, dated = found
    announced = {a.event_index for a in doc.announcements}
    issuer = Speaker("organisation", body.entity_id, body.name, body.surface)
    for index, event in enumerate(doc.events):
        if event.status != "planned" or event.in_quote or index in announced:
            continue
        doc.announcements.append(
            Announcement(issuer, index, dated or doc.published, "release", body.start, body.end, body.sentence_id, RELEASE_CONFIDENCE)
        )
