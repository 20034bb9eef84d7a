"""Extraction: one cleaned article in, rows for the raw tables out.

:mod:`ingest.extract.pipeline` runs the components over a :class:`~ingest.extract.document.Document`;
:func:`extract_article` turns the finished document into rows (see :mod:`ingest.extract.rows`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ingest.extract.pipeline import run_pipeline
from ingest.extract.rows import ArticleRows, document_rows
from ingest.reference import ReferenceData, load_reference

__all__ = ["ArticleRows", "extract_article"]


def extract_article(
    article_id: str,
    text: str,
    published: date | None,
    reference: ReferenceData | None = None,
    removed_lines: Sequence[str] = (),
) -> ArticleRows:
    """Extract mentions, quotes, events and announcements from cleaned ``text``.

    Offsets refer to ``text`` exactly as stored in ``raw.articles.clean_text``. ``removed_lines`` are the lines
    cleaning removed (``raw.articles.removed_boilerplate``): the bylines and photo credits among them name people.
    """
    doc = run_pipeline(text, published, reference or load_reference(), tuple(removed_lines or ()))
    return document_rows(article_id, doc)
