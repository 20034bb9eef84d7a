"""Scoring extracted rows against gold, category by category, with every miss and extra recorded.

Matching rules (documented in the README):
- people: per article, the set of resolved people (seed id, or provisional id from the name).
- quotes: one-to-one by normalised text similarity (>= 90); a true positive also needs the right
  speaker (person, ``org:`` organisation, or null) — the gold ``speaker`` or one of its ``accept_speakers``.
  Text-only scores are reported as well.
- meetings: per article, one-to-one; participants Jaccard >= 0.5 and compatible dates (both
  unknown, or overlapping intervals).
- announcements: per article, same announcer and same day (any day when the gold gives none: the text names no day).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import networkx as nx
from rapidfuzz import fuzz

from ingest.extract import ArticleRows
from ingest.extract.bodies import body_index
from ingest.extract.name_patterns import PARTICLES, personal_honorifics
from ingest.extract.provisional_bodies import PREFIX as PROVISIONAL_BODY
from ingest.extract.text import slug
from ingest.extract.variants import seeded_variant
from ingest.reference import ReferenceData

QUOTE_MATCH = 90.0
MEETING_JACCARD = 0.5
SAME_KIND = 0.01
REGNAL_NUMBER = re.compile(r"[IVX]+")
COUNTRY_QUALIFIED = re.compile(r"(?:[Tt]he\s+)?(?P<body>.+?)\s+\((?P<country>[^()]+)\)")  # "The Presidency (South Africa)"
CATEGORIES = ("people", "quotes", "quote_text", "meetings", "announcements")


@dataclass
class Score:
    """Precision/recall/F1 counts for one category, and what was missed or extra."""

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

    def count(self, tp: int, fp: int, fn: int) -> None:
        """Add one article's counts."""
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

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
        # "Malawi’s" and "Malawi's" are one spelling: the gold keeps the article's apostrophe
        self.orgs = {_apostrophes(alias.lower()): oid for alias, oid in reference.organisation_aliases.items()}
        self.org_ids = set(reference.organisations)
        self.reference = reference
        # a bare body ('org:Foreign Office'): the gold names it as the text does; the extractor resolves it to the
        # seeded body of its kind in the article's home country, which any seeded body of that kind may be
        _, kind_of, bodies = body_index(reference)
        self._bare_kind = {phrase.lower(): kind for phrase, kind in kind_of.items()}
        self._bodies_of_kind: dict[str, set[str]] = {}
        for (_, kind), oid in bodies.items():
            self._bodies_of_kind.setdefault(kind, set()).add(oid)

    def speaker_matches(self, gold: str | None, predicted: str | None) -> bool:
        """Whether the predicted speaker or announcer id is the gold one (a bare body: a seeded body of its kind)."""
        if self.speaker(gold) == predicted:
            return True
        kind = self._bare_kind.get(gold[4:].lower()) if gold and gold.startswith("org:") else None
        return kind is not None and predicted in self._bodies_of_kind.get(kind, ())

    def person(self, name: str) -> str:
        """The seed id of a gold name (also written with a middle initial, 'Antony J. Blinken', or in another
        spelling of a seeded person, by the extractor's own variant test), else its provisional id, leading
        honorifics left out as the extractor leaves them out."""
        found = self.people.get(name.lower())
        if found is None:
            without_initials = " ".join(w for w in name.split() if not re.fullmatch(r"[A-Z]\.?", w))
            found = self.people.get(without_initials.lower())
        if found is None and len(name.split()) == 1:
            # 'Kishida': a gold name that is the surname of exactly one seeded person is that person
            owners = {pid for pid, kind in self.reference.person_aliases.get(name, ()) if kind == "surname"}
            found = owners.pop() if len(owners) == 1 else None
        if found is None and len(name.split()) > 1:
            # 'Binyamin Netanyahu', 'Shahbaz Sharif': the gold keeps the article's spelling of a seeded person
            found = seeded_variant(name, self.reference)
        if found:
            return found
        words = name.split()
        # 'Sayyed Abbas Mousavi': the extractor keeps no honorific in a name; but 'Sheikh Hasina', 'King Abdullah II'
        # (an office) and 'Sultan bin Saad' (a given name before a particle) stay
        honorifics = personal_honorifics(self.reference)
        while len(words) > 2 and words[0] in honorifics and words[1].lower() not in PARTICLES:
            words.pop(0)
        if len(words) > 2 and words[0] in self.reference.cues.get("rank_honorific", ()) and REGNAL_NUMBER.fullmatch(words[-1]):
            words.pop(0)  # 'King Abdullah II' and 'Abdullah II' are one regnal name, whichever the gold wrote
        if len(words) < len(name.split()):
            # 'Sheikh Mohamed bin Zayed Al Nahyan': the name without its honorific may be a seeded person's
            bare = " ".join(words)
            if found := self.people.get(bare.lower()) or seeded_variant(bare, self.reference):
                return found
        return "prov_" + slug(" ".join(words))

    def _government_of(self, name: str) -> str | None:
        """'Barbados government', 'the Colombian government': the country's seeded government, named by the country or
        its demonym."""
        m = re.fullmatch(r"(?:[Tt]he\s+)?(?P<country>.+?)\s+[Gg]overnment", name)
        if m is None:
            return None
        country = self.reference.country_named(m.group("country"))
        return (self.reference.country_government.get(country) or None) if country else None

    def _body_of_country(self, name: str) -> str | None:
        """'The Presidency (South Africa)', 'Ministry of Foreign Affairs (Greece)': the gold qualifies a bare body
        by its country; the one seeded body of that country whose name holds the bare one."""
        qualified = COUNTRY_QUALIFIED.fullmatch(name)
        if qualified is None:
            return None
        body, country = qualified.group("body").lower(), qualified.group("country")
        found = {oid for alias, oid in self.orgs.items() if body in alias and self.reference.organisations[oid]["country"] == country}
        return found.pop() if len(found) == 1 else None

    def speaker(self, value: str | None) -> str | None:
        if value is None:
            return None
        if value.startswith("org:"):
            name = value[4:]
            if (alias := _apostrophes(name.lower())) in self.orgs:
                return self.orgs[alias]
            if (body := self._body_of_country(name)) is not None:
                return body
            if (government := self._government_of(name)) is not None:
                return government
            if qualified := COUNTRY_QUALIFIED.fullmatch(name):
                # 'Ministry of Foreign Relations (Sri Lanka)', no seeded body: the country is the annotator's note,
                # the text names the bare body
                name = qualified.group("body")
            # a body the seeds lack: the extractor's provisional id for it ('prov_org_<name>')
            return slug(name) if slug(name) in self.org_ids else PROVISIONAL_BODY + slug(name)
        return self.person(value)


