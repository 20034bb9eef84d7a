"""Row helpers for the real-news mechanism tests: who was found, who spoke, which bodies, who announced."""

from __future__ import annotations

from tests.test_extraction_rules import events, people

__all__ = ["announcers", "events", "orgs", "people", "person_ids", "quote_speakers"]


def person_ids(rows) -> dict[str, str]:
    return {m["surface"]: m["entity_id"] for m in rows.mentions if m["entity_type"] == "person"}


def quote_speakers(rows) -> list[tuple[str, str | None]]:
    return [(q["quote_text"], q["speaker_id"]) for q in rows.quotes]


def orgs(rows) -> dict[str, str]:
    return {m["surface"]: m["entity_id"] for m in rows.mentions if m["entity_type"] == "organisation"}


def announcers(rows) -> list[tuple[str, str]]:
    return sorted((a["announcer_id"], str(a["announced_on"])) for a in rows.announcements)
