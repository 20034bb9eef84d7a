"""Validation reports per warehouse that open offline.

Great Expectations' Data Docs load their CSS and JavaScript from CDNs, so offline their index is
blank. Each warehouse gets its own Data Docs folder beside it (``parley.duckdb.datadocs/``, not one
folder shared by every warehouse and test run), and :func:`write_offline_index` writes
``index_offline.html`` there: plain HTML with inline styles and no scripts, one row per suite, the
failing expectations named, and links to Great Expectations' own pages.
"""

from __future__ import annotations

import html
from pathlib import Path

BUILDING_SUFFIX = ".building"
OFFLINE_INDEX = "index_offline.html"

_STYLE = (
    "body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse}"
    "td,th{border:1px solid #ccc;padding:.3em .8em;text-align:left}.PASS{background:#dfd}"
    ".FAIL{background:#fdd}.ERROR{background:#fec}li{margin:.2em 0}"
)


def docs_dir_for(warehouse: Path) -> Path:
    """The Data Docs folder of a warehouse (a build's private copy reports for the warehouse it publishes)."""
    name = warehouse.name.removesuffix(BUILDING_SUFFIX)
    return warehouse.with_name(name + ".datadocs")


def _suite_pages(docs_dir: Path, suite: str) -> list[Path]:
    validations = docs_dir / "validations" / suite
    return sorted(validations.rglob("*.html")) if validations.is_dir() else []


def write_offline_index(report, docs_dir: Path, warehouse: Path) -> Path:
    """Write the script-free index of ``report`` (a ``ValidationReport``) into ``docs_dir``."""
    docs_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    for suite in report.suites:
        result = "PASS" if suite.success else ("FAIL" if suite.failed else "ERROR")
        problems = [f"failed: {name}" for name in suite.failed] + [f"crashed: {name}" for name in suite.crashed]
        details = "".join(f"<li>{html.escape(p)}</li>" for p in problems)
        links = " ".join(
            f'<a href="{page.relative_to(docs_dir).as_posix()}">run {i + 1}</a>' for i, page in enumerate(_suite_pages(docs_dir, suite.suite))
        )
        rows.append(
            f'<tr class="{result}"><td>{html.escape(suite.suite)}</td><td>{suite.rows}</td><td>{suite.evaluated}</td>'
            f"<td>{result}</td><td><ul>{details}</ul></td><td>{links}</td></tr>"
        )
    overall = "PASS" if report.success else "FAIL"
    page = (
        f"<!doctype html><html><head><meta charset='utf-8'><title>Parley validation: {overall}</title>"
        f"<style>{_STYLE}</style></head><body><h1>Parley validation: {overall}</h1>"
        f"<p>Warehouse: {html.escape(str(warehouse))}</p>"
        "<table><tr><th>suite</th><th>rows</th><th>checks</th><th>result</th><th>problems</th><th>Great Expectations pages</th></tr>"
        + "".join(rows)
        + "</table></body></html>"
    )
    index = docs_dir / OFFLINE_INDEX
    index.write_text(page, encoding="utf-8")
    return index
