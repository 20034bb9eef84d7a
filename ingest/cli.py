"""The ``parley`` command line: a thin layer over the library."""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import socketserver
import sys
from pathlib import Path

from ingest.config import SAMPLE_DIR, warehouse_path

SUPPORTED_FORMATS = ".txt .md .html .htm .json .jsonl"
SUMMARY_TABLES = (
    "fct_meetings",
    "fct_meeting_mentions",
    "fct_quotes",
    "fct_announcements",
    "dim_people",
    "dim_outlets",
    "dim_organisations",
)


def _print_ingest(report) -> None:
    print(
        f"ingest {report.run_id}: {report.n_inputs} files, {report.n_loaded} loaded, "
        f"{report.n_duplicates} skipped as duplicate, {report.n_superseded} superseded, {report.n_quarantined} quarantined"
        + (f", {report.n_reinstated} reverted to an earlier version" if report.n_reinstated else "")
    )
    for item in report.quarantined:
        print(f"  quarantined {item.source_key}: {item.reason} ({item.detail})")
    for warning in report.warnings:
        print(f"  warning: {warning}")


def _ingest(paths: list[str], manifest: Path | None, warehouse: Path, progress: bool) -> tuple[int, str]:
    """Ingest and print the counts; returns the exit status and the ingest run id."""
    from ingest.pipeline import ingest_paths

    return _report_status(ingest_paths(paths, warehouse, manifest, progress=progress))


def _report_status(report) -> tuple[int, str]:
    _print_ingest(report)
    if report.n_inputs and report.nothing_readable and report.n_quarantined:
        print("error: no input could be read")
        return 1, report.run_id
    if not report.n_inputs and report.n_quarantined:
        unsupported = [q.source_path for q in report.quarantined if q.reason == "unsupported_format"]
        if unsupported:
            print(f"error: cannot read {', '.join(unsupported)}: not a supported format ({SUPPORTED_FORMATS})")
        else:
            print("error: no input files found")
        return 1, report.run_id
    return 0, report.run_id


def _validate(warehouse: Path, run_ids: list[str] | None = None) -> int:
    from ingest.warehouse.validate import validate_warehouse

    report = validate_warehouse(warehouse, run_ids=run_ids)
    print(report.summary())
    if run_ids:
        print(f"raw tables: only the rows of ingest run(s) {', '.join(run_ids)}; the marts in full")
    return 0 if report.success else 1


def _row_counts(warehouse: Path) -> str:
    from ingest.warehouse.query import connect_read_only

    con = connect_read_only(warehouse)
    try:
        counts = [(t, con.execute(f"select count(*) from marts.{t}").fetchone()[0]) for t in SUMMARY_TABLES]
    finally:
        con.close()
    return "\n".join(f"  {table:<22} {count:>8}" for table, count in counts)


def cmd_run(args: argparse.Namespace) -> int:
    """ingest -> dbt build -> validate on a private copy, then publish atomically."""
    from ingest.faults import kill_point
    from ingest.warehouse.dbt_runner import build
    from ingest.warehouse.publish import staged
    from ingest.warehouse.validate import validate_warehouse

    published = warehouse_path()
    paths = args.paths or [str(SAMPLE_DIR / "articles")]
    manifest = args.manifest or (SAMPLE_DIR / "manifest.csv" if not args.paths else None)
    if args.lake:
        # the lake is written (and committed) first; the warehouse only reads it
        status, run_id = _ingest_lake(args, paths, manifest)
        if status != 0:
            raise SystemExit(1)
    elif _engine_without_lake(args):
        return 2
    with staged(published) as stage:
        if not args.lake:
            status, run_id = _ingest(paths, manifest, stage, progress=not args.quiet)
            if status != 0:
                raise SystemExit(1)
        if not build(stage, progress=not args.quiet, lake=args.lake):  # a line per dbt node unless --quiet
            print("error: dbt build failed; the published warehouse is unchanged")
            raise SystemExit(1)
        kill_point("built")
        # Raw rows of earlier runs were validated before they were published: check what this run added.
        report = validate_warehouse(stage, run_ids=[run_id], progress=None if args.quiet else print)
        print(report.summary())
        if not report.success:
            print("error: validation failed; the published warehouse is unchanged")
            raise SystemExit(1)
    print(f"published {published}\n{_row_counts(published)}")
    return 0


