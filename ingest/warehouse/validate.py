"""Great Expectations checkpoint over the warehouse (validating dataframes read from DuckDB)."""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from ingest.config import EXPECTATIONS_DIR, connect_warehouse
from ingest.warehouse.datadocs import docs_dir_for, write_offline_index

BATCH_ROWS = 250_000
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")


@dataclass
class SuiteOutcome:
    """Result of one suite: failed expectations (data) and crashed ones (the check itself broke)."""

    suite: str
    rows: int = 0
    evaluated: int = 0
    failed: list[str] = field(default_factory=list)
    crashed: list[str] = field(default_factory=list)

    @property
    def success(self) -> bool:
        return not self.failed and not self.crashed


@dataclass
class ValidationReport:
    """All suites of one validation run and where Data Docs were written."""

    suites: list[SuiteOutcome]
    data_docs: Path | None

    @property
    def success(self) -> bool:
        return all(s.success for s in self.suites)

    def summary(self) -> str:
        """Short per-suite pass/fail table."""
        lines = [f"{'suite':<22} {'rows':>8} {'checks':>6}  result"]
        for s in self.suites:
            if s.success:
                result = "PASS"
            else:
                result = "FAIL" if s.failed else "ERROR"
            lines.append(f"{s.suite:<22} {s.rows:>8} {s.evaluated:>6}  {result}")
            lines += [f"    failed: {name}" for name in s.failed]
            lines += [f"    crashed (not a data failure): {name}" for name in s.crashed]
        if self.data_docs:
            lines.append(f"Data Docs: {self.data_docs}")
        return "\n".join(lines)


def suite_files(root: Path = EXPECTATIONS_DIR) -> list[Path]:
    """The suite JSON files, sorted by name."""
    return sorted((root / "gx" / "expectations").glob("*.json"))


def _describe(result) -> str:
    config = result.expectation_config
    column = config.kwargs.get("column")
    description = (config.meta or {}).get("description", "")
    return f"{config.type}({column}) — {description}" if column else f"{config.type} — {description}"


