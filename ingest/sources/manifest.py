"""The manifest CSV (``file,url,outlet,published_date,title``): parsed strictly, problems reported.

A manifest that is not valid CSV (an unterminated quote swallows the rest of the file into one
field) is an error: nothing is ingested with metadata from it. Row-level problems are warnings
with the line number, and the row (or the value) is ignored: a row with the wrong number of
fields or no file name, a date that is not a date, a file listed twice (the later row wins).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from ingest.sources.metadata import normalise_date

COLUMNS = ("file", "url", "outlet", "published_date", "title")


class ManifestError(ValueError):
    """The manifest cannot be read as CSV with a ``file`` column."""


@dataclass(frozen=True)
class ManifestEntry:
    """Metadata for one file from the manifest CSV."""

    url: str | None
    outlet: str | None
    published_date: str | None
    title: str | None


@dataclass
class Manifest:
    """Entries keyed by file name, and the warnings met while reading them."""

    entries: dict[str, ManifestEntry] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"manifest {path}: cannot read it ({exc})") from exc


def _rows(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    reader = csv.reader(io.StringIO(_text(path), newline=""), strict=True)
    try:
        header = [name.strip() for name in next(reader, [])]
        rows = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise ManifestError(f"manifest {path}: not valid CSV at line {reader.line_num}: {exc}") from exc
    if "file" not in header:
        raise ManifestError(f"manifest {path} has no 'file' column (expected {','.join(COLUMNS)})")
    return header, rows


def parse_manifest(path: Path) -> Manifest:
    """Read ``path`` into a :class:`Manifest`; raises :class:`ManifestError` when it is not usable at all."""
    header, rows = _rows(path)
    manifest, seen_at = Manifest(), {}
    where = f"manifest {path.name}"
    for line, values in rows:
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            manifest.warnings.append(f"{where} line {line}: {len(values)} fields, the header has {len(header)}; row ignored")
            continue
        row = {name: value.strip() for name, value in zip(header, values, strict=True)}
        name = Path(row["file"]).name
        if not name:
            manifest.warnings.append(f"{where} line {line}: no file name; row ignored")
            continue
        published = row.get("published_date") or None
        if published and normalise_date(published) is None:
            manifest.warnings.append(f"{where} line {line}: published_date {published!r} is not a date; ignored")
            published = None
        if name in seen_at:
            manifest.warnings.append(f"{where} lines {seen_at[name]} and {line} both describe {name}; line {line} is used")
        seen_at[name] = line
        manifest.entries[name] = ManifestEntry(
            url=row.get("url") or None, outlet=row.get("outlet") or None, published_date=published, title=row.get("title") or None
        )
    return manifest


def read_manifest(path: Path) -> dict[str, ManifestEntry]:
    """Entries of the manifest at ``path`` keyed by file name (warnings dropped; see :func:`parse_manifest`)."""
    return parse_manifest(path).entries