def _ingest_lake(args: argparse.Namespace, paths: list[str], manifest: Path | None) -> tuple[int, str]:
    """Ingest into the lake ``args.lake`` with the chosen engine; returns the exit status and the run id."""
    from ingest.lake.ingest import ingest_to_lake

    report = ingest_to_lake(paths, args.lake, manifest, args.engine, args.workers, args.ray_address)
    status, run_id = _report_status(report)
    print(f"lake {args.lake.resolve()}: run {run_id} committed")
    return status, run_id


def _engine_without_lake(args: argparse.Namespace) -> bool:
    """Whether an engine other than the local one was asked for without a lake (and say why that fails)."""
    if args.engine != "local" and not args.lake:
        print("error: --engine needs --lake DIR (the engines write the raw tables as a Parquet lake)")
        return True
    return False


def cmd_ingest(args: argparse.Namespace) -> int:
    from ingest.warehouse.publish import staged

    if args.lake:
        return _ingest_lake(args, args.paths, args.manifest)[0]
    if _engine_without_lake(args):
        return 2
    status = 0
    with staged(warehouse_path()) as stage:
        status, _ = _ingest(args.paths, args.manifest, stage, progress=not args.quiet)
    return status


def cmd_build(args: argparse.Namespace) -> int:
    from ingest.warehouse.dbt_runner import build
    from ingest.warehouse.publish import staged

    with staged(warehouse_path()) as stage:
        if not build(stage, quiet=args.quiet, full_refresh=args.full_refresh, lake=args.lake):
            print("error: dbt build failed; the published warehouse is unchanged")
            raise SystemExit(1)
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from ingest.warehouse.publish import publish_ready

    published = warehouse_path()
    if not publish_ready(published):
        print(f"nothing to publish: no kept build next to {published}")
        return 1
    print(f"published {published}\n{_row_counts(published)}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    return _validate(warehouse_path(), args.run_id)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from ingest.evaluation import GoldError, as_json, as_table, errors_report, evaluate

    try:
        results = evaluate(args.gold, args.articles, args.manifest, only=args.only, dated_only=args.dated_only)
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(as_json(results), indent=2) if args.json else as_table(results))
    if args.errors and not args.json:
        print("\n" + errors_report(results))
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from ingest.warehouse.query_limits import QueryLimits
    from ingest.warehouse.query_output import read_sql, stream_query

    sql = read_sql(args.sql, args.file)
    outcome = stream_query(warehouse_path(), sql, sys.stdout, args.format, args.limit, QueryLimits.from_env(args.timeout))
    if outcome.truncated:
        print(f"(first {outcome.rows} rows shown; --limit N for more, --limit 0 for all)", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ingest.warehouse.query import export_parquet

    for path in export_parquet(warehouse_path(), args.directory):
        print(f"wrote {path}")
    return 0


def cmd_docs(args: argparse.Namespace) -> int:
    from ingest.warehouse.dbt_runner import generate_docs

    site = generate_docs(warehouse_path())
    if site is None:
        print("error: dbt docs generate failed")
        return 1
    print(f"docs site: {site / 'index.html'}")
    if args.serve:
        handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
        with socketserver.TCPServer(("127.0.0.1", args.port), handler) as server:
            print(f"serving on http://127.0.0.1:{args.port}/ (Ctrl+C to stop)")
            try:
                server.serve_forever()
            except KeyboardInterrupt:
                pass
    return 0


def _lake_arguments(command: argparse.ArgumentParser, lake_help: str) -> None:
    command.add_argument("--lake", type=Path, metavar="DIR", help=lake_help)
    command.add_argument("--engine", choices=("local", "ray"), default="local", help="what runs the map (with --lake)")
    command.add_argument("--workers", type=int, help="map workers (default: the CPUs of this machine or cluster)")
    command.add_argument("--ray-address", help="an existing Ray cluster (default $PARLEY_RAY_ADDRESS, else a local one)")


def parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for tests and --help)."""
    root = argparse.ArgumentParser(prog="parley", description="News about diplomacy -> DuckDB warehouse.")
    sub = root.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="ingest (bundled sample by default), dbt build, validate, publish")
    run.add_argument("paths", nargs="*", help="files, folders or globs (default: the bundled sample)")
    run.add_argument("--manifest", type=Path, help="CSV with file,url,outlet,published_date,title")
    run.add_argument("--quiet", action="store_true", help="no progress bars")
    _lake_arguments(run, "ingest into the Parquet lake under DIR and build the warehouse from it")
    run.set_defaults(func=cmd_run)

    ingest = sub.add_parser("ingest", help="read, clean, extract and load articles into raw tables")
    ingest.add_argument("paths", nargs="+", help="files, folders (recursive) or globs")
    ingest.add_argument("--manifest", type=Path, help="CSV with file,url,outlet,published_date,title")
    ingest.add_argument("--quiet", action="store_true", help="no progress bars")
    _lake_arguments(ingest, "write the raw tables as a Parquet lake under DIR")
    ingest.set_defaults(func=cmd_ingest)

    build = sub.add_parser("build", help="dbt build (seeds, models, tests)")
    build.add_argument("--quiet", action="store_true", help="only errors")
    build.add_argument("--full-refresh", action="store_true", help="rebuild the incremental models from scratch")
    build.add_argument("--lake", type=Path, metavar="DIR", help="read the raw tables from the Parquet lake under DIR")
    build.set_defaults(func=cmd_build)

    publish = sub.add_parser("publish", help="publish the build kept when another program was writing the warehouse")
    publish.set_defaults(func=cmd_publish)

    validate = sub.add_parser("validate", help="run the Great Expectations checkpoint")
    validate.add_argument(
        "--run-id", action="append", help="check only the raw rows of this ingest run (repeatable); marts in full"
    )
    validate.set_defaults(func=cmd_validate)

    evaluate = sub.add_parser("evaluate", help="score extraction against a gold annotation")
    evaluate.add_argument("--gold", type=Path, required=True)
    evaluate.add_argument("--articles", type=Path, default=SAMPLE_DIR / "articles")
    evaluate.add_argument("--manifest", type=Path, default=SAMPLE_DIR / "manifest.csv")
    evaluate.add_argument("--json", action="store_true", help="print JSON instead of a table")
    evaluate.add_argument("--errors", action="store_true", help="list every miss and extra per article")
    evaluate.add_argument("--only", metavar="PREFIX", help="score only the articles whose file name starts with PREFIX")
    evaluate.add_argument(
        "--dated-only", action="store_true", help="score only the articles with a publication date (manifest or gold)"
    )
    evaluate.set_defaults(func=cmd_evaluate)

    query = sub.add_parser("query", help="read-only SQL against the published warehouse")
    query.add_argument("sql", nargs="?", help="the query (or -f FILE, or standard input)")
    query.add_argument("-f", "--file", help="read the query from FILE ('-' for standard input)")
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")
    query.add_argument("--limit", type=int, default=1000, help="print at most N rows (default 1000; 0: all, streamed)")
    query.add_argument("--timeout", type=float, help="stop the query after SECONDS (default $PARLEY_QUERY_TIMEOUT or 300)")
    query.set_defaults(func=cmd_query)

    export = sub.add_parser("export", help="write every mart to Parquet files for tools that prefer files")
    export.add_argument("directory", type=Path)
    export.set_defaults(func=cmd_export)

    docs = sub.add_parser("docs", help="generate (and optionally serve) the dbt docs site")
    docs.add_argument("--serve", action="store_true")
    docs.add_argument("--port", type=int, default=8080)
    docs.set_defaults(func=cmd_docs)

    from ingest.corrections import register as register_correct

    register_correct(sub)
    from ingest.warehouse.freshness import register as register_freshness

    register_freshness(sub)
    from ingest.dashboard import register as register_dashboard

    register_dashboard(sub)
    return root


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``parley``."""
    args = parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except SystemExit as exc:
        return int(exc.code or 0)
    except Exception as exc:  # noqa: BLE001 - one clear line for the user instead of a traceback
        from ingest.errors import describe

        print(f"error: {describe(exc)}", file=sys.stderr)
        return 2
