"""`make bench`: throughput, memory and incremental cost against references measured in the same run.

Usage: python -m bench.run --articles 10000 [--real-articles 5000] [--baseline-rev d296686] [--workers 2]
       [--out bench/results] [--extraction-only]

Extraction per process is measured on two corpora, the synthetic one and a real-text one (the real
fixture articles replicated), against the plain spaCy reference and the full ``en_core_web_sm``
pipeline, and on the real text against the extractor of ``--baseline-rev`` in the same run.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import platform
import re
import resource
import shutil
import time
from datetime import date
from pathlib import Path

import duckdb

from bench.corpora import corpus_figures, table
from bench.extraction import compare_with_baseline
from bench.generate import generate
from bench.realtext import build_real_corpus
from bench.reference import raw_floor, spacy_reference
from bench.scaleout import scaleout_figures, scaleout_table
from ingest.config import EXPECTATIONS_DIR
from ingest.evaluation import dates_compatible, greedy
from ingest.pipeline import ingest_paths
from ingest.warehouse.dbt_runner import build
from ingest.warehouse.validate import validate_warehouse

ROOT = Path(__file__).resolve().parent


def _stage(conn, func, args: tuple) -> None:
    start = time.perf_counter()
    result = func(*args)
    seconds = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    conn.send((result, seconds, round(max(own, children), 1)))
    conn.close()


def _timed(label: str, timings: dict, peaks: dict, func, *args):
    """Run one stage in a fresh process, so its time and peak RSS (with its workers and dbt) are its own."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_stage, args=(sender, func, args))
    process.start()
    sender.close()
    try:
        result, seconds, peak_mb = receiver.recv()
    except EOFError:
        raise RuntimeError(f"benchmark stage {label!r} died (exit code {process.join() or process.exitcode})") from None
    process.join()
    timings[label] = round(seconds, 3)
    peaks[label] = peak_mb
    print(f"  {label:<28} {seconds:>9.2f} s {peak_mb:>9.0f} MB", flush=True)
    return result


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def accuracy(warehouse: Path, truth_path: Path, limit: int = 2000) -> dict:
    """Score the warehouse's raw extraction against the generator's ground truth (first ``limit`` articles)."""
    truths = [json.loads(line) for line in truth_path.read_text().splitlines()[:limit]]
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        folder = str(truth_path.parent.resolve() / "articles") + "/"
        ids = dict(
            con.execute(
                "select regexp_extract(source_key, '[^/]+$'), article_id from raw.articles "
                "where is_current and starts_with(source_key, ?)",
                [folder],
            ).fetchall()
        )
        mentions, quotes, events, parts = {}, {}, {}, {}
        for aid, pid in con.execute("select article_id, entity_id from raw.mentions where entity_type = 'person'").fetchall():
            mentions.setdefault(aid, set()).add(pid)
        for aid, text, speaker in con.execute("select article_id, quote_text, speaker_id from raw.quotes").fetchall():
            quotes.setdefault(aid, []).append((_norm(text), speaker))
        for eid, aid, start, end in con.execute(
            "select event_mention_id, article_id, date_start, date_end from raw.event_mentions"
        ).fetchall():
            events.setdefault(aid, []).append({"event_mention_id": eid, "date_start": start, "date_end": end})
        for eid, pid in con.execute("select event_mention_id, person_id from raw.event_participants").fetchall():
            parts.setdefault(eid, set()).add(pid)
    finally:
        con.close()
    counts = {k: [0, 0, 0] for k in ("people", "quotes", "meetings")}
    for truth in truths:
        aid = ids.get(truth["file"])
        got = mentions.get(aid, set())
        want = set(truth["people"])
        counts["people"][0] += len(got & want)
        counts["people"][1] += len(got - want)
        counts["people"][2] += len(want - got)
        predicted = list(quotes.get(aid, []))
        hits = 0
        for q in truth["quotes"]:
            if (_norm(q["text"] + "."), q["speaker"]) in predicted or (_norm(q["text"]), q["speaker"]) in predicted:
                hits += 1
        counts["quotes"][0] += hits
        counts["quotes"][1] += len(predicted) - hits
        counts["quotes"][2] += len(truth["quotes"]) - hits
        pm = events.get(aid, [])
        pairs = []
        for gi, g in enumerate(truth["meetings"]):
            gold = {"date": g["date"], "date_end": None}
            if g.get("precision") == "week":
                gold["date_end"] = str(date.fromordinal(date.fromisoformat(g["date"]).toordinal() + 6))
            for pi, p in enumerate(pm):
                pset, gset = parts.get(p["event_mention_id"], set()), set(g["participants"])
                jaccard = len(gset & pset) / len(gset | pset) if gset | pset else 0
                if jaccard >= 0.5 and dates_compatible(gold, p):
                    pairs.append((jaccard, gi, pi))
        matched = len(greedy(pairs))
        counts["meetings"][0] += matched
        counts["meetings"][1] += len(pm) - matched
        counts["meetings"][2] += len(truth["meetings"]) - matched
    out = {}
    for name, (tp, fp, fn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        out[name] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0, 4)}
    out["articles_scored"] = len(truths)
    return out


