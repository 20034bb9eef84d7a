"""The ingest run: discover -> read -> clean -> infer metadata -> extract (in parallel) -> load."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from tqdm import tqdm

from ingest import __version__
from ingest.budget import ExtractionTimeout, article_timeout, over_budget, time_budget
from ingest.config import connect_warehouse
from ingest.extract import ArticleRows, extract_article
from ingest.extract.text import slug
from ingest.faults import kill_point
from ingest.reference import ReferenceData, load_reference
from ingest.sources.cleaning import clean_text
from ingest.sources.manifest import parse_manifest
from ingest.sources.metadata import infer_outlet, infer_published_date, normalise_date
from ingest.sources.readers import ManifestEntry, Rejected, SourceDocument, discover, read_file
from ingest.warehouse.article_versions import reverted_articles
from ingest.warehouse.load import ensure_schema, existing_article_ids, load_batch
from ingest.warehouse.schema import (
    ANNOUNCEMENTS,
    ARTICLES,
    EVENT_MENTIONS,
    EVENT_PARTICIPANTS,
    INGEST_RUNS,
    MENTIONS,
    QUARANTINE,
    QUOTES,
    frame,
)
from ingest.workers import Workers

BATCH_SIZE = 2000


@dataclass
class IngestReport:
    """Counts of one ingest run."""

    run_id: str
    n_inputs: int = 0
    n_loaded: int = 0
    n_duplicates: int = 0
    n_superseded: int = 0
    n_reinstated: int = 0  # sources changed back to content seen before: that version is current again
    n_quarantined: int = 0
    quarantined: list[Rejected] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def nothing_readable(self) -> bool:
        """True when inputs existed but not one article could be read."""
        return self.n_loaded + self.n_duplicates + self.n_reinstated == 0


def now() -> datetime:
    """UTC now without time zone, as the raw tables store it."""
    return datetime.now(UTC).replace(tzinfo=None)


def _outlet_id(name: str, reference: ReferenceData) -> str:
    for outlet in reference.outlets:
        if outlet["outlet_name"].lower() == name.lower():
            return outlet["outlet_id"]
    return slug(name)


def prepare_article(doc: SourceDocument, manifest: ManifestEntry | None, reference: ReferenceData, run_id: str) -> dict:
    """The ``raw.articles`` row for a document: cleaned text, outlet and date with their sources."""
    cleaned = clean_text(doc.raw_text, reference)
    url = (manifest.url if manifest else None) or doc.url
    outlet_name, outlet_source, outlet_note = None, "none", ""
    if manifest and manifest.outlet:
        outlet_name, outlet_source = manifest.outlet, "manifest"
    elif doc.outlet:
        outlet_name, outlet_source = doc.outlet, "record"
    else:
        inferred = infer_outlet(url, doc.raw_text, reference)
        outlet_name, outlet_source, outlet_note = inferred.value, inferred.source, inferred.note
    published, date_source, date_note = None, "none", ""
    if manifest and normalise_date(manifest.published_date):
        published, date_source = normalise_date(manifest.published_date), "manifest"
    elif normalise_date(doc.published_at):
        published, date_source = normalise_date(doc.published_at), "record"
    else:
        inferred = infer_published_date(url, doc.raw_text)
        published, date_source, date_note = inferred.value, inferred.source, inferred.note
    article_id = hashlib.sha256(cleaned.text.encode("utf-8")).hexdigest()[:20]
    return {
        "article_id": article_id,
        "source_key": doc.source_key,
        "source_path": doc.source_path,
        "source_format": doc.source_format,
        "encoding": doc.encoding,
        "url": url,
        "outlet_id": _outlet_id(outlet_name, reference) if outlet_name else None,
        "outlet_name": outlet_name,
        "outlet_source": outlet_source,
        "outlet_note": outlet_note,
        "published_date": date.fromisoformat(published) if published else None,
        "date_source": date_source,
        "date_note": date_note,
        "title": (manifest.title if manifest else None) or doc.title,
        "raw_text": doc.raw_text,
        "clean_text": cleaned.text,
        "n_chars": len(cleaned.text),
        "removed_boilerplate": list(cleaned.removed_lines),
        "run_id": run_id,
        "ingested_at": now(),
        "is_current": True,
        "superseded_by": None,
    }


def extract_within_budget(
    article_id: str,
    text: str,
    published: date | None,
    budget: float,
    reference: ReferenceData | None = None,
    removed_lines: Sequence[str] = (),
) -> ArticleRows | None:
    """Extract one article within its time budget; None when it ran past it."""
    try:
        with time_budget(budget):
            return extract_article(article_id, text, published, reference, removed_lines)
    except ExtractionTimeout:
        return None


def _extract_job(job: tuple[str, str, date | None, float, list[str]]) -> ArticleRows | None:
    article_id, text, published, budget, removed_lines = job
    return extract_within_budget(article_id, text, published, budget, removed_lines=removed_lines)


def prepare_file(
    path: Path, manifest_entry: ManifestEntry | None, run_id: str, reference: ReferenceData
) -> list[dict | Rejected]:
    """Read, decode and clean one file into ``raw.articles`` rows; unusable input comes back as Rejected."""
    prepared: list[dict | Rejected] = []
    for item in read_file(path):
        if isinstance(item, Rejected):
            prepared.append(item)
            continue
        try:
            row = prepare_article(item, manifest_entry, reference, run_id)
        except Exception as exc:  # noqa: BLE001 - one bad document must not abort the batch
            prepared.append(Rejected(item.source_key, item.source_path, "unprocessable", f"{type(exc).__name__}: {exc}"))
            continue
        if row["clean_text"].strip():
            prepared.append(row)
        else:
            prepared.append(Rejected(item.source_key, item.source_path, "no_article_text", "only boilerplate"))
    return prepared


def _prepare_job(job: tuple[Path, ManifestEntry | None, str]) -> list[dict | Rejected]:
    path, manifest_entry, run_id = job
    return prepare_file(path, manifest_entry, run_id, load_reference())


def quarantine_row(item: Rejected, run_id: str) -> dict:
    """The ``raw.quarantine`` row of a rejected input."""
    return {
        "source_key": item.source_key,
        "source_path": item.source_path,
        "reason": item.reason,
        "detail": item.detail,
        "content_sha256": item.content_sha256 or "",
        "run_id": run_id,
        "quarantined_at": now(),
    }


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _collect_prepared(
    prepared: Iterable[list[dict | Rejected]], report: IngestReport, quarantine_rows: list[dict]
) -> dict[str, dict]:
    """Articles of one batch by id (in-batch copies counted as duplicates); rejects go to quarantine."""
    articles: dict[str, dict] = {}
    for items in prepared:
        for item in items:
            if isinstance(item, Rejected):
                report.quarantined.append(item)
                quarantine_rows.append(quarantine_row(item, report.run_id))
            elif item["article_id"] in articles:
                report.n_duplicates += 1
            else:
                articles[item["article_id"]] = item
    return articles


def ingest_paths(
    paths: Iterable[str],
    warehouse: Path,
    manifest_path: Path | None = None,
    workers: int | None = None,
    batch_size: int = BATCH_SIZE,
    progress: bool = False,
) -> IngestReport:
    """Ingest files, directories or globs into ``warehouse``; each batch is one transaction."""
    load_reference()  # fail fast on broken seeds; forked workers inherit the loaded copy
    report = IngestReport(run_id=datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8])
    started = now()
    parsed = parse_manifest(manifest_path) if manifest_path else None
    manifest = parsed.entries if parsed else {}
    report.warnings.extend(parsed.warnings if parsed else [])
    files, rejected = discover(paths)
    report.n_inputs = len(files)
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    con = connect_warehouse(warehouse)
    pool, budget = Workers(workers, len(files)), article_timeout()
    try:
        ensure_schema(con)
        quarantine_rows = [quarantine_row(r, report.run_id) for r in rejected]
        report.quarantined.extend(rejected)
        batches = [[(path, manifest.get(path.name), report.run_id) for path in batch] for batch in _batches(files, batch_size)]
        reading = pool.map(_prepare_job, batches[0]) if batches else iter(())
        for index, jobs in enumerate(batches):
            articles = _collect_prepared(
                tqdm(reading, total=len(jobs), desc="reading", unit="file", disable=None if progress else True, leave=False),
                report,
                quarantine_rows,
            )
            known = existing_article_ids(con, list(articles))
            reverted = reverted_articles(con, {aid: articles[aid]["source_key"] for aid in known})
            report.n_duplicates += len(known) - len(reverted)
            report.n_reinstated += len(reverted)
            new = [row for aid, row in articles.items() if aid not in known]
            extracting = pool.map(_extract_job, [(r["article_id"], r["clean_text"], r["published_date"], budget, r["removed_boilerplate"]) for r in new])
            if index + 1 < len(batches):
                # Queued behind the extraction, so the workers read the next batch while this one loads.
                reading = pool.map(_prepare_job, batches[index + 1])
            collected, timed_out = ArticleRows(), set()
            progress_bar = tqdm(
                extracting, total=len(new), desc="extracting", unit="article", disable=None if progress else True, leave=False
            )
            for article, rows in zip(new, progress_bar, strict=True):
                if rows is None:  # over its time budget: quarantined, the rest of the batch loads
                    timed_out.add(article["article_id"])
                    report.quarantined.append(over_budget(article, budget))
                    quarantine_rows.append(quarantine_row(report.quarantined[-1], report.run_id))
                    continue
                for name in ("mentions", "quotes", "events", "participants", "announcements"):
                    getattr(collected, name).extend(getattr(rows, name))
            new = [row for row in new if row["article_id"] not in timed_out]
            frames = {
                ARTICLES.name: frame(ARTICLES, new),
                MENTIONS.name: frame(MENTIONS, collected.mentions),
                QUOTES.name: frame(QUOTES, collected.quotes),
                EVENT_MENTIONS.name: frame(EVENT_MENTIONS, collected.events),
                EVENT_PARTICIPANTS.name: frame(EVENT_PARTICIPANTS, collected.participants),
                ANNOUNCEMENTS.name: frame(ANNOUNCEMENTS, collected.announcements),
                QUARANTINE.name: frame(QUARANTINE, quarantine_rows),
            }
            report.n_superseded += load_batch(con, frames, reinstated=reverted)
            report.n_loaded += len(new)
            quarantine_rows = []
            kill_point("ingest_batch")  # with PARLEY_PARALLEL_THRESHOLD low, the workers are alive here
        report.n_quarantined = len(report.quarantined)
        run_row = {
            "run_id": report.run_id,
            "started_at": started,
            "finished_at": now(),
            "n_inputs": report.n_inputs,
            "n_loaded": report.n_loaded,
            "n_duplicates": report.n_duplicates,
            "n_superseded": report.n_superseded,
            "n_quarantined": report.n_quarantined,
            "parley_version": __version__,
        }
        load_batch(con, {INGEST_RUNS.name: frame(INGEST_RUNS, [run_row]), QUARANTINE.name: frame(QUARANTINE, quarantine_rows)})
    finally:
        pool.close()
        con.close()
    return report
