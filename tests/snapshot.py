"""The extraction snapshot: every raw row the ingestor derives from the fixture and sample articles.

``python -m tests.snapshot --write`` records it in ``tests/fixtures/extraction_snapshot.jsonl``; the test
``tests/test_snapshot.py`` asserts that today's code still derives exactly those rows. Refactors must leave
it unchanged; a deliberate change in behaviour rewrites it in the same commit (and says so).
"""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime
from pathlib import Path

from ingest.extract import extract_article
from ingest.pipeline import prepare_article
from ingest.reference import load_reference
from ingest.sources.readers import Rejected, read_file, read_manifest

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "tests" / "fixtures" / "extraction_snapshot.jsonl"
CORPORA = ["sample", "tests/fixtures/inputs", "tests/fixtures/heldout", "tests/fixtures/real_news"]
VOLATILE = {"run_id", "ingested_at", "source_key", "source_path"}  # differ by run or checkout


def _json_default(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _corpus_files() -> list[tuple[Path, Path | None]]:
    files = []
    for corpus in CORPORA:
        folder = ROOT / corpus
        manifest = folder / "manifest.csv"
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.name not in {"manifest.csv", "NOTES.md", "FIRST_RUNS.md"} and path.suffix != ".json":
                files.append((path, manifest if manifest.exists() else None))
    return files


def snapshot_rows() -> list[dict]:
    """One record per document read from the corpora: its article row and extracted rows."""
    reference = load_reference()
    manifests: dict[Path, dict] = {}
    records = []
    for path, manifest in _corpus_files():
        if manifest is not None and manifest not in manifests:
            manifests[manifest] = read_manifest(manifest)
        entry = manifests.get(manifest, {}).get(path.name) if manifest else None
        for number, item in enumerate(read_file(path)):
            key = f"{path.relative_to(ROOT)}#{number}"
            if isinstance(item, Rejected):
                records.append({"key": key, "rejected": item.reason})
                continue
            article = prepare_article(item, entry, reference, "snapshot")
            rows = extract_article(
                article["article_id"], article["clean_text"], article["published_date"], reference, article["removed_boilerplate"]
            )
            records.append(
                {
                    "key": key,
                    "article": {k: v for k, v in article.items() if k not in VOLATILE},
                    "mentions": rows.mentions,
                    "quotes": rows.quotes,
                    "events": rows.events,
                    "participants": rows.participants,
                    "announcements": rows.announcements,
                }
            )
    return [json.loads(json.dumps(r, default=_json_default, sort_keys=True)) for r in records]


def main() -> None:
    """Write the snapshot (``--write``) or report how many records differ from it."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    records = snapshot_rows()
    if args.write:
        SNAPSHOT.write_text("".join(json.dumps(r, sort_keys=True, ensure_ascii=False) + "\n" for r in records))
        print(f"wrote {len(records)} records to {SNAPSHOT.relative_to(ROOT)}")
        return
    stored = {r["key"]: r for r in map(json.loads, SNAPSHOT.read_text().splitlines())}
    changed = [r["key"] for r in records if stored.get(r["key"]) != r]
    print(f"{len(changed)} of {len(records)} records differ" + "".join(f"\n  {k}" for k in changed))


if __name__ == "__main__":
    main()
