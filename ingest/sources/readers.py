"""Find input files and read them into source documents (or quarantine records)."""

from __future__ import annotations

import glob
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from ingest.config import MAX_FILE_BYTES
from ingest.sources.decoding import DecodeError, decode_bytes
from ingest.sources.html_flatten import flatten, paragraphs
from ingest.sources.manifest import ManifestEntry, read_manifest

__all__ = ["ManifestEntry", "Rejected", "SourceDocument", "discover", "read_file", "read_manifest"]

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".jsonl", ".json"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES


@dataclass(frozen=True)
class SourceDocument:
    """One article as read from disk, before cleaning."""

    source_key: str  # stable identity of the source: path, or path#line for records
    source_path: str
    source_format: str
    raw_text: str
    encoding: str
    url: str | None = None
    outlet: str | None = None
    published_at: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Rejected:
    """Input that could not become an article, with the reason it was quarantined."""

    source_key: str
    source_path: str
    reason: str
    detail: str
    content_sha256: str | None = None


def discover(paths: Iterable[str]) -> tuple[list[Path], list[Rejected]]:
    """Expand files, directories (recursively) and globs into supported files, sorted.

    Paths that match nothing, and files with unsupported suffixes, come back as rejections.
    """
    found: set[Path] = set()
    rejected: list[Rejected] = []
    for spec in paths:
        path = Path(spec)
        if path.is_dir():
            candidates = [p for p in path.rglob("*") if p.is_file()]
        elif path.is_file():
            candidates = [path]
        else:
            candidates = [Path(p) for p in glob.glob(spec, recursive=True) if Path(p).is_file()]
            if not candidates:
                rejected.append(Rejected(spec, spec, "not_found", "path matches no file"))
        for candidate in candidates:
            if candidate.name.startswith(".") or candidate.suffix.lower() == ".csv":
                continue
            if candidate.suffix.lower() in SUPPORTED:
                found.add(candidate.resolve())
            else:
                rejected.append(
                    Rejected(str(candidate.resolve()), str(candidate), "unsupported_format", f"suffix {candidate.suffix!r}")
                )
    return sorted(found), rejected


def _main_text(html: str) -> tuple[str | None, str]:
    """The page's main text by trafilatura, and the markup it came from (flattened when lxml cannot
    parse the nesting; see :mod:`ingest.sources.html_flatten`)."""
    text = trafilatura.extract(html, favor_recall=True, include_comments=False, include_tables=False)
    if text and text.strip():
        return text, html
    flat = flatten(html)
    if flat is None:
        return None, html
    text = trafilatura.extract(flat, favor_recall=True, include_comments=False, include_tables=False)
    return (text if text and text.strip() else paragraphs(flat)), flat


def _html_document(key: str, path: Path, html: str, encoding: str, **meta: str | None) -> SourceDocument | Rejected:
    text, html = _main_text(html)
    if not text or not text.strip():
        return Rejected(key, str(path), "no_article_text", "HTML page has no extractable article text")
    info = trafilatura.extract_metadata(html)
    return SourceDocument(
        source_key=key,
        source_path=str(path),
        source_format="html",
        raw_text=text,
        encoding=encoding,
        url=meta.get("url") or (info.url if info else None),
        outlet=meta.get("outlet") or (info.sitename if info else None),
        published_at=meta.get("published_at") or (info.date if info else None),
        title=meta.get("title") or (info.title if info else None),
    )


def _records(path: Path, text: str) -> Iterator[tuple[str, dict | None, str]]:
    """Yield (key suffix, record or None, error) for each JSON/JSONL record."""
    if path.suffix.lower() == ".jsonl":
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                yield f"#L{number}", None, f"line {number}: {exc.msg}"
                continue
            yield f"#L{number}", value if isinstance(value, dict) else None, f"line {number}: not an object"
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield "", None, exc.msg
        return
    items = value if isinstance(value, list) else [value]
    for number, item in enumerate(items, start=1):
        yield f"#{number}", item if isinstance(item, dict) else None, f"item {number}: not an object"


META_FIELDS = ("url", "outlet", "published_at", "published_date", "title")


def _mistyped_fields(record: dict) -> list[str]:
    """The record's fields whose JSON type is wrong: metadata must be a string (or null), text and html strings."""
    return [
        f"{name} is {type(record[name]).__name__}, not a string"
        for name in (*META_FIELDS, "text", "html")
        if record.get(name) is not None and not isinstance(record[name], str)
    ]


def _record_document(key: str, path: Path, record: dict, encoding: str, digest: str | None = None) -> SourceDocument | Rejected:
    wrong = _mistyped_fields(record)
    if wrong:
        return Rejected(key, str(path), "invalid_field", "; ".join(wrong), digest)
    meta = {
        "url": record.get("url"),
        "outlet": record.get("outlet"),
        "published_at": record.get("published_at") or record.get("published_date"),
        "title": record.get("title"),
    }
    if isinstance(record.get("text"), str) and record["text"].strip():
        return SourceDocument(key, str(path), "json", record["text"], encoding, **meta)
    if isinstance(record.get("html"), str) and record["html"].strip():
        return _html_document(key, path, record["html"], encoding, **meta)
    return Rejected(key, str(path), "missing_text", "record has no non-empty 'text' or 'html' field")


def read_file(path: Path) -> Iterator[SourceDocument | Rejected]:
    """Read one file into documents; anything unusable comes back as :class:`Rejected`."""
    key = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield Rejected(key, key, "too_large", f"{size} bytes exceeds the {MAX_FILE_BYTES}-byte cap")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Rejected(key, key, "unreadable", str(exc))
        return
    digest = hashlib.sha256(data).hexdigest()
    try:
        text, encoding = decode_bytes(data)
    except DecodeError as exc:
        yield Rejected(key, key, exc.reason, exc.detail, digest)
        return
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        yield SourceDocument(key, key, suffix.lstrip("."), text, encoding)
    elif suffix in HTML_SUFFIXES:
        yield _html_document(key, path, text, encoding)
    else:
        for key_suffix, record, error in _records(path, text):
            if record is None:
                yield Rejected(key + key_suffix, key, "invalid_json", error, digest)
            else:
                yield _record_document(key + key_suffix, path, record, encoding, digest)
