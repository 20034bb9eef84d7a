"""``parley correct``: record an analyst's fix in the corrections seed, keyed by stable ids.

A correction names an article (``article_id``, the hash of its cleaned text) and the character
offsets of a quote or event mention in that text. Those survive every rebuild and full refresh,
unlike ``quote_id`` or ``meeting_id``; the command accepts the ids an analyst sees in the marts
and looks the stable keys up in the published warehouse. The dbt models apply the seed on the
next ``parley build`` (a changed seed rebuilds in full).
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from dataclasses import astuple, dataclass, fields
from pathlib import Path
from typing import NoReturn

from ingest.config import REPO_ROOT, warehouse_path

CORRECTIONS_ENV = "PARLEY_CORRECTIONS_DIR"
ACTIONS = ("set_speaker", "add_participant", "remove_participant", "drop_meeting")


@dataclass(frozen=True)
class Correction:
    """One row of ``corrections.csv``."""

    correction_id: str
    article_id: str
    start_char: int
    end_char: int
    action: str
    entity_id: str
    note: str


COLUMNS = tuple(f.name for f in fields(Correction))


def corrections_file() -> Path:
    """The corrections seed: ``corrections/corrections.csv``, or in ``$PARLEY_CORRECTIONS_DIR``.

    The folder must lie inside the project (dbt writes each seed's SQL to ``target/run/`` plus the
    seed's path, which for a path outside the project would overwrite the seed itself).
    """
    raw = Path(os.environ.get(CORRECTIONS_ENV, "corrections"))
    folder = (raw if raw.is_absolute() else REPO_ROOT / raw).resolve()
    if not folder.is_relative_to(REPO_ROOT):
        raise ValueError(f"{CORRECTIONS_ENV} must be a folder inside {REPO_ROOT}, not {folder}")
    return folder / "corrections.csv"


def read_corrections(path: Path | None = None) -> list[Correction]:
    """Every correction in the seed (none when the file does not exist yet)."""
    path = path or corrections_file()
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8") as handle:
        return [
            Correction(**{**row, "start_char": int(row["start_char"]), "end_char": int(row["end_char"])})
            for row in csv.DictReader(handle)
        ]


def append_corrections(new: list[Correction], path: Path | None = None) -> Path:
    """Add rows to the seed (created with its header when missing); returns the file."""
    path = path or corrections_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = not path.exists() or path.stat().st_size == 0
    with path.open("a", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        if fresh:
            writer.writerow(COLUMNS)
        writer.writerows(astuple(c) for c in new)
    return path


def _fail(message: str) -> NoReturn:
    print(f"error: {message}", file=sys.stderr)
    raise SystemExit(1)


def _next_id(existing: list[Correction], offset: int) -> str:
    return f"c{len(existing) + offset + 1:04d}"


def _locate(sql: str, key: str) -> list[tuple[str, int, int]]:
    """(article_id, start_char, end_char) of the rows ``sql`` selects for ``key`` in the published warehouse."""
    from ingest.warehouse.query import connect_read_only

    con = connect_read_only(warehouse_path())
    try:
        rows = con.execute(sql, [key]).fetchall()
    finally:
        con.close()
    if not rows:
        _fail(f"{key} is not in the published warehouse")
    return [(a, int(s), int(e)) for a, s, e in rows]


def _targets(args: argparse.Namespace) -> list[tuple[str, int, int]]:
    if args.article:
        if args.start is None or args.end is None:
            _fail("--article needs --start and --end")
        return [(args.article, args.start, args.end)]
    if getattr(args, "quote", None):
        return _locate("select article_id, start_char, end_char from marts.fct_quotes where quote_id = ?", args.quote)
    if getattr(args, "mention", None):
        sql = "select article_id, start_char, end_char from marts.fct_meeting_mentions where event_mention_id = ?"
        return _locate(sql, args.mention)
    if getattr(args, "meeting", None):
        sql = "select article_id, start_char, end_char from marts.fct_meeting_mentions where meeting_id = ? order by all"
        return _locate(sql, args.meeting)
    _fail("say which item: --quote/--mention/--meeting, or --article with --start and --end")


def cmd_correct(args: argparse.Namespace) -> int:
    """Record one correction (a meeting id becomes one row per mention)."""
    action = {"speaker": "set_speaker", "drop-meeting": "drop_meeting"}.get(args.what)
    if args.what == "participant":
        if bool(args.add) == bool(args.remove):
            _fail("give exactly one of --add PERSON_ID or --remove PERSON_ID")
        action = "add_participant" if args.add else "remove_participant"
    entity = getattr(args, "to", None) or getattr(args, "add", None) or getattr(args, "remove", None) or ""
    existing = read_corrections()
    rows = [
        Correction(_next_id(existing, i), article, start, end, action, entity, args.note or "")
        for i, (article, start, end) in enumerate(_targets(args))
    ]
    path = append_corrections(rows)
    for row in rows:
        print(f"{row.correction_id}: {row.action} {row.entity_id} at {row.article_id}[{row.start_char}:{row.end_char}]".rstrip())
    print(f"recorded in {path}; `parley build` applies it")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``parley correct speaker|participant|drop-meeting`` to the CLI."""
    correct = sub.add_parser("correct", help="fix a speaker, a participant or a false meeting (corrections seed)")
    kinds = correct.add_subparsers(dest="what", required=True)
    speaker = kinds.add_parser("speaker", help="set the speaker of a quote")
    speaker.add_argument("--quote", help="quote_id from fct_quotes")
    speaker.add_argument("--to", required=True, help="the right person_id or organisation_id")
    participant = kinds.add_parser("participant", help="add or remove a participant of a meeting mention")
    participant.add_argument("--mention", help="event_mention_id from fct_meeting_mentions")
    participant.add_argument("--meeting", help="meeting_id from fct_meetings (every mention of it)")
    participant.add_argument("--add", help="person_id to add")
    participant.add_argument("--remove", help="person_id to remove")
    drop = kinds.add_parser("drop-meeting", help="remove a false meeting (all its mentions, or one)")
    drop.add_argument("--meeting", help="meeting_id from fct_meetings")
    drop.add_argument("--mention", help="event_mention_id from fct_meeting_mentions")
    for parser in (speaker, participant, drop):
        parser.add_argument("--article", help="article_id (with --start and --end: offsets of the quote or mention)")
        parser.add_argument("--start", type=int, help="start offset in the article's cleaned text")
        parser.add_argument("--end", type=int, help="end offset in the article's cleaned text")
        parser.add_argument("--note", help="why (kept in the seed)")
        parser.set_defaults(func=cmd_correct)