def extraction_run(options: argparse.Namespace, synthetic: Path, timings: dict, peaks: dict) -> dict:
    """Per-process extraction on both corpora against the references, and the baseline comparison on real text."""

    def timed(label: str, func, *args) -> dict:
        return _timed(label, timings, peaks, func, *args)

    real = build_real_corpus(ROOT / "corpus" / f"real-{options.real_articles}", options.real_articles)
    limit, model, sample = options.extract_articles, options.full_model, options.full_model_sample
    print(f"extraction per process: synthetic (first {limit}) and real text ({options.real_articles})")
    extraction = {
        "synthetic": corpus_figures("synthetic", synthetic, timed, limit, model, sample),
        "real_text": corpus_figures("real text", real, timed, None, model, sample),
    }
    baseline = None
    if options.baseline_rev:
        print(f"real text: today's extractor against {options.baseline_rev}, interleaved")
        baseline = compare_with_baseline(Path(extraction["real_text"]["jobs"]), options.baseline_rev, options.rounds)
    print(table(extraction, baseline))
    scaleout = None
    if options.scaleout:
        corpus = build_real_corpus(ROOT / "corpus" / f"real-{options.scaleout}", options.scaleout)
        print(f"scale-out: the lake map on the local pool and on Ray, 1 and 2 workers ({options.scaleout} articles)")
        scaleout = scaleout_figures(corpus, ROOT / "work-scaleout", options.scaleout)
        print(scaleout_table(scaleout))
    return {"extraction": extraction, "baseline": baseline, "scaleout": scaleout}


