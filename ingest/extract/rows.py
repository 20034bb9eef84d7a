"""Rows for the raw tables from a finished :class:`~ingest.extract.document.Document`."""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.extract.document import Document


@dataclass
class ArticleRows:
    """Rows for ``raw.mentions``, ``raw.quotes``, ``raw.event_mentions``, ``raw.event_participants``, ``raw.announcements``."""

    mentions: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    participants: list[dict] = field(default_factory=list)
    announcements: list[dict] = field(default_factory=list)


def document_rows(article_id: str, doc: Document) -> ArticleRows:
    """The raw-table rows of one extracted document; ids are ``<article_id>:<m|q|e|a><n>``."""
    mentions, quotes, events, announcements = doc.mentions, doc.quotes, doc.events, doc.announcements
    rows = ArticleRows()
    # bylines and photo credits are person mentions too; offsets are null when cleaning removed the line
    for i, m in enumerate([*mentions, *doc.credits]):
        rows.mentions.append(
            {
                "mention_id": f"{article_id}:m{i}",
                "article_id": article_id,
                "entity_type": m.entity_type,
                "entity_id": m.entity_id,
                "canonical_name": m.name,
                "surface": m.surface,
                "start_char": m.start,
                "end_char": m.end,
                "sentence_id": m.sentence_id,
                "resolution": m.resolution,
                "confidence": m.confidence,
            }
        )
    for i, q in enumerate(quotes):
        s = q.speaker
        rows.quotes.append(
            {
                "quote_id": f"{article_id}:q{i}",
                "article_id": article_id,
                "quote_text": q.text,
                "start_char": q.start,
                "end_char": q.end,
                "sentence_id": q.sentence_id,
                "speaker_type": s.speaker_type if s else None,
                "speaker_id": s.speaker_id if s else None,
                "speaker_name": s.name if s else None,
                "speaker_surface": s.surface if s else None,
                "cue": q.cue,
                "attribution_rule": q.rule,
                "confidence": q.confidence,
            }
        )
    for i, e in enumerate(events):
        event_id = f"{article_id}:e{i}"
        rows.events.append(
            {
                "event_mention_id": event_id,
                "article_id": article_id,
                "kind": e.kind,
                "status": e.status,
                "trigger": e.trigger,
                "start_char": e.start,
                "end_char": e.end,
                "sentence_ids": e.sentence_ids,
                "location_id": e.location_id,
                "location_name": e.location_name,
                "date_start": e.when.start,
                "date_end": e.when.end,
                "date_precision": e.when.precision,
                "date_text": e.date_text,
                "confidence": e.confidence,
                "in_quote": e.in_quote,
            }
        )
        for order, pid in enumerate(e.participants):
            rows.participants.append(
                {
                    "event_mention_id": event_id,
                    "article_id": article_id,
                    "person_id": pid,
                    "person_name": e.participant_names[pid],
                    "participant_order": order,
                }
            )
    for i, a in enumerate(announcements):
        # "officials said the visit will take place": an announcement by an unnamed source has no announcer
        announcer = None if a.announcer.speaker_type == "unnamed" else a.announcer
        rows.announcements.append(
            {
                "announcement_id": f"{article_id}:a{i}",
                "article_id": article_id,
                "event_mention_id": f"{article_id}:e{a.event_index}",
                "announcer_type": announcer.speaker_type if announcer else None,
                "announcer_id": announcer.speaker_id if announcer else None,
                "announcer_name": announcer.name if announcer else None,
                "announced_on": a.announced_on,
                "cue": a.cue,
                "start_char": a.start,
                "end_char": a.end,
                "sentence_id": a.sentence_id,
                "confidence": a.confidence,
            }
        )
    return rows
