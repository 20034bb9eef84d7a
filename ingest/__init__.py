"""Parley: news articles about diplomacy in, an analytical DuckDB warehouse out."""

__version__ = "0.1.0"
