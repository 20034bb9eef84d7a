"""The benchmark machinery on a tiny corpus: corpora, per-process extraction, references, baseline, table.

Checks the structure of the results only; speeds are the benchmark's business, not a test's.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bench.corpora import corpus_figures, table
from bench.extraction import REPO, compare_with_baseline
from bench.generate import generate
from bench.realtext import build_real_corpus, source_articles


def _direct(label: str, func, *args) -> dict:
    return func(*args)


def _has_revision(rev: str) -> bool:
    done = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--verify", f"{rev}^{{commit}}"], capture_output=True)
    return done.returncode == 0


def test_real_corpus_lines_are_unique(tmp_path: Path) -> None:
    corpus = build_real_corpus(tmp_path / "real", 20)
    files = sorted((corpus / "articles").iterdir())
    assert len(files) == 20
    assert len({f.read_text() for f in files}) == 20
    assert files[0].read_text().rstrip().endswith("Ref 0.")
    assert (corpus / "manifest.csv").read_text().count("\n") == 21
    assert len(source_articles()) >= 20


def test_corpus_figures_and_table(tmp_path: Path) -> None:
    real = build_real_corpus(tmp_path / "real", 20)
    synthetic = generate(tmp_path / "synthetic", 20)
    extraction = {
        "synthetic": corpus_figures("synthetic", synthetic, _direct, 20, "en_core_web_sm", 3),
        "real_text": corpus_figures("real text", real, _direct, None, "en_core_web_sm", 3),
    }
    for figures in extraction.values():
        assert figures["articles"] == 20
        assert figures["parley_extraction"]["articles_per_s"] > 0
        assert figures["parley_extraction"]["rows"]["mentions"] > 0
        assert figures["spacy_reference"]["articles_per_s"] > 0
        full = figures["full_model_reference"]
        assert "skipped" in full or full["articles"] == 3
        assert set(figures["ratios"]) == {"parley_vs_spacy_reference", "parley_vs_full_model_reference"}
    assert "real text" in table(extraction, None)


@pytest.mark.skipif(not _has_revision("d296686"), reason="git history with d296686 not available")
def test_baseline_comparison_interleaves(tmp_path: Path) -> None:
    real = build_real_corpus(tmp_path / "real", 20)
    figures = corpus_figures("real text", real, _direct, None, "none_such_model", 1)
    result = compare_with_baseline(Path(figures["jobs"]), "d296686", rounds=2, log=lambda _: None)
    assert result["baseline_commit"].startswith("d296686")
    assert len(result["new"]["runs_articles_per_s"]) == len(result["old"]["runs_articles_per_s"]) == 2
    assert len(result["ratio_per_round"]) == 2
    assert result["ratio_new_vs_old_best"] > 0
    assert "new/old" in table({"synthetic": figures, "real_text": figures}, result)


def test_missing_revision_is_skipped_not_fatal(tmp_path: Path) -> None:
    result = compare_with_baseline(tmp_path / "jobs.jsonl", "no-such-revision-xyz", log=lambda _: None)
    assert "skipped" in result


def test_the_ner_measurement_keeps_only_entities_that_pass_the_rules_name_checks() -> None:
    from bench.ner_people import _passes_name_checks
    from ingest.reference import load_reference

    reference = load_reference()
    assert _passes_name_checks("Hina Rabbani Khar", set(), reference)
    assert not _passes_name_checks("Sheikh Mohamed", set(), reference)  # an honorific
    assert not _passes_name_checks("Sri Lanka", set(), reference)  # a place
    assert not _passes_name_checks("Petteri Orpon", {"Petteri Orpo"}, reference)  # a form of someone found
