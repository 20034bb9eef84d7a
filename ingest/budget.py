"""A time budget per article: extraction that runs past it is stopped, the article quarantined.

One pathological article (a 100 KB sentence without punctuation) must not stall a whole ingest.
The budget is a real-time interval timer (``SIGALRM``) around the extraction of one article, in
whichever process extracts it; the handler raises :class:`ExtractionTimeout`, a ``BaseException``
so that no ``except Exception`` inside the rules can swallow it.
"""

from __future__ import annotations

import hashlib
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ingest.sources.readers import Rejected

ARTICLE_TIMEOUT_ENV = "PARLEY_ARTICLE_TIMEOUT"
DEFAULT_ARTICLE_TIMEOUT_S = 60.0


class ExtractionTimeout(BaseException):  # noqa: N818 - it is a stop signal, not an error to handle
    """Extraction of one article ran past its time budget."""


def article_timeout() -> float:
    """Seconds one article may take to extract (``$PARLEY_ARTICLE_TIMEOUT``; 0 or less: no limit)."""
    return float(os.environ.get(ARTICLE_TIMEOUT_ENV) or DEFAULT_ARTICLE_TIMEOUT_S)


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`ExtractionTimeout` in the block once ``seconds`` have passed.

    Works in a process's main thread (where signals are delivered); elsewhere, or with
    ``seconds <= 0``, the block runs without a limit.
    """
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    active = True

    def expire(signum, frame) -> None:
        if active:
            raise ExtractionTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        active = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def over_budget(article: dict, seconds: float) -> Rejected:
    """The quarantine record of an article whose extraction ran past ``seconds``."""
    return Rejected(
        article["source_key"],
        article["source_path"],
        "extraction_timeout",
        f"extraction ran past its {seconds:g} s budget ({ARTICLE_TIMEOUT_ENV}); {article['n_chars']} characters",
        hashlib.sha256(article["clean_text"].encode("utf-8")).hexdigest(),
    )