def _context(docs_dir: Path):
    """A private in-memory GX context (concurrent runs never clash over generated config)
    whose Data Docs site writes to ``docs_dir``."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    context.update_data_docs_site(
        site_name="local_site",
        site_config={
            "class_name": "SiteBuilder",
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)},
        },
    )
    return context


def load_suite(path: Path):
    """An ExpectationSuite from its JSON file in ``expectations/gx/expectations``."""
    import great_expectations as gx

    spec = json.loads(path.read_text())
    return gx.ExpectationSuite(**{k: v for k, v in spec.items() if k in ("name", "id", "expectations", "meta", "notes")})


def raw_schema_of(con: duckdb.DuckDBPyConnection) -> str:
    """Where the last build read the raw tables: ``raw_lake`` (views over a Parquet lake) or ``raw``."""
    from ingest.lake.relations import LAKE_SCHEMA
    from ingest.warehouse.dbt_runner import LAKE_BUILD_MARK, read_fingerprint

    fingerprint = read_fingerprint(con)
    return LAKE_SCHEMA if fingerprint and LAKE_BUILD_MARK in fingerprint else "raw"


def _raw_tables_in(sql: str, raw_schema: str) -> str:
    """``sql`` with the raw tables a lake holds read from ``raw_schema`` (``raw.article_copies`` stays:
    copy detection writes it into the warehouse either way)."""
    if raw_schema == "raw":
        return sql
    from ingest.lake.layout import LAKE_TABLES

    names = "|".join(table.name for table in LAKE_TABLES)
    return re.sub(rf"\braw\.({names})\b", rf"{raw_schema}.\1", sql)


def scoped_batch_sql(spec: dict, run_ids: list[str] | None, raw_schema: str = "raw") -> str:
    """The suite's ``meta.batch_sql``, limited to the articles of ``run_ids`` for suites scoped by ingest run.

    The window counts behind uniqueness checks are still computed over the whole table, so a new
    row that repeats an old key fails; only which rows are checked is narrowed. Raw tables are read
    from ``raw_schema`` (see :func:`raw_schema_of`).
    """
    sql = spec["meta"]["batch_sql"]
    if run_ids is not None and spec["meta"].get("scope") == "ingest_run":
        runs = ", ".join("'" + run_id.replace("'", "''") + "'" for run_id in run_ids) or "null"
        sql = f"select * from ({sql}) where article_id in (select article_id from raw.articles where run_id in ({runs}))"
    return _raw_tables_in(sql, raw_schema)


def validate_warehouse(
    warehouse: Path,
    root: Path = EXPECTATIONS_DIR,
    only: list[str] | None = None,
    run_ids: list[str] | None = None,
    progress: Callable[[str], None] | None = None,
) -> ValidationReport:
    """Run every suite in ``expectations/gx/expectations`` against the warehouse (opened read-only).

    Each suite's ``meta.batch_sql`` selects the dataframe to validate; large tables are
    validated in batches of ``BATCH_ROWS`` (uniqueness is computed in SQL over the whole table).
    With ``run_ids``, suites marked ``meta.scope = "ingest_run"`` (the raw tables) check only the
    rows those ingest runs loaded: ``parley run`` validates what it just added, while the marts,
    rebuilt as a whole, are always checked in full. A warehouse built from a Parquet lake has its raw
    tables validated through the lake's views. ``progress`` gets a line per suite as it finishes.
    Data Docs go to the warehouse's own folder (:func:`ingest.warehouse.datadocs.docs_dir_for`).
    """
    import great_expectations as gx

    docs_dir = docs_dir_for(warehouse)
    context = _context(docs_dir)
    datasource = context.data_sources.add_pandas("parley_warehouse")
    outcomes: list[SuiteOutcome] = []
    con = connect_warehouse(warehouse, read_only=True)
    try:
        raw_schema = raw_schema_of(con)
        for path in suite_files(root):
            spec = json.loads(path.read_text())
            name = spec["name"]
            if only and name not in only:
                continue
            outcome = SuiteOutcome(name)
            outcomes.append(outcome)
            suite = context.suites.add(load_suite(path))
            try:
                reader = con.sql(scoped_batch_sql(spec, run_ids, raw_schema)).to_arrow_reader(BATCH_ROWS)
            except duckdb.Error as exc:
                outcome.crashed.append(f"batch query failed: {exc}")
                continue
            batch = datasource.add_dataframe_asset(name=name).add_batch_definition_whole_dataframe(name)
            definition = context.validation_definitions.add(gx.ValidationDefinition(data=batch, suite=suite, name=name))
            checkpoint = context.checkpoints.add(
                gx.Checkpoint(
                    name=name,
                    validation_definitions=[definition],
                    result_format={"result_format": "SUMMARY"},
                )
            )
            for table in _batches_of(reader, BATCH_ROWS):
                outcome.rows += table.num_rows
                _run_batch(checkpoint, table.to_pandas(), outcome)
            if progress:
                progress(f"validate: {name} {'ok' if outcome.success else 'FAILED'} ({outcome.rows} rows)")
    finally:
        con.close()
    # One Data Docs build for all suites and batches: an UpdateDataDocsAction per checkpoint
    # re-rendered the whole site after every batch, which was 40% of a validation run.
    context.build_data_docs(site_names=["local_site"])
    report = ValidationReport(outcomes, None)
    report.data_docs = write_offline_index(report, docs_dir, warehouse)  # GX's own index needs CDNs
    return report


def _batches_of(reader, rows: int):
    """Tables of about ``rows`` rows from an Arrow reader, whose own batches follow DuckDB's
    threads (a 7-row query can arrive in two), so each checkpoint run validates a full batch.
    An empty result still yields one empty table: an empty table has to satisfy its suite too."""
    import pyarrow as pa

    pending, pending_rows, yielded = [], 0, False
    for record_batch in reader:
        pending.append(record_batch)
        pending_rows += record_batch.num_rows
        if pending_rows >= rows:
            yield pa.Table.from_batches(pending, schema=reader.schema)
            pending, pending_rows, yielded = [], 0, True
    if pending_rows or not yielded:
        yield pa.Table.from_batches(pending, schema=reader.schema)


def _run_batch(checkpoint, frame, outcome: SuiteOutcome) -> None:
    result = checkpoint.run(batch_parameters={"dataframe": frame})
    for run in result.run_results.values():
        for item in run.results:
            outcome.evaluated += 1
            info = item.exception_info or {}
            raised = info.get("raised_exception") if isinstance(info, dict) else False
            if not raised and isinstance(info, dict):
                raised = any(isinstance(v, dict) and v.get("raised_exception") for v in info.values())
            label = _describe(item)
            if raised and label not in outcome.crashed:
                outcome.crashed.append(label)
            elif not item.success and not raised and label not in outcome.failed:
                outcome.failed.append(label)
