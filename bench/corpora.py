"""Extraction per process on the synthetic and the real-text corpus, against two spaCy references.

For each corpus: Parley's extraction alone (one process, clean texts prepared beforehand), the
plain spaCy reference (blank English + sentencizer + EntityRuler with the seed names) on every
article, and the full ``en_core_web_sm`` pipeline on a sample (it is ~100x slower, so a sample keeps
``make bench`` within minutes; its rate is per article like the others). Every figure comes from
the same run, so the ratios hold on a noisy machine.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bench.extraction import measure_current, write_jobs
from bench.reference import full_model_reference, spacy_reference

Timed = Callable[..., dict]


def _rate(result: dict, articles: int, megabytes: float) -> dict:
    if "skipped" in result:
        return {"skipped": result["skipped"]}
    seconds = result["seconds"]
    out = {"articles": articles, "seconds": round(seconds, 3)}
    out["articles_per_s"] = round(articles / seconds, 1)
    out["mb_per_s"] = round(megabytes / seconds, 3)
    return out | {k: v for k, v in result.items() if k in ("model", "entities")}


def corpus_figures(label: str, corpus: Path, timed: Timed, limit: int | None, full_model: str, sample: int) -> dict:
    """Parley extraction and both references on one corpus; ``limit`` caps the articles extracted."""
    files = sorted((corpus / "articles").iterdir())[:limit]
    megabytes = sum(f.stat().st_size for f in files) / 1e6
    jobs_path = corpus / f"jobs-{len(files)}.jsonl"
    write_jobs(corpus, jobs_path, len(files))  # always anew: the cleaning code may have changed
    parley = measure_current(jobs_path)
    spacy = timed(f"{label}: spaCy reference", spacy_reference, files)
    sample_files = files[:sample]
    sample_mb = sum(f.stat().st_size for f in sample_files) / 1e6
    full = timed(f"{label}: {full_model} ({len(sample_files)})", full_model_reference, sample_files, full_model)
    figures = {
        "articles": len(files),
        "megabytes": round(megabytes, 2),
        "parley_extraction": {
            "articles_per_s": parley["articles_per_s_best"],
            "mb_per_s": parley["mb_per_s_best"],
            "rows": parley["rows"],
        },
        "spacy_reference": _rate(spacy, len(files), megabytes),
        "full_model_reference": _rate(full, len(sample_files), sample_mb),
    }
    ratios = {}
    for name in ("spacy_reference", "full_model_reference"):
        ref = figures[name]
        ratios[f"parley_vs_{name}"] = round(parley["articles_per_s_best"] / ref["articles_per_s"], 3) if "articles_per_s" in ref else None
    figures["ratios"] = ratios
    return figures | {"jobs": str(jobs_path)}


def _cell(figure: dict) -> str:
    if "skipped" in figure:
        return "skipped"
    return f"{figure['articles_per_s']:,.0f} art/s · {figure['mb_per_s']:.2f} MB/s"


def table(extraction: dict, baseline: dict | None) -> str:
    """A plain-text table of the per-process extraction figures and, if measured, the baseline comparison."""
    lines = ["", "extraction, 1 process   | synthetic                 | real text", "-" * 80]
    rows = [
        ("corpus", lambda c: f"{c['articles']:,} articles · {c['megabytes']:.1f} MB"),
        ("parley extraction", lambda c: _cell(c["parley_extraction"])),
        ("spaCy reference", lambda c: _cell(c["spacy_reference"])),
        ("full model (sample)", lambda c: _cell(c["full_model_reference"])),
        ("parley / spaCy ref", lambda c: str(c["ratios"]["parley_vs_spacy_reference"])),
        ("parley / full model", lambda c: str(c["ratios"]["parley_vs_full_model_reference"])),
    ]
    for name, cell in rows:
        lines.append(f"{name:<24}| {cell(extraction['synthetic']):<26}| {cell(extraction['real_text'])}")
    if baseline and "skipped" not in baseline:
        lines.append("")
        lines.append(
            f"real text vs {baseline['baseline_rev']} ({baseline['rounds']} interleaved rounds, 1 process each): "
            f"new {baseline['new']['articles_per_s_best']:,.1f} art/s, old {baseline['old']['articles_per_s_best']:,.1f} art/s "
            f"(best) -> new/old {baseline['ratio_new_vs_old_best']} (median {baseline['ratio_new_vs_old_median']}, "
            f"per round {baseline['ratio_per_round']})"
        )
    elif baseline:
        lines.append(f"\nbaseline comparison skipped: {baseline['skipped']}")
    return "\n".join(lines)
