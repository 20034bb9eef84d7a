"""Infer outlet and publication date when no manifest says them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlparse

from dateutil import parser as date_parser

from ingest.reference import ReferenceData

_URL = re.compile(r"https?://[^\s<>)\]]+")
_URL_DATE = re.compile(r"/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|$|-)")
_MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_HEADER_DATE = re.compile(
    rf"^(?:[A-Z][a-z]+day,?\s+)?(?:{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    r"(?:[\s,]+\d{1,2}:\d{2}.*)?$"
)
HEADER_LINES = 12


@dataclass(frozen=True)
class Inferred:
    """A metadata value with where it came from, or why it is unknown."""

    value: str | None
    source: str  # manifest | record | url | text | none
    note: str = ""


def _domain(url: str) -> str:
    host = urlparse(url).netloc.lower()
    return host[4:] if host.startswith("www.") else host


def find_url(raw_text: str) -> str | None:
    """First URL in an "Original url:" style line or anywhere in the text."""
    match = _URL.search(raw_text)
    return match.group(0).rstrip(".,>") if match else None


def infer_outlet(url: str | None, raw_text: str, reference: ReferenceData) -> Inferred:
    """Outlet from the URL domain, then from outlet markers in the text (``seeds/outlets.csv``)."""
    candidates = [(url, "url")] if url else []
    text_url = find_url(raw_text)
    if text_url:
        candidates.append((text_url, "text"))
    for candidate, source in candidates:
        domain = _domain(candidate)
        for outlet in reference.outlets:
            if domain == outlet["domain"] or domain.endswith("." + outlet["domain"]):
                return Inferred(outlet["outlet_name"], source, f"domain {domain}")
    for outlet in reference.outlets:
        for marker in (m for m in outlet["text_markers"].split("|") if m):
            if marker in raw_text:
                return Inferred(outlet["outlet_name"], "text", f"marker {marker!r}")
    return Inferred(None, "none", "no URL domain or outlet marker matched seeds/outlets.csv")


PLAUSIBLE_FIRST, PLAUSIBLE_LAST = date(1900, 1, 1), date(2100, 12, 31)


def plausible(day: date) -> bool:
    """A publication date outside 1900-2100 is a typo or a placeholder, not a fact to resolve dates against."""
    return PLAUSIBLE_FIRST <= day <= PLAUSIBLE_LAST


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if plausible(found) else None


def infer_published_date(url: str | None, raw_text: str) -> Inferred:
    """Publication date from a dated URL path, then a date line in the article header."""
    for candidate, source in ((url, "url"), (find_url(raw_text), "text")):
        if candidate and (m := _URL_DATE.search(urlparse(candidate).path + "/")):
            found = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if found:
                return Inferred(found.isoformat(), source, "date in URL path")
    for line in [ln.strip() for ln in raw_text.splitlines() if ln.strip()][:HEADER_LINES]:
        if _HEADER_DATE.match(line):
            try:
                parsed = date_parser.parse(line, fuzzy=True).date()
            except (ValueError, OverflowError):
                continue
            return Inferred(parsed.isoformat(), "text", f"header line {line!r}")
    return Inferred(None, "none", "no dated URL or header date line")


def normalise_date(value: str | None) -> str | None:
    """ISO date from a manifest/record value (any common format); None when empty or unparseable."""
    if not value or not str(value).strip():
        return None
    try:
        parsed = date_parser.parse(str(value)).date()
    except (ValueError, OverflowError):
        return None
    return parsed.isoformat() if plausible(parsed) else None
