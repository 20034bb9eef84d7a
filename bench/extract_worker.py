"""Time extraction alone, one process, over prepared clean texts; prints one JSON line.

Run as a script (``python bench/extract_worker.py JOBS``) with ``PYTHONPATH`` set to the source tree
to measure: this checkout or a baseline revision exported by ``git archive``. It uses only the API
both layouts share (``ingest.extract.extract_article`` and ``ingest.reference.load_reference``),
so the same script measures today's extractor and the one before the restructuring.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path


def load_jobs(path: Path, limit: int | None = None) -> list[tuple[str, str, date | None]]:
    """The ``(article_id, clean_text, published)`` jobs written by :func:`bench.extraction.write_jobs`."""
    jobs = []
    for line in path.read_text(encoding="utf-8").splitlines()[:limit]:
        article_id, text, published = json.loads(line)
        jobs.append((article_id, text, date.fromisoformat(published) if published else None))
    return jobs


def measure(jobs_path: Path, limit: int | None = None) -> dict:
    """Extract every job once (after one warm-up article) and return the time and row counts."""
    import ingest
    from ingest.extract import extract_article
    from ingest.reference import load_reference

    jobs = load_jobs(jobs_path, limit)
    reference = load_reference()
    extract_article(*jobs[0], reference)  # warm-up: compiles the patterns cached per reference
    counts = {"mentions": 0, "quotes": 0, "events": 0, "announcements": 0}
    start = time.perf_counter()
    for article_id, text, published in jobs:
        rows = extract_article(article_id, text, published, reference)
        counts["mentions"] += len(rows.mentions)
        counts["quotes"] += len(rows.quotes)
        counts["events"] += len(rows.events)
        counts["announcements"] += len(rows.announcements)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "articles": len(jobs),
        "megabytes": sum(len(text.encode("utf-8")) for _, text, _ in jobs) / 1e6,
        "rows": counts,
        "ingest_package": str(Path(ingest.__file__).resolve().parent),
    }


if __name__ == "__main__":
    print(json.dumps(measure(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else None)))
