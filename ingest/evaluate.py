"""Score extraction against a gold annotation (the format of tests/fixtures/sample_gold.json).

Matching rules (documented in the README):
- people: per article, the set of resolved people (seed id, or provisional id from the name).
- quotes: one-to-one by normalised text similarity (>= 90); a true positive also needs the right
  speaker (person, ``org:`` organisation, or NULL). Text-only scores are reported as well.
- meetings: per article, one-to-one; participants Jaccard >= 0.5 and compatible dates (both
  unknown, or overlapping intervals).
- announcements: per article, same announcer and same day.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rapidfuzz import fuzz

from ingest.extract import ArticleRows, extract_article
from ingest.extract.text import slug
from ingest.pipeline import prepare_article
from ingest.reference import ReferenceData, load_reference
from ingest.sources.readers import ManifestEntry, SourceDocument, read_file, read_manifest

QUOTE_MATCH = 90.0
MEETING_JACCARD = 0.5


@dataclass
class Score:
    """Precision/recall/F1 counts for one category."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


class Keys:
    """Map gold names (people, ``org:`` organisations) to the extractor's ids."""

    def __init__(self, reference: ReferenceData):
        self.people = {}
        for alias, owners in reference.person_aliases.items():
            full = [pid for pid, kind in owners if kind != "surname"]
            if full:
                self.people[alias.lower()] = full[0]
        self.orgs = {alias.lower(): oid for alias, oid in reference.organisation_aliases.items()}

    def person(self, name: str) -> str:
        return self.people.get(name.lower(), "prov_" + slug(name))

    def speaker(self, value: str | None) -> str | None:
        if value is None:
            return None
        if value.startswith("org:"):
            name = value[4:]
            return self.orgs.get(name.lower(), slug(name))
        return self.person(value)


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _interval(start, end) -> tuple[date, date] | None:
    if start is None:
        return None
    start = date.fromisoformat(start) if isinstance(start, str) else start
    end = (date.fromisoformat(end) if isinstance(end, str) else end) if end else start
    return start, end


def _dates_compatible(gold: dict, pred: dict) -> bool:
    g = _interval(gold.get("date"), gold.get("date_end"))
    p = _interval(pred["date_start"], pred["date_end"])
    if g is None or p is None:
        return g is None and p is None
    return g[0] <= p[1] and p[0] <= g[1]


