"""``parley freshness``: dbt source freshness of the raw tables (``ingested_at`` of ``raw.articles``)."""

from __future__ import annotations

import argparse
import json

from ingest.config import REPO_ROOT, warehouse_path
from ingest.warehouse.dbt_runner import run_dbt


def source_freshness() -> list[tuple[str, str, float | None]]:
    """(source, status, age in hours) of every source with a freshness rule, on the published warehouse."""
    results = REPO_ROOT / "target" / "sources.json"
    results.unlink(missing_ok=True)
    run_dbt(["source", "freshness"], warehouse_path(), quiet=True)
    if not results.exists():
        raise RuntimeError("dbt source freshness wrote no results")
    rows = json.loads(results.read_text())["results"]
    return [(r["unique_id"].removeprefix("source.parley."), r["status"], r.get("max_loaded_at_time_ago_in_s")) for r in rows]


def cmd_freshness(args: argparse.Namespace) -> int:
    """Print each source's freshness; exit 1 when one is past its error threshold."""
    results = source_freshness()
    for source, status, age in results:
        hours = f"{age / 3600:.1f} h since the last ingest" if age is not None else "never loaded"
        print(f"{source:<24} {status:<6} {hours}")
    return 1 if any(status in ("error", "runtime error") for _, status, _ in results) else 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``parley freshness`` to the CLI."""
    freshness = sub.add_parser("freshness", help="dbt source freshness: warn after 7 days without ingest, error after 30")
    freshness.set_defaults(func=cmd_freshness)
