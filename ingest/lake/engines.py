"""Engines that run the map (``stage.write_chunk`` over chunks): the local process pool or Ray.

Both write the same staging files; only where the chunks run differs. The local pool stays the
default on one machine; Ray (Ray Data ``map_batches`` over an actor pool) runs the map on a cluster,
each actor receiving the reference data once, and retries a chunk whose worker died.
"""

from __future__ import annotations

import logging
import os
import pickle
from pathlib import Path

from ingest.faults import kill_worker_point
from ingest.lake.stage import Chunk, write_chunk
from ingest.reference import ReferenceData, load_reference
from ingest.workers import Workers

ENGINES = ("local", "ray")
RAY_ADDRESS_ENV = "PARLEY_RAY_ADDRESS"  # an existing cluster ("auto", "ray://host:10001", "host:6379")


def _local_job(job: tuple[Chunk, str]) -> int:
    chunk, stage_dir = job
    kill_worker_point(chunk.index)
    return write_chunk(chunk, load_reference(), Path(stage_dir))


def run_local(chunks: list[Chunk], stage_dir: Path, workers: int | None = None) -> int:
    """Run the map on this machine's process pool; returns how many articles were staged."""
    # Spawned, not forked: the chunk workers build Polars frames, and Polars' thread pool does not
    # survive a fork of a parent that has used it (loading the seeds does).
    pool = Workers(workers, sum(len(c.files) for c in chunks), start_method="spawn")
    try:
        return sum(pool.map_each(_local_job, [(chunk, str(stage_dir)) for chunk in chunks]))
    finally:
        pool.close()


class ChunkWriter:
    """A Ray Data actor: holds the reference data (sent once) and stages one chunk per row."""

    def __init__(self, reference, stage_dir: str) -> None:
        import ray

        # Ray Data passes constructor arguments as given: fetch the broadcast object once per actor.
        self.reference: ReferenceData = ray.get(reference) if isinstance(reference, ray.ObjectRef) else reference
        self.stage_dir = Path(stage_dir)

    def __call__(self, batch: dict) -> dict:
        staged = []
        for payload in batch["chunk"]:
            chunk: Chunk = pickle.loads(payload)
            kill_worker_point(chunk.index)
            staged.append(write_chunk(chunk, self.reference, self.stage_dir))
        return {"index": batch["index"], "n_articles": staged}


def run_ray(chunks: list[Chunk], stage_dir: Path, workers: int | None = None, address: str | None = None) -> int:
    """Run the map with Ray Data on the cluster at ``address`` (or a local one); returns staged articles."""
    import ray
    import ray.data

    logging.getLogger("ray").setLevel(logging.ERROR)  # the map's progress is the CLI's to report
    address = address or os.environ.get(RAY_ADDRESS_ENV)
    started_here = not ray.is_initialized()
    if started_here:
        kwargs = {} if address else {"num_cpus": workers or os.cpu_count() or 1, "include_dashboard": False}
        ray.init(address=address, log_to_driver=False, logging_level="ERROR", **kwargs)
    try:
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False
        context.verbose_progress = False
        n_actors = max(1, min(len(chunks), workers or int(ray.cluster_resources().get("CPU", 1))))
        reference = ray.put(load_reference())
        items = [{"index": c.index, "chunk": pickle.dumps(c)} for c in chunks]
        staged = ray.data.from_items(items, override_num_blocks=max(1, len(items))).map_batches(
            ChunkWriter,
            fn_constructor_args=(reference, str(stage_dir)),
            batch_size=1,
            compute=ray.data.ActorPoolStrategy(size=n_actors),
            num_cpus=1,  # Ray Data restarts a dead actor and retries its batch (max_restarts = -1 by default)
        )
        return sum(int(row["n_articles"]) for row in staged.iter_rows())
    finally:
        if started_here:
            ray.shutdown()
