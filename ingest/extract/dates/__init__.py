"""Dates: find date expressions in text (:mod:`.grammar`) and resolve them against the publication date
(:mod:`.resolution`)."""

from ingest.extract.dates.grammar import UNKNOWN, DateExpression, ResolvedDate, find_dates
from ingest.extract.dates.resolution import day_offset, duration_days, gap_days, merge_adjacent, resolve

__all__ = [
    "UNKNOWN",
    "DateExpression",
    "ResolvedDate",
    "day_offset",
    "duration_days",
    "find_dates",
    "gap_days",
    "merge_adjacent",
    "resolve",
]
