"""The extraction pipeline: an ordered list of components over one :class:`Document`.

Each component reads the layers added before it and adds its own:

1. ``names``     — people, organisations and places (seeds, titles, appositives, role references)
   then ``plain names`` — people named without a title, from a given-name dictionary ('Nancy Pelosi'),
   ``regnal names`` — monarchs the seeds lack ('King Felipe VI', 'Queen Letizia'),
   ``nicknamed people`` — seeded people written with a quoted nickname ('Ferdinand “Bongbong” R. Marcos, Jr.'),
   and ``name variants`` — transliterations, typos, family name first, honorific short forms,
   then ``short forms`` — an unseeded person's defined abbreviation ('(CSP)') and respelled surname,
   and ``home bodies`` — government bodies named without their country ('the Foreign Office (FO)'),
   then ``provisional bodies`` and ``initialisms`` — a body named later by its undefined initials ('said the FO')
2. ``quote spans`` — every quotation's offsets
3. ``speakers``  — the index of speech and announcement cues and of speaker candidates
4. ``quotes``    — which quotations are speech, and who said each
5. ``events``    — meetings, visits and calls (triggers → participants → place → date → status → merge)
   then ``parsed events`` — the dependency parse (spaCy) of sentences whose meeting words the rules could
   not read, then ``visit dates`` — an undated meeting of a traveller during their dated visit takes its dates,
   and ``report dates`` — an undated event that happened, in a news report, dated just before publication
   (and the meetings held during a visit so dated take its days),
   and ``sequence dates`` — an undated event told as the next step of a dated one ('Later, X met Y') takes its date
6. ``announcements`` — who announced which planned event,
   then ``release announcements`` — the body issuing a press release announces the plans it tells
7. ``credits`` — the people bylines and photo credits name (also on the lines cleaning removed)

Date expressions are scanned once per sentence, the first time a component asks
(:meth:`Document.dates_in`). A new component is a function ``(doc) -> None`` added to ``COMPONENTS``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ingest.extract.announcements import add_announcements
from ingest.extract.bodies import add_home_bodies
from ingest.extract.credits import add_credits
from ingest.extract.document import Document
from ingest.extract.events import add_events
from ingest.extract.events.companions import add_companions
from ingest.extract.events.destinations import add_destinations
from ingest.extract.events.during_visit import add_reported_visit_dates, add_visit_dates
from ingest.extract.events.parsed import add_parsed_events
from ingest.extract.events.reported import add_report_dates
from ingest.extract.events.sequence import add_sequence_dates
from ingest.extract.initialisms import add_initialisms
from ingest.extract.names import add_names
from ingest.extract.nicknames import add_nicknamed_people
from ingest.extract.plain_names import add_plain_names
from ingest.extract.provisional_bodies import add_provisional_bodies
from ingest.extract.quotes import add_quote_spans, add_quotes
from ingest.extract.regnal_names import add_regnal_names
from ingest.extract.releases import add_release_announcements
from ingest.extract.short_forms import add_short_forms
from ingest.extract.speakers import add_speakers
from ingest.extract.variants import add_name_variants
from ingest.reference import ReferenceData
from ingest.sources.metadata import plausible

Component = Callable[[Document], None]
COMPONENTS: list[Component] = [
    add_names,
    add_plain_names,
    add_regnal_names,
    add_nicknamed_people,
    add_name_variants,
    add_short_forms,
    add_home_bodies,
    add_provisional_bodies,
    add_initialisms,
    add_quote_spans,
    add_speakers,
    add_quotes,
    add_events,
    add_parsed_events,
    add_companions,
    add_destinations,
    add_visit_dates,
    add_report_dates,
    add_reported_visit_dates,
    add_sequence_dates,
    add_announcements,
    add_release_announcements,
    add_credits,
]


def run_pipeline(
    text: str, published: date | None, reference: ReferenceData, removed_lines: tuple[str, ...] = ()
) -> Document:
    """Build the document for ``text`` (and the lines cleaning removed) and run every component on it, in order."""
    if published and not plausible(published):
        published = None  # relative dates cannot be resolved against a placeholder like 9999-12-31
    doc = Document.from_text(text, published, reference, removed_lines)
    for component in COMPONENTS:
        component(doc)
    return doc
