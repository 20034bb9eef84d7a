"""The published warehouse opens in the DuckDB 1.x clients that BI tools ship (issue 17, point 1)."""

from __future__ import annotations

import json
import os
import shlex
import subprocess

import pytest

from ingest.warehouse.compat import storage_version_of
from tests.reader_envs import python_with, run_with
from tests.readme import code_blocks

# The oldest release the README promises (1.1; 1.0 cannot read index data written by 2.x) and the newest 1.x.
READER_VERSIONS = ("1.1.3", "1.5.6")

READ = """
import json, sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print(json.dumps({
    "version": duckdb.__version__,
    "meetings": con.execute("select count(*) from marts.fct_meetings").fetchone()[0],
    "participants": con.execute(
        "select participant_names from marts.fct_meetings order by n_participants desc, meeting_id limit 1"
    ).fetchone()[0],
    "comment": con.execute(
        "select comment from duckdb_tables() where schema_name = 'marts' and table_name = 'fct_quotes'"
    ).fetchone()[0],
    "stg_view": con.execute("select count(*) from staging.stg_articles").fetchone()[0],
}))
"""


def test_published_file_has_the_v1_storage_version(sample_warehouse):
    assert storage_version_of(sample_warehouse) == 64  # DuckDB's storage version of v1.0.0


@pytest.mark.parametrize("version", READER_VERSIONS)
def test_duckdb_1x_client_opens_the_published_warehouse(sample_warehouse, sql, version):
    python = python_with(f"duckdb=={version}")
    result = json.loads(run_with(python, READ, str(sample_warehouse)).stdout)
    assert result["version"] == version
    assert result["meetings"] == sql("select count(*) from marts.fct_meetings")[0][0] > 0
    assert isinstance(result["participants"], list) and len(result["participants"]) >= 2
    assert result["comment"].startswith("One row per quote occurrence")
    assert result["stg_view"] > 0


def test_readme_duckdb_cli_command_runs_with_the_cli_from_pypi(sample_warehouse, tmp_path):
    (command,) = [line for block in code_blocks("Connect your BI tool", "bash") for line in block.splitlines() if line.startswith("duckdb ")]
    cli_bin = python_with("duckdb-cli==1.5.6").parent
    (tmp_path / "warehouse").mkdir()
    (tmp_path / "warehouse" / "parley.duckdb").symlink_to(sample_warehouse)
    env = {**os.environ, "PATH": f"{cli_bin}:{os.environ['PATH']}"}
    done = subprocess.run(shlex.split(command), cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "speaker_name" in done.stdout and "quote_text" in done.stdout
