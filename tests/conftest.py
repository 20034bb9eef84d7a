"""Shared fixtures: reference data and one warehouse built from the bundled sample per session."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import duckdb
import pytest

from ingest.cli import main
from ingest.config import REPO_ROOT
from ingest.extract import ArticleRows, extract_article
from ingest.reference import load_reference

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def reference():
    return load_reference()


@pytest.fixture()
def extract(reference):
    """Run the whole extractor on a small text published on ``published``."""

    def run(text: str, published: date | None = date(2025, 3, 28)) -> ArticleRows:
        return extract_article("t", text, published, reference)

    return run


@pytest.fixture(scope="session")
def sample_warehouse(tmp_path_factory) -> Path:
    """`parley run` on the bundled sample into a temporary warehouse (built once per session)."""
    path = tmp_path_factory.mktemp("warehouse") / "parley.duckdb"
    previous = os.environ.get("PARLEY_WAREHOUSE")
    os.environ["PARLEY_WAREHOUSE"] = str(path)
    try:
        assert main(["run", "--quiet"]) == 0
    finally:
        if previous is None:
            os.environ.pop("PARLEY_WAREHOUSE", None)
        else:
            os.environ["PARLEY_WAREHOUSE"] = previous
    return path


@pytest.fixture()
def warehouse_copy(sample_warehouse, tmp_path) -> Path:
    """A private copy of the sample warehouse that a test may corrupt."""
    copy = tmp_path / "copy.duckdb"
    shutil.copy2(sample_warehouse, copy)
    return copy


@pytest.fixture()
def sql(sample_warehouse):
    """Run read-only SQL on the sample warehouse; returns rows."""

    def run(query: str, *params):
        con = duckdb.connect(str(sample_warehouse), read_only=True)
        try:
            con.execute("set search_path = 'marts,main'")  # as `parley query` does
            return con.execute(query, list(params)).fetchall()
        finally:
            con.close()

    return run


@pytest.fixture()
def env_warehouse(tmp_path, monkeypatch) -> Path:
    """A fresh PARLEY_WAREHOUSE for CLI tests."""
    path = tmp_path / "wh" / "parley.duckdb"
    monkeypatch.setenv("PARLEY_WAREHOUSE", str(path))
    return path


SAMPLE_ARTICLES = REPO_ROOT / "sample" / "articles"
SAMPLE_MANIFEST = REPO_ROOT / "sample" / "manifest.csv"


def chromium_path() -> str:
    """Debian chromium, installed with apt-get when missing (CI runs as root)."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None and os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, capture_output=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=True, env=env, capture_output=True)
        found = shutil.which("chromium")
    assert found, "chromium is required for the docs test (apt-get install chromium)"
    return found


def browse(chromium: str, url: str, profile: Path, *extra: str) -> subprocess.CompletedProcess:
    """Load ``url`` in headless chromium with the flags this closed network needs."""
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--virtual-time-budget=15000",
        "--window-size=1400,900",
    ]
    # Headless Chromium now and then hangs on start-up when the machine is loaded: a hung attempt is killed
    # with its whole process group and tried again with a fresh profile, so the outcome never rests on timing.
    for attempt in range(3):
        fresh = profile if attempt == 0 else profile.with_name(f"{profile.name}-retry{attempt}")
        command = [chromium, *flags[:-3], f"--user-data-dir={fresh}", *flags[-2:], *extra, url]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
        try:
            out, err = process.communicate(timeout=120)
            return subprocess.CompletedProcess(command, process.returncode, out, err)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)
            process.communicate()
    raise RuntimeError(f"headless chromium hung three times on {url}")
