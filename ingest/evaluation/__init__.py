"""Evaluation: run the extractor on articles with a gold annotation and score it (``parley evaluate``).

:mod:`.gold` reads and checks the gold file, :mod:`.score` matches and counts, this module runs the
extractor in memory (no warehouse) and formats the results.
"""

from __future__ import annotations

from pathlib import Path

from ingest.evaluation.gold import GoldError, load_gold
from ingest.evaluation.score import CATEGORIES, Score, dates_compatible, greedy, score
from ingest.extract import ArticleRows, extract_article
from ingest.pipeline import prepare_article
from ingest.reference import ReferenceData, load_reference
from ingest.sources.readers import ManifestEntry, SourceDocument, read_file, read_manifest

__all__ = ["GoldError", "Score", "as_json", "as_table", "dates_compatible", "errors_report", "evaluate", "greedy", "predict"]


def _merged(manifest: ManifestEntry | None, fallback: ManifestEntry | None) -> ManifestEntry | None:
    """The manifest's metadata, each blank field filled from the gold file's."""
    if manifest is None or fallback is None:
        return manifest or fallback
    return ManifestEntry(
        url=manifest.url or fallback.url,
        outlet=manifest.outlet or fallback.outlet,
        published_date=manifest.published_date or fallback.published_date,
        title=manifest.title or fallback.title,
    )


def predict(
    articles_dir: Path,
    manifest: Path | None,
    files: list[str],
    reference: ReferenceData,
    fallback: dict[str, ManifestEntry] | None = None,
) -> dict[str, ArticleRows]:
    """Run the extractor on the gold articles (in memory, no warehouse).

    Metadata comes from the manifest; what it leaves blank (or a file it does not list) takes the gold's own
    ``outlet`` and ``published_date`` (``fallback``), as an article would from its feed.
    """
    listed = read_manifest(manifest) if manifest and manifest.exists() else {}
    fallback = fallback or {}
    predictions: dict[str, ArticleRows] = {}
    for name in files:
        docs = [d for d in read_file((articles_dir / name).resolve()) if isinstance(d, SourceDocument)]
        if not docs:
            predictions[name] = ArticleRows()
            continue
        row = prepare_article(docs[0], _merged(listed.get(name), fallback.get(name)), reference, "evaluate")
        predictions[name] = extract_article(
            row["article_id"], row["clean_text"], row["published_date"], reference, row["removed_boilerplate"]
        )
    return predictions


def evaluate(
    gold_path: Path, articles_dir: Path, manifest: Path | None, only: str | None = None, dated_only: bool = False
) -> dict:
    """Load the gold file, run the extractor on its articles (those whose file starts with ``only``; with
    ``dated_only``, those whose manifest or gold gives a publication date) and score it."""
    gold = load_gold(gold_path)
    if only:
        gold["articles"] = [a for a in gold["articles"] if a["file"].startswith(only)]
        if not gold["articles"]:
            raise GoldError(f"{gold_path}: no article's file starts with {only!r}")
    if dated_only:
        # an undated article's gold dates come from outside the text: no extractor can find them there
        listed = read_manifest(manifest) if manifest and manifest.exists() else {}
        gold["articles"] = [
            a for a in gold["articles"] if a.get("published_date") or (a["file"] in listed and listed[a["file"]].published_date)
        ]
        if not gold["articles"]:
            raise GoldError(f"{gold_path}: no article has a publication date")
    reference = load_reference()
    fallback = {
        a["file"]: ManifestEntry(url=None, outlet=a.get("outlet"), published_date=a.get("published_date"), title=None)
        for a in gold["articles"]
    }
    predictions = predict(articles_dir, manifest, [a["file"] for a in gold["articles"]], reference, fallback)
    results = score(gold, predictions, reference)
    results["n_articles"] = len(gold["articles"])
    return results


def as_json(results: dict) -> dict:
    """JSON-ready results (scores plus the notes that explain misses)."""
    return {
        name: {**value.as_dict(), "notes": value.notes} if isinstance(value, Score) else value for name, value in results.items()
    }


def as_table(results: dict) -> str:
    """The scores as a fixed-width table."""
    lines = [f"{'category':<15} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>10} {'recall':>8} {'f1':>6}"]
    for name in CATEGORIES:
        value = results[name]
        lines.append(
            f"{name:<15} {value.tp:>4} {value.fp:>4} {value.fn:>4} {value.precision:>10.3f} {value.recall:>8.3f} {value.f1:>6.3f}"
        )
    lines.append(f"articles: {results.get('n_articles', '?')}; non-quotes extracted as quotes: {results['not_quotes_leaked']}")
    return "\n".join(lines)


def errors_report(results: dict) -> str:
    """Every miss and extra, grouped by article: what the gold expected and what the extractor found."""
    by_article: dict[str, list[str]] = {}
    for name in ("people", "quotes", "meetings", "announcements"):
        for note in results[name].notes:
            article, _, detail = note.partition(": ")
            by_article.setdefault(article, []).append(f"  [{name}] {detail}")
    return "\n".join(f"{article}\n" + "\n".join(lines) for article, lines in sorted(by_article.items()))