def run(options: argparse.Namespace) -> dict:
    """Generate the corpora, run references and Parley, print and save the figures."""
    n_articles, workers, out_dir = options.articles, options.workers, options.out
    corpus = generate(ROOT / "corpus" / str(n_articles), n_articles)
    files = sorted((corpus / "articles").iterdir())
    megabytes = sum(f.stat().st_size for f in files) / 1e6
    timings: dict[str, float] = {}
    peaks: dict[str, float] = {}
    figures = extraction_run(options, corpus, timings, peaks)
    if options.extraction_only:
        results = {"articles": n_articles, "machine": platform.platform(), **figures, "timings_s": timings, "peak_rss_mb": peaks}
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / f"bench_extraction_{n_articles}.json").write_text(json.dumps(results, indent=2))
        return results
    extra_n = max(1, n_articles // 100)
    extra = generate(ROOT / "corpus" / f"{n_articles}-increment", extra_n, seed=n_articles + 1)
    work = out_dir / f"work-{n_articles}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    warehouse = work / "parley.duckdb"
    print(f"\ncorpus: {n_articles} articles, {megabytes:.1f} MB, {workers} workers")
    floor = _timed("raw floor (read + regex)", timings, peaks, raw_floor, files)
    spacy = _timed("spaCy reference", timings, peaks, spacy_reference, files)
    report = _timed(
        "parley ingest+extract",
        timings,
        peaks,
        ingest_paths,
        [str(corpus / "articles")],
        warehouse,
        corpus / "manifest.csv",
        workers,
    )
    assert report.n_loaded == n_articles, report
    assert _timed("dbt build", timings, peaks, build, warehouse), "dbt build failed"
    validation = _timed("validate (GX)", timings, peaks, validate_warehouse, warehouse, EXPECTATIONS_DIR, None, [report.run_id])
    timings["end_to_end"] = round(timings["parley ingest+extract"] + timings["dbt build"] + timings["validate (GX)"], 3)
    incremental = {}
    ing = _timed(
        "incremental ingest (+1%)",
        incremental,
        peaks,
        ingest_paths,
        [str(extra / "articles")],
        warehouse,
        extra / "manifest.csv",
        workers,
    )
    assert ing.n_loaded == extra_n
    _timed("incremental dbt build", incremental, peaks, build, warehouse)
    # As `parley run` does: the raw rows this run loaded, and every mart.
    _timed("incremental validate", incremental, peaks, validate_warehouse, warehouse, EXPECTATIONS_DIR, None, [ing.run_id])
    incremental_total = sum(incremental.values())
    scored = accuracy(warehouse, corpus / "truth.jsonl")
    rates = {
        "raw_floor_articles_per_s": round(n_articles / floor["seconds"], 1),
        "spacy_articles_per_s": round(n_articles / spacy["seconds"], 1),
        "parley_articles_per_s": round(n_articles / timings["parley ingest+extract"], 1),
        "parley_mb_per_s": round(megabytes / timings["parley ingest+extract"], 2),
    }
    ratios = {
        "parley_vs_spacy": round(rates["parley_articles_per_s"] / rates["spacy_articles_per_s"], 3),
        "parley_vs_raw_floor": round(rates["parley_articles_per_s"] / rates["raw_floor_articles_per_s"], 4),
        "incremental_vs_full": round(incremental_total / timings["end_to_end"], 3),
    }
    results = {
        "articles": n_articles,
        "megabytes": round(megabytes, 2),
        "workers": workers,
        "machine": platform.platform(),
        "timings_s": timings,
        "incremental_s": incremental,
        "rates": rates,
        "ratios": ratios,
        "peak_rss_mb": peaks,
        "parley_peak_rss_mb": max(v for k, v in peaks.items() if k.startswith(("parley", "dbt", "validate", "incremental"))),
        "validation_passed": validation.success,
        "accuracy_vs_ground_truth": scored,
        **figures,
    }
    print("\nrates:  " + ", ".join(f"{k}={v}" for k, v in rates.items()))
    print("ratios: " + ", ".join(f"{k}={v}" for k, v in ratios.items()))
    print(f"peak RSS of any Parley stage: {results['parley_peak_rss_mb']} MB")
    print(f"accuracy on synthetic ground truth: {json.dumps(scored)}")
    print(table(figures["extraction"], figures["baseline"]))
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"bench_{n_articles}.json").write_text(json.dumps(results, indent=2))
    shutil.rmtree(work, ignore_errors=True)
    return results


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The benchmark's options (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000, help="synthetic articles")
    parser.add_argument("--real-articles", type=int, default=5_000, help="real-text articles (replicated fixtures)")
    parser.add_argument("--extract-articles", type=int, default=2_000, help="synthetic articles timed for extraction alone")
    parser.add_argument("--baseline-rev", default="d296686", help="git revision to compare extraction with ('' to skip)")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved rounds of new and baseline extraction")
    parser.add_argument("--full-model", default="en_core_web_sm", help="trained spaCy pipeline for the second reference")
    parser.add_argument("--full-model-sample", type=int, default=200, help="articles per corpus given to the full model")
    parser.add_argument("--extraction-only", action="store_true", help="skip ingest, dbt build, validation, incremental")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scaleout", type=int, default=0, help="real-text articles for the lake map: local pool vs Ray (0: skip)")
    parser.add_argument("--out", type=Path, default=ROOT / "results")
    return parser.parse_args(argv)


def main() -> None:
    run(parse_args())


if __name__ == "__main__":
    main()
