"""Extraction alone, per process: today's code against a baseline revision, interleaved in one run.

The clean texts are prepared once with today's reading and cleaning code (:func:`write_jobs`), so
both extractors see identical input. Each measurement is a fresh subprocess running
``bench/extract_worker.py`` with ``PYTHONPATH`` pointing at the tree to measure; the rounds
alternate the order (new, old, old, new, ...) so a noisy machine's slow minutes hit both sides.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORKER = Path(__file__).resolve().parent / "extract_worker.py"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def write_jobs(corpus_dir: Path, jobs_path: Path, limit: int | None = None) -> int:
    """Read and clean the (first ``limit``) articles of ``corpus_dir`` with its manifest into a JSON-lines jobs file."""
    from ingest.pipeline import prepare_article
    from ingest.reference import load_reference
    from ingest.sources.readers import Rejected, read_file, read_manifest

    reference = load_reference()
    manifest = read_manifest(corpus_dir / "manifest.csv")
    lines = []
    for path in sorted((corpus_dir / "articles").iterdir())[:limit]:
        for item in read_file(path):
            if isinstance(item, Rejected):
                continue
            row = prepare_article(item, manifest.get(path.name), reference, "bench")
            lines.append(json.dumps([row["article_id"], row["clean_text"], _iso(row["published_date"])]))
    jobs_path.parent.mkdir(parents=True, exist_ok=True)
    jobs_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def export_revision(rev: str, dest: Path) -> tuple[Path | None, str]:
    """``git archive`` the revision's ``ingest/`` and ``seeds/`` into ``dest``; ``(None, reason)`` if impossible."""
    try:
        commit = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--verify", f"{rev}^{{commit}}"], capture_output=True, text=True, check=True
        ).stdout.strip()
        archive = dest / "baseline.tar"
        subprocess.run(["git", "-C", str(REPO), "archive", "-o", str(archive), commit, "ingest", "seeds"], capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError) as error:
        detail = getattr(error, "stderr", "") or error
        return None, f"git history unavailable for {rev!r}: {str(detail).strip()}"
    root = dest / commit[:12]
    with tarfile.open(archive) as tar:
        tar.extractall(root, filter="data")
    return root, commit


def run_worker(source_root: Path, jobs_path: Path, limit: int | None = None) -> dict:
    """Measure extraction with the ``ingest`` package under ``source_root`` in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(source_root)}
    command = [sys.executable, str(WORKER), str(jobs_path.resolve())] + ([str(limit)] if limit else [])
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=source_root)
    if done.returncode != 0:
        raise RuntimeError(f"extraction worker failed for {source_root}:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    expected = (source_root / "ingest").resolve()
    if Path(result["ingest_package"]) != expected:
        raise RuntimeError(f"worker imported {result['ingest_package']}, not {expected}")
    result["articles_per_s"] = result["articles"] / result["seconds"]
    result["mb_per_s"] = result["megabytes"] / result["seconds"]
    return result


def _summary(runs: list[dict]) -> dict:
    rates = [r["articles_per_s"] for r in runs]
    best = max(runs, key=lambda r: r["articles_per_s"])
    return {
        "articles_per_s_best": round(best["articles_per_s"], 1),
        "articles_per_s_median": round(statistics.median(rates), 1),
        "mb_per_s_best": round(best["mb_per_s"], 3),
        "runs_articles_per_s": [round(x, 1) for x in rates],
        "rows": best["rows"],
    }


def measure_current(jobs_path: Path, rounds: int = 1, limit: int | None = None) -> dict:
    """Today's extraction per process on one jobs file (best and median of ``rounds``)."""
    return _summary([run_worker(REPO, jobs_path, limit) for _ in range(rounds)])


def compare_with_baseline(jobs_path: Path, rev: str, rounds: int = 2, log=print) -> dict:
    """Today's extractor and ``rev``'s, interleaved on the same jobs; ratios new/old per process."""
    with tempfile.TemporaryDirectory(prefix="parley-baseline-") as tmp:
        baseline_root, commit = export_revision(rev, Path(tmp))
        if baseline_root is None:
            log(f"  baseline comparison skipped: {commit}")
            return {"skipped": commit, "baseline_rev": rev}
        runs: dict[str, list[dict]] = {"new": [], "old": []}
        for i in range(rounds):
            order = ["new", "old"] if i % 2 == 0 else ["old", "new"]
            for side in order:
                result = run_worker(REPO if side == "new" else baseline_root, jobs_path)
                runs[side].append(result)
                log(f"  round {i + 1} {side:<3} extraction {result['seconds']:>8.2f} s {result['articles_per_s']:>9.1f} art/s")
    new, old = _summary(runs["new"]), _summary(runs["old"])
    pairs = [n["articles_per_s"] / o["articles_per_s"] for n, o in zip(runs["new"], runs["old"], strict=True)]
    return {
        "baseline_rev": rev,
        "baseline_commit": commit,
        "rounds": rounds,
        "new": new,
        "old": old,
        "ratio_new_vs_old_best": round(new["articles_per_s_best"] / old["articles_per_s_best"], 3),
        "ratio_new_vs_old_median": round(new["articles_per_s_median"] / old["articles_per_s_median"], 3),
        "ratio_per_round": [round(p, 3) for p in pairs],
    }
