"""The process pool of an ingest run: created once, workers that die with the parent."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

from ingest.processes import die_with_parent

PARALLEL_THRESHOLD = 64
PARALLEL_THRESHOLD_ENV = "PARLEY_PARALLEL_THRESHOLD"  # fewer inputs than this are read in-process


class Workers:
    """One process pool for the whole run (or none for small inputs), so start-up is paid once.

    Workers die with the parent (``PR_SET_PDEATHSIG``): a killed run leaves no process behind.
    """

    def __init__(self, workers: int | None, n_inputs: int, start_method: str | None = None) -> None:
        workers = workers or os.cpu_count() or 1
        self.threshold = int(os.environ.get(PARALLEL_THRESHOLD_ENV) or PARALLEL_THRESHOLD)
        self.pool = (
            ProcessPoolExecutor(
                max_workers=workers,
                initializer=die_with_parent,
                initargs=(os.getpid(),),
                mp_context=multiprocessing.get_context(start_method) if start_method else None,
            )
            if workers > 1 and n_inputs >= self.threshold
            else None
        )
        self.workers = workers

    def map(self, func, jobs: list) -> Iterator:
        """``map(func, jobs)`` in order, across processes when the pool exists and the batch is worth it."""
        if self.pool is None or len(jobs) < self.threshold:
            return map(func, jobs)
        return self.pool.map(func, jobs, chunksize=max(1, len(jobs) // (self.workers * 8)))

    def map_each(self, func, jobs: list) -> Iterator:
        """``map(func, jobs)`` in order, one task per job (coarse jobs such as chunks of files)."""
        if self.pool is None or len(jobs) < 2:
            return map(func, jobs)
        return self.pool.map(func, jobs)

    def close(self) -> None:
        """Stop the worker processes."""
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
