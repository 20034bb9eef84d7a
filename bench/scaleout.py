"""Scale-out figures: the lake map on the local pool and on Ray, 1 and 2 workers, one corpus, one run.

Each configuration ingests the same real-text corpus into a fresh lake. Ray's cluster start-up is timed
apart from the runs (a cluster is long-lived in production); each Ray run still pays its actors'
start-up (process, reference data, spaCy), which is part of the per-run overhead reported.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from ingest.lake.ingest import ingest_to_lake

OBJECT_STORE_BYTES = 200 * 1024**2


def _timed_ingest(corpus: Path, lake: Path, engine: str, workers: int) -> float:
    shutil.rmtree(lake, ignore_errors=True)
    started = time.perf_counter()
    report = ingest_to_lake([str(corpus / "articles")], lake, corpus / "manifest.csv", engine=engine, workers=workers)
    elapsed = time.perf_counter() - started
    assert report.n_quarantined == 0 and report.n_loaded > 0, report
    return elapsed


def scaleout_figures(corpus: Path, work: Path, n_articles: int) -> dict:
    """Seconds and articles/s for local and Ray at 1 and 2 workers, with speed-ups and Ray's overhead."""
    import ray

    seconds: dict[str, float] = {}
    for workers in (1, 2):
        seconds[f"local_{workers}"] = _timed_ingest(corpus, work / "lake", "local", workers)
    started = time.perf_counter()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, object_store_memory=OBJECT_STORE_BYTES)
    seconds["ray_cluster_start"] = time.perf_counter() - started
    try:
        for workers in (1, 2):
            seconds[f"ray_{workers}"] = _timed_ingest(corpus, work / "lake", "ray", workers)
    finally:
        ray.shutdown()
    shutil.rmtree(work / "lake", ignore_errors=True)
    rates = {k: round(n_articles / v, 1) for k, v in seconds.items() if k != "ray_cluster_start"}
    return {
        "articles": n_articles,
        "seconds": {k: round(v, 2) for k, v in seconds.items()},
        "articles_per_s": rates,
        "speedup_2_vs_1": {e: round(seconds[f"{e}_1"] / seconds[f"{e}_2"], 2) for e in ("local", "ray")},
        "ray_vs_local": {w: round(seconds[f"local_{w}"] / seconds[f"ray_{w}"], 2) for w in (1, 2)},
        "ray_overhead_ms_per_article": {
            w: round(1000 * (seconds[f"ray_{w}"] - seconds[f"local_{w}"]) / n_articles, 2) for w in (1, 2)
        },
    }


def scaleout_table(figures: dict) -> str:
    """The figures as a small Markdown table."""
    s, r = figures["seconds"], figures["articles_per_s"]
    lines = [
        f"scale-out on {figures['articles']} real-text articles (Ray cluster start {s['ray_cluster_start']} s, not counted)",
        "| engine | 1 worker (art/s) | 2 workers (art/s) | speed-up 2 vs 1 | overhead vs local, ms/article (1 / 2 workers) |",
        "| --- | --- | --- | --- | --- |",
        f"| local pool | {r['local_1']} | {r['local_2']} | {figures['speedup_2_vs_1']['local']} | — |",
        f"| Ray Data | {r['ray_1']} | {r['ray_2']} | {figures['speedup_2_vs_1']['ray']} | "
        f"{figures['ray_overhead_ms_per_article'][1]} / {figures['ray_overhead_ms_per_article'][2]} |",
    ]
    return "\n".join(lines)
