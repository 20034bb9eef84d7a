"""Events: meetings, visits, calls and attended summits with participants, place, date and status.

One module per layer of an event, all over the same :class:`~ingest.extract.document.Document`:
``triggers`` (find trigger words and build event mentions), ``participants`` (who), ``place`` (where),
``timing`` (when), ``status`` (planned or happened), ``merge`` (one event told twice), ``gatherings``
(summits and forums someone attends), with the phrase
shapes they read in ``grammar`` and the shared state and text windows in ``context``.
"""

from __future__ import annotations

from ingest.extract.document import Document
from ingest.extract.events.triggers import EventExtractor


def add_events(doc: Document) -> None:
    """Pipeline component: add ``doc.events`` and ``doc.events_by_sentence`` (reads names, quotes, speakers)."""
    EventExtractor(doc).extract()
