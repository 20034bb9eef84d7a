"""The map on a real local Ray cluster (a head and two worker nodes): the same rows as the local pool,
and a worker killed mid-run is retried by Ray with the result still exact."""

from __future__ import annotations

import pytest

from ingest.faults import KILL_WORKER_ENV
from ingest.lake.ingest import ingest_to_lake
from tests.lake_helpers import REAL_NEWS, SAMPLE, article_count, lake_rows

ray = pytest.importorskip("ray")
cluster_utils = pytest.importorskip("ray.cluster_utils")

pytestmark = pytest.mark.slow
NODE_MEMORY = {"object_store_memory": 150 * 1024**2}


@pytest.fixture(scope="module")
def cluster():
    """A head with no CPUs (it only schedules) and two one-CPU worker nodes, on this machine."""
    local = cluster_utils.Cluster(initialize_head=True, head_node_args={"num_cpus": 0, "include_dashboard": False, **NODE_MEMORY})
    for _ in range(2):
        local.add_node(num_cpus=1, **NODE_MEMORY)
    local.wait_for_nodes()
    yield local
    local.shutdown()


def _ingest_on(cluster, lake, env: dict[str, str] | None = None, chunk_files: int = 8) -> None:
    ray.init(address=cluster.address, log_to_driver=False, runtime_env={"env_vars": env or {}})
    try:
        for articles, manifest in (SAMPLE, REAL_NEWS):
            ingest_to_lake([str(articles)], lake, manifest, engine="ray", chunk_files=chunk_files)
    finally:
        ray.shutdown()


@pytest.fixture(scope="module")
def local_rows(tmp_path_factory):
    lake = tmp_path_factory.mktemp("local") / "lake"
    for articles, manifest in (SAMPLE, REAL_NEWS):
        ingest_to_lake([str(articles)], lake, manifest)
    return lake_rows(lake)


def test_ray_map_writes_the_rows_of_the_local_pool(cluster, local_rows, tmp_path):
    lake = tmp_path / "lake"
    _ingest_on(cluster, lake)
    found = lake_rows(lake)
    assert found == local_rows
    assert len(found["articles"]) == article_count(REAL_NEWS[0]) + article_count(SAMPLE[0])


def test_a_killed_ray_worker_is_retried_and_the_result_is_exact(cluster, local_rows, tmp_path):
    lake, marker = tmp_path / "lake", tmp_path / "killed"
    _ingest_on(cluster, lake, {KILL_WORKER_ENV: f"3:{marker}"})
    assert marker.exists()  # a worker really died on chunk 3 (of the real-news run's twelve)
    assert lake_rows(lake) == local_rows
