"""Find copies of one story: the same article twice (``.txt`` and ``.html``), wire copy on several hosts.

``article_id`` is a hash of the cleaned text, so two renderings of one article, or one wire story
republished with another byline or boilerplate, are different articles. Before each dbt build this
module links them:

- by **canonical URL** (scheme, ``www.``/``m.``/``amp.``, query, fragment, ``/amp`` and trailing
  slashes dropped), and
- by **near-duplicate text**: MinHash signatures (datasketch, 128 permutations) of word 5-shingles,
  candidate pairs from LSH, kept when the estimated Jaccard similarity is at least
  :data:`SIMILARITY`.

Signatures are stored per article in ``raw.article_signatures`` (computed once per article); the
grouping is recomputed for all current articles into ``raw.article_copies`` (one row per current
article: its ``copy_group_id``, the smallest article id of its group, and how it matched).
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
from datasketch import MinHash, MinHashLSH

from ingest.config import connect_warehouse

NUM_PERM = 128
SEED = 17
SCHEME = "affine32"  # stored signatures stay comparable across datasketch releases
SHINGLE_WORDS = 5
SIMILARITY = 0.7
_WORD = re.compile(r"[a-z0-9]+")
_HOST_PREFIX = re.compile(r"^(www\d?|m|amp|mobile)\.")


def canonical_url(url: str | None) -> str | None:
    """The URL without what differs between renderings of one page (``None`` for no URL)."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip() if "://" in url else "http://" + url.strip())
    host = _HOST_PREFIX.sub("", (parts.hostname or "").lower())
    path = re.sub(r"(/amp|\.amp|/index\.html?)$", "", parts.path.rstrip("/"), flags=re.I).rstrip("/")
    return f"{host}{path}" if host else None


def shingles(text: str) -> set[bytes]:
    """Word 5-shingles of the lower-cased text (the whole text when shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(text: str) -> list[int]:
    """The MinHash signature of a text."""
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    minhash.update_batch(list(shingles(text)))
    return [int(v) for v in minhash.hashvalues]


def _minhash(values: list[int]) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=np.asarray(values, dtype=np.uint64))


def _store_new_signatures(con, raw_schema: str) -> None:
    con.execute(
        "create table if not exists raw.article_signatures "
        "(article_id varchar primary key, canonical_url varchar, signature ubigint[])"
    )
    new = con.execute(
        f"select article_id, url, clean_text from {raw_schema}.articles "
        "where article_id not in (select article_id from raw.article_signatures)"
    ).fetchall()
    if new:
        rows = [(article_id, canonical_url(url), signature(text or "")) for article_id, url, text in new]
        con.executemany("insert into raw.article_signatures values (?, ?, ?)", rows)


def _groups(articles: list[tuple[str, str | None, list[int]]]) -> dict[str, tuple[str, str]]:
    """article_id -> (copy_group_id, match) by union-find over URL and text links."""
    parent = {article_id: article_id for article_id, _, _ in articles}
    how: dict[str, set[str]] = {article_id: set() for article_id in parent}

    def find(node: str) -> str:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def link(a: str, b: str, reason: str) -> None:
        how[a].add(reason)
        how[b].add(reason)
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[max(root_a, root_b)] = min(root_a, root_b)

    by_url: dict[str, str] = {}
    lsh = MinHashLSH(threshold=SIMILARITY, num_perm=NUM_PERM)
    hashes = {}
    for article_id, url, values in articles:
        if url:
            if url in by_url:
                link(by_url[url], article_id, "url")
            by_url.setdefault(url, article_id)
        hashes[article_id] = _minhash(values)
        for other in lsh.query(hashes[article_id]):
            if hashes[article_id].jaccard(hashes[other]) >= SIMILARITY:
                link(other, article_id, "text")
        lsh.insert(article_id, hashes[article_id])
    return {a: (find(a), "+".join(sorted(how[a])) or "none") for a in parent}


def detect_copies(warehouse: Path, raw_schema: str = "raw") -> int:
    """Refresh ``raw.article_copies`` for the current articles of ``<raw_schema>.articles`` (``raw_lake``:
    the Parquet lake's view); returns how many articles have a copy."""
    con = connect_warehouse(warehouse)
    try:
        con.execute("create schema if not exists raw")
        has_articles = con.execute(  # a table, or the lake's view
            "select count(*) from information_schema.tables where table_schema = ? and table_name = 'articles'",
            [raw_schema],
        ).fetchone()[0]
        articles = []
        if has_articles:
            _store_new_signatures(con, raw_schema)
            articles = con.execute(
                "select s.article_id, s.canonical_url, s.signature from raw.article_signatures s "
                f"join {raw_schema}.articles a using (article_id) where a.is_current order by s.article_id"
            ).fetchall()
        groups = _groups(articles)
        canonical = {article_id: url for article_id, url, _ in articles}
        rows = [(a, group, canonical[a], match) for a, (group, match) in groups.items()]
        con.execute(
            "create or replace table raw.article_copies "
            "(article_id varchar primary key, copy_group_id varchar not null, canonical_url varchar, matched_by varchar not null)"
        )
        if rows:
            con.executemany("insert into raw.article_copies values (?, ?, ?, ?)", rows)
        return sum(1 for _, (_, match) in groups.items() if match != "none")
    finally:
        con.close()
