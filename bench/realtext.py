"""The real-text corpus: the real fixture and sample articles, replicated with a unique line each.

Real news has ~7x more mentions per KB than the synthetic corpus and ranks the stages differently,
so the extraction figures are taken on both. Each copy gets an appended ``Ref <n>.`` line, which
makes every article's text (and so its ``article_id``) unique without changing what it says.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = [REPO / "tests" / "fixtures" / "real_news", REPO / "sample"]
MANIFEST_FIELDS = ["file", "url", "outlet", "published_date", "title"]


def source_articles(sources: list[Path] = SOURCES) -> list[tuple[Path, dict]]:
    """Every real article file with its manifest row (outlet, publication date), sorted by path."""
    found = []
    for folder in sources:
        with (folder / "manifest.csv").open(newline="", encoding="utf-8") as handle:
            rows = {row["file"]: row for row in csv.DictReader(handle)}
        for path in sorted((folder / "articles").glob("*.txt")):
            found.append((path, rows.get(path.name, {"file": path.name})))
    return found


def build_real_corpus(out_dir: Path, n_articles: int, sources: list[Path] = SOURCES) -> Path:
    """Write ``n_articles`` copies (cycling through the real articles) and their manifest; reuse a complete one."""
    articles = out_dir / "articles"
    manifest = out_dir / "manifest.csv"
    if manifest.exists() and sum(1 for _ in articles.iterdir()) == n_articles:
        return out_dir
    shutil.rmtree(out_dir, ignore_errors=True)
    articles.mkdir(parents=True)
    originals = [(path.read_text(encoding="utf-8"), row, path.name) for path, row in source_articles(sources)]
    with manifest.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=MANIFEST_FIELDS, extrasaction="ignore")
        writer.writeheader()
        for n in range(n_articles):
            text, row, name = originals[n % len(originals)]
            file_name = f"{n:06d}_{name}"
            (articles / file_name).write_text(text.rstrip("\n") + f"\n\nRef {n}.\n", encoding="utf-8")
            writer.writerow({**{k: row.get(k, "") for k in MANIFEST_FIELDS}, "file": file_name})
    return out_dir