def _greedy(pairs: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    used_g, used_p, matched = set(), set(), []
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            matched.append((gi, pi))
    return matched


def predict(
    articles_dir: Path,
    manifest: Path | None,
    files: list[str],
    reference: ReferenceData,
    fallback: dict[str, ManifestEntry] | None = None,
) -> dict[str, ArticleRows]:
    """Run the extractor on the gold articles (in memory, no warehouse).

    Metadata comes from the manifest; a file it does not list takes the gold's own ``outlet`` and
    ``published_date`` (``fallback``), as an article would from its feed.
    """
    entries = {**(fallback or {}), **(read_manifest(manifest) if manifest and manifest.exists() else {})}
    predictions: dict[str, ArticleRows] = {}
    for name in files:
        docs = [d for d in read_file((articles_dir / name).resolve()) if isinstance(d, SourceDocument)]
        if not docs:
            predictions[name] = ArticleRows()
            continue
        row = prepare_article(docs[0], entries.get(name), reference, "evaluate")
        predictions[name] = extract_article(row["article_id"], row["clean_text"], row["published_date"], reference)
    return predictions


def score(gold: dict, predictions: dict[str, ArticleRows], reference: ReferenceData) -> dict:
    """Scores per category plus text-only quote scores and leaked non-quotes."""
    keys = Keys(reference)
    people, quotes, quote_text, meetings, announcements = Score(), Score(), Score(), Score(), Score()
    leaked = 0
    for article in gold["articles"]:
        rows = predictions.get(article["file"], ArticleRows())
        gold_people = {keys.person(p["name"]) for p in article["people"]}
        pred_people = {m["entity_id"] for m in rows.mentions if m["entity_type"] == "person"}
        people.tp += len(gold_people & pred_people)
        people.fp += len(pred_people - gold_people)
        people.fn += len(gold_people - pred_people)
        people.notes += [f"{article['file']}: missed {p}" for p in sorted(gold_people - pred_people)]
        people.notes += [f"{article['file']}: extra {p}" for p in sorted(pred_people - gold_people)]

        gq, pq = article["quotes"], rows.quotes
        pairs = [
            (s, gi, pi)
            for gi, g in enumerate(gq)
            for pi, p in enumerate(pq)
            if (s := fuzz.ratio(_norm(g["text"]), _norm(p["quote_text"]))) >= QUOTE_MATCH
        ]
        matched = _greedy(pairs)
        quote_text.tp += len(matched)
        quote_text.fp += len(pq) - len(matched)
        quote_text.fn += len(gq) - len(matched)
        right = [(gi, pi) for gi, pi in matched if keys.speaker(gq[gi]["speaker"]) == pq[pi]["speaker_id"]]
        quotes.tp += len(right)
        quotes.fp += len(pq) - len(right)
        quotes.fn += len(gq) - len(right)
        for gi, pi in matched:
            if (gi, pi) not in right:
                quotes.notes.append(
                    f"{article['file']}: speaker {pq[pi]['speaker_id']} != {gq[gi]['speaker']} for {gq[gi]['text'][:40]!r}"
                )
        leaked += sum(
            1 for n in article.get("not_quotes", []) for p in pq if fuzz.ratio(_norm(n), _norm(p["quote_text"])) >= QUOTE_MATCH
        )

        participants: dict[str, set[str]] = {}
        for item in rows.participants:
            participants.setdefault(item["event_mention_id"], set()).add(item["person_id"])
        gm, pm = article["meetings"], rows.events
        pairs = []
        for gi, g in enumerate(gm):
            gset = {keys.person(n) for n in g["participants"]}
            for pi, p in enumerate(pm):
                pset = participants.get(p["event_mention_id"], set())
                jaccard = len(gset & pset) / len(gset | pset) if gset | pset else 0.0
                if jaccard >= MEETING_JACCARD and _dates_compatible(g, p):
                    pairs.append((jaccard, gi, pi))
        matched = _greedy(pairs)
        meetings.tp += len(matched)
        meetings.fp += len(pm) - len(matched)
        meetings.fn += len(gm) - len(matched)
        meetings.notes += [
            f"{article['file']}: missed meeting {gm[gi]['id']}" for gi in set(range(len(gm))) - {g for g, _ in matched}
        ]

        ga, pa = article["announcements"], rows.announcements
        pairs = [
            (1.0, gi, pi)
            for gi, g in enumerate(ga)
            for pi, p in enumerate(pa)
            if keys.speaker(g["announcer"]) == p["announcer_id"] and str(p["announced_on"]) == str(g["date"])
        ]
        matched = _greedy(pairs)
        announcements.tp += len(matched)
        announcements.fp += len(pa) - len(matched)
        announcements.fn += len(ga) - len(matched)
    return {
        "people": people,
        "quotes": quotes,
        "quote_text": quote_text,
        "meetings": meetings,
        "announcements": announcements,
        "not_quotes_leaked": leaked,
    }


def evaluate(gold_path: Path, articles_dir: Path, manifest: Path | None) -> dict:
    """Load the gold file, run the extractor on its articles and score it."""
    gold = json.loads(gold_path.read_text())
    reference = load_reference()
    fallback = {
        a["file"]: ManifestEntry(url=None, outlet=a.get("outlet"), published_date=a.get("published_date"), title=None)
        for a in gold["articles"]
    }
    predictions = predict(articles_dir, manifest, [a["file"] for a in gold["articles"]], reference, fallback)
    return score(gold, predictions, reference)


def as_json(results: dict) -> dict:
    """JSON-ready results (scores plus the notes that explain misses)."""
    out = {}
    for name, value in results.items():
        if isinstance(value, Score):
            out[name] = {**value.as_dict(), "notes": value.notes}
        else:
            out[name] = value
    return out


def as_table(results: dict) -> str:
    """The scores as a fixed-width table."""
    lines = [f"{'category':<15} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>10} {'recall':>8} {'f1':>6}"]
    for name, value in results.items():
        if isinstance(value, Score):
            lines.append(
                f"{name:<15} {value.tp:>4} {value.fp:>4} {value.fn:>4} {value.precision:>10.3f} {value.recall:>8.3f} {value.f1:>6.3f}"
            )
    lines.append(f"non-quotes extracted as quotes: {results['not_quotes_leaked']}")
    return "\n".join(lines)
