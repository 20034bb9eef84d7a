"""The raw tables as a Parquet lake: a map that extracts (local pool or Ray), a merge that commits.

``parley ingest --lake DIR`` writes what ``parley ingest`` loads into DuckDB as Hive-partitioned Parquet
under ``DIR``; ``parley build --lake DIR`` builds the same marts from it.
"""