def _apostrophes(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _interval(start, end) -> tuple[date, date] | None:
    if start is None:
        return None
    start = date.fromisoformat(start) if isinstance(start, str) else start
    end = (date.fromisoformat(end) if isinstance(end, str) else end) if end else start
    return start, end


def dates_compatible(gold: dict, pred: dict) -> bool:
    """Both dates unknown, or the gold and predicted intervals overlap."""
    g = _interval(gold.get("date"), gold.get("date_end"))
    p = _interval(pred["date_start"], pred["date_end"])
    if g is None or p is None:
        return g is None and p is None
    return g[0] <= p[1] and p[0] <= g[1]


def greedy(pairs: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """One-to-one matching of gold to predicted items: as many pairs as possible, then the best-scoring.

    A greedy pass could pair a prediction with the wrong one of two gold items it fits and leave the
    other gold item, which only that prediction fits, unmatched; a maximum matching never does.
    """
    graph = nx.Graph()
    graph.add_weighted_edges_from((("gold", gi), ("pred", pi), weight) for weight, gi, pi in pairs)
    matched = [(a[1], b[1]) if a[0] == "gold" else (b[1], a[1]) for a, b in nx.max_weight_matching(graph, maxcardinality=True)]
    return sorted(matched)


def _when(item: dict, start: str, end: str) -> str:
    first, last = item.get(start), item.get(end)
    return f"{first}/{last}" if last and last != first else str(first)


def score_people(article: dict, rows: ArticleRows, keys: Keys, result: Score) -> None:
    gold = {keys.person(p["name"]) for p in article["people"]}
    found = {m["entity_id"] for m in rows.mentions if m["entity_type"] == "person"}
    result.count(len(gold & found), len(found - gold), len(gold - found))
    result.notes += [f"{article['file']}: missed person {p}" for p in sorted(gold - found)]
    result.notes += [f"{article['file']}: extra person {p}" for p in sorted(found - gold)]


def score_quotes(article: dict, rows: ArticleRows, keys: Keys, quotes: Score, text_only: Score) -> None:
    gq, pq, name = article["quotes"], rows.quotes, article["file"]
    pairs = [
        (s, gi, pi)
        for gi, g in enumerate(gq)
        for pi, p in enumerate(pq)
        if (s := fuzz.ratio(_norm(g["text"]), _norm(p["quote_text"]))) >= QUOTE_MATCH
    ]
    matched = greedy(pairs)
    text_only.count(len(matched), len(pq) - len(matched), len(gq) - len(matched))

    def accepted(gi: int, predicted: str | None) -> bool:
        return any(keys.speaker_matches(s, predicted) for s in [gq[gi]["speaker"], *gq[gi].get("accept_speakers", [])])

    right = [(gi, pi) for gi, pi in matched if accepted(gi, pq[pi]["speaker_id"])]
    quotes.count(len(right), len(pq) - len(right), len(gq) - len(right))
    for gi, pi in matched:
        if (gi, pi) not in right:
            quotes.notes.append(f"{name}: wrong speaker {pq[pi]['speaker_id']}, expected {gq[gi]['speaker']} for {gq[gi]['text'][:50]!r}")
    matched_g, matched_p = {g for g, _ in matched}, {p for _, p in matched}
    quotes.notes += [f"{name}: missed quote {g['text'][:60]!r} ({g['speaker']})" for i, g in enumerate(gq) if i not in matched_g]
    quotes.notes += [
        f"{name}: extra quote {p['quote_text'][:60]!r} ({p['speaker_id']})" for i, p in enumerate(pq) if i not in matched_p
    ]


def score_meetings(article: dict, rows: ArticleRows, keys: Keys, result: Score) -> None:
    participants: dict[str, set[str]] = {}
    for item in rows.participants:
        participants.setdefault(item["event_mention_id"], set()).add(item["person_id"])
    gm, pm, name = article["meetings"], rows.events, article["file"]
    pairs = []
    for gi, g in enumerate(gm):
        gset = {keys.person(n) for n in g["participants"]}
        for pi, p in enumerate(pm):
            pset = participants.get(p["event_mention_id"], set())
            jaccard = len(gset & pset) / len(gset | pset) if gset | pset else 0.0
            if jaccard >= MEETING_JACCARD and dates_compatible(g, p):
                # of equally good pairings, the one that also agrees on the kind (a visit, not the talks held during it)
                pairs.append((jaccard + SAME_KIND * (g.get("kind") == p["kind"]), gi, pi))
    matched = greedy(pairs)
    result.count(len(matched), len(pm) - len(matched), len(gm) - len(matched))
    matched_g, matched_p = {g for g, _ in matched}, {p for _, p in matched}
    for gi, g in enumerate(gm):
        if gi not in matched_g:
            who = sorted(keys.person(n) for n in g["participants"])
            result.notes.append(f"{name}: missed meeting {g['id']} {who} {_when(g, 'date', 'date_end')} ({g.get('status')})")
    for pi, p in enumerate(pm):
        if pi not in matched_p:
            who = sorted(participants.get(p["event_mention_id"], set()))
            when = _when(p, "date_start", "date_end")
            result.notes.append(f"{name}: extra {p['kind']} {who} {when} ({p['status']}, {p['trigger']!r})")


def score_announcements(article: dict, rows: ArticleRows, keys: Keys, result: Score) -> None:
    ga, pa, name = article["announcements"], rows.announcements, article["file"]
    pairs = [
        (1.0, gi, pi)
        for gi, g in enumerate(ga)
        for pi, p in enumerate(pa)
        if keys.speaker_matches(g["announcer"], p["announcer_id"]) and (g["date"] is None or str(p["announced_on"]) == str(g["date"]))
    ]
    matched = greedy(pairs)
    result.count(len(matched), len(pa) - len(matched), len(ga) - len(matched))
    matched_g, matched_p = {g for g, _ in matched}, {p for _, p in matched}
    result.notes += [
        f"{name}: missed announcement by {g['announcer']} on {g['date']} of {g.get('about')}" for i, g in enumerate(ga) if i not in matched_g
    ]
    result.notes += [
        f"{name}: extra announcement by {p['announcer_id']} on {p['announced_on']}" for i, p in enumerate(pa) if i not in matched_p
    ]


def score(gold: dict, predictions: dict[str, ArticleRows], reference: ReferenceData) -> dict:
    """Scores per category plus text-only quote scores and leaked non-quotes."""
    keys = Keys(reference)
    results: dict = {name: Score() for name in CATEGORIES}
    leaked = 0
    for article in gold["articles"]:
        rows = predictions.get(article["file"], ArticleRows())
        score_people(article, rows, keys, results["people"])
        score_quotes(article, rows, keys, results["quotes"], results["quote_text"])
        score_meetings(article, rows, keys, results["meetings"])
        score_announcements(article, rows, keys, results["announcements"])
        leaked += sum(
            1
            for n in article.get("not_quotes", [])
            for p in rows.quotes
            if fuzz.ratio(_norm(n), _norm(p["quote_text"])) >= QUOTE_MATCH
        )
    results["not_quotes_leaked"] = leaked
    return results
