"""Deterministic synthetic diplomacy articles with their ground truth, from the seed reference data."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from ingest.reference import load_reference

FILLER = [
    "Analysts said the relationship had deepened over the past decade despite periodic tensions.",
    "The two countries have signed dozens of agreements covering energy, trade and transport.",
    "Officials did not publish an agenda for the discussions, which were expected to be wide-ranging.",
    "Markets reacted calmly to the news, with regional currencies little changed in afternoon trading.",
    "The ministry's statement gave few details beyond a commitment to continue working together.",
    "Observers noted that the meeting came at a sensitive moment for the wider region.",
    "Trade between the two sides reached a record level last year, according to customs data.",
    "The talks are the latest in a series of high-level contacts that began earlier in the decade.",
    "Critics of the government questioned whether the visit would produce concrete results.",
    "Diplomats from several European countries were following the talks closely.",
    "A joint statement is expected to be released at the end of the consultations.",
    "The issue of sanctions was likely to feature prominently, people familiar with the matter said.",
]
QUOTES = [
    "Our countries share a common interest in stability and predictability",
    "We discussed the full range of bilateral issues in a constructive atmosphere",
    "Dialogue is the only way to resolve the differences between us",
    "We will continue to deepen our strategic partnership in every field",
    "The international situation requires closer coordination between our countries",
    "There can be no security for one country at the expense of another",
    "We are ready to work with all partners who respect our interests",
    "This visit opens a new chapter in our relations",
]
CITIES = ["Moscow", "Beijing", "Washington", "Paris", "Berlin", "London", "New Delhi", "Ankara", "Tokyo", "Kyiv"]


@dataclass(frozen=True)
class Speaker:
    person_id: str
    name: str
    surname: str


def _people() -> list[Speaker]:
    ref = load_reference()
    people = []
    for pid, row in ref.people.items():
        surnames = [
            a for a, owners in ref.person_aliases.items() if (pid, "surname") in owners and len(ref.surname_owners[a]) == 1
        ]
        if surnames and len(surnames[0]) >= 5:
            people.append(Speaker(pid, row["canonical_name"], surnames[0]))
    return sorted(people, key=lambda p: p.person_id)


def _article(rng: random.Random, index: int, people: list[Speaker]) -> tuple[str, dict]:
    published = date(2023, 1, 2) + timedelta(days=rng.randrange(0, 1000))
    a, b = rng.sample(people, 2)
    city = rng.choice(CITIES)
    truth: dict = {
        "published_date": published.isoformat(),
        "people": sorted({a.person_id, b.person_id}),
        "quotes": [],
        "meetings": [],
    }
    past = published - timedelta(days=rng.randrange(0, 6))
    weekday = past.strftime("%A")
    lead = f"{a.name} met {b.name} in {city} on {weekday}, officials said."
    truth["meetings"].append({"participants": sorted([a.person_id, b.person_id]), "date": past.isoformat(), "status": "happened"})
    paragraphs = [lead]
    for _ in range(rng.randrange(2, 5)):
        speaker = rng.choice([a, b])
        quote = rng.choice(QUOTES)
        if rng.random() < 0.5:
            paragraphs.append(f"“{quote},” {speaker.surname} said after the talks.")
        else:
            paragraphs.append(f"{speaker.surname} said: “{quote}.”")
        truth["quotes"].append({"speaker": speaker.person_id, "text": quote})
        paragraphs.append(" ".join(rng.sample(FILLER, rng.randrange(3, 6))))
    if rng.random() < 0.5:
        c = rng.choice([p for p in people if p not in (a, b)])
        paragraphs.append(f"{c.name} will visit {rng.choice(CITIES)} next week for further consultations.")
        start = published + timedelta(days=7 - published.weekday())
        truth["people"] = sorted(set(truth["people"]) | {c.person_id})
        truth["meetings"].append(
            {"participants": [c.person_id], "date": start.isoformat(), "status": "planned", "precision": "week"}
        )
    while sum(len(p.split()) for p in paragraphs) < rng.randrange(400, 800):
        paragraphs.append(" ".join(rng.sample(FILLER, rng.randrange(4, 8))))
    title = f"{a.surname} and {b.surname} hold talks in {city}"
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n", truth


def generate(folder: Path, n: int, seed: int = 7) -> Path:
    """Write ``n`` articles, a manifest and ``truth.jsonl`` into ``folder`` (reused when complete)."""
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / f".complete-{n}-{seed}"
    if marker.exists():
        return folder
    rng = random.Random(seed)
    people = _people()
    articles = folder / "articles"
    articles.mkdir(exist_ok=True)
    with (folder / "manifest.csv").open("w") as manifest, (folder / "truth.jsonl").open("w") as truth_file:
        manifest.write("file,url,outlet,published_date,title\n")
        for index in range(n):
            text, truth = _article(rng, index, people)
            name = f"{index:06d}.txt"
            (articles / name).write_text(text)
            manifest.write(f"{name},,Synthetic Wire,{truth['published_date']},\n")
            truth_file.write(json.dumps({"file": name, **truth}) + "\n")
    marker.touch()
    return folder
