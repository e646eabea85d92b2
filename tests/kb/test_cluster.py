"""``coopwatch ingest --cluster`` (issue 14): a Dask cluster of two worker processes on this machine
extracts, this process writes. The knowledge base it builds is the one a single process builds from
the same input, fact for fact and source for source — on SQLite and on PostgreSQL — and a worker
killed in the middle of the run changes nothing in it.

The input: the demonstration notes as files (extracted by the real extractor on the workers) and a
synthetic news stream as JSON Lines with its facts given (cut into partitions by lines).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopwatch.kb import synth
from coopwatch.kb.cluster import ingest_cluster
from coopwatch.kb.db import open_kb
from coopwatch.kb.ingest import ingest
from coopwatch.paths import SAMPLES

from .helpers import snapshot

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], Path]:
    folder = tmp_path_factory.mktemp("cluster-input")
    notes = folder / "notes"
    notes.mkdir()
    for src in sorted(SAMPLES.glob("*.txt")):
        (notes / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    docs = synth.stream(60, seed=14, per_day=10)
    (folder / "news.jsonl").write_text("".join(json.dumps(d.jsonl(), ensure_ascii=False) + "\n" for d in docs),
                                       encoding="utf-8")
    facts = folder / "facts.jsonl"
    facts.write_text("".join(json.dumps(d.facts_line(), ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return [str(notes), str(folder / "news.jsonl")], facts


@pytest.fixture(scope="module")
def expected(inputs: tuple[list[str], Path], tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The knowledge base one process builds from the input."""
    paths, facts = inputs
    kb = open_kb(str(tmp_path_factory.mktemp("single") / "kb.db"))
    summary = ingest(kb, paths, workers=0, facts_file=facts, progress=False)
    assert not summary.failures and summary.added > 70
    snap = snapshot(kb)
    kb.dispose()
    return snap


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.LocalCluster]:
    """Two worker processes of one thread each, like ``--cluster local -j 2``; the ingest connects
    to its scheduler as to a remote one."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as lc:
        yield lc


def worker_pids(cluster: distributed.LocalCluster) -> set[int]:
    """The worker processes (each run by a nanny in this process, which starts a new one when it dies)."""
    return {n.process.pid for n in cluster.workers.values() if n.process is not None and n.process.pid}


def test_the_cluster_builds_the_knowledge_base_one_process_builds(tmp_path: Path, inputs, expected, cluster) -> None:
    """On SQLite (the test below builds it on PostgreSQL)."""
    paths, facts = inputs
    kb = open_kb(str(tmp_path / "kb.db"))
    summary = ingest_cluster(kb, paths, cluster=cluster.scheduler_address, facts_file=facts, partition=10,
                             progress=False)
    assert not summary.failures
    assert snapshot(kb) == expected
    # run again: every document is known, nothing changes
    again = ingest_cluster(kb, paths, cluster=cluster.scheduler_address, facts_file=facts, partition=10,
                           progress=False)
    assert again.added == 0 and again.skipped == summary.added
    assert snapshot(kb) == expected
    kb.dispose()


@pytest.mark.postgres
def test_a_worker_killed_in_the_middle_of_the_run_changes_nothing(pg_url: str, inputs, expected, cluster) -> None:
    """On PostgreSQL: a worker process killed after the first partition is written; the partitions
    it held are run again by another, and the knowledge base is the one a single process builds."""
    paths, facts = inputs
    before = worker_pids(cluster)
    killed = threading.Event()

    def kill_one(summary) -> None:  # noqa: ANN001 - after the first partition is written
        if not killed.is_set():
            killed.set()
            os.kill(min(before), signal.SIGKILL)

    kb = open_kb(pg_url)
    summary = ingest_cluster(kb, paths, cluster=cluster.scheduler_address, facts_file=facts, partition=4,
                             progress=False, on_batch=kill_one)
    assert killed.is_set()
    assert not summary.failures
    assert snapshot(kb) == expected
    kb.dispose()
    cluster.wait_for_workers(2, timeout=60)
    assert worker_pids(cluster) != before  # the nanny started a new worker


def test_the_command_line_starts_a_local_cluster_and_names_an_unreachable_one(inputs, tmp_path: Path) -> None:
    """``coopwatch ingest --cluster local -j 1`` as a user runs it; a scheduler nobody listens at is
    a clear error in Russian, exit code 1, nothing written."""
    paths, facts = inputs
    exe = str(Path(sys.executable).parent / "coopwatch")
    done = subprocess.run([exe, "ingest", paths[1], "--facts", str(facts), "--db", str(tmp_path / "kb.db"),
                           "--cluster", "local", "-j", "1", "--partition", "25", "--no-progress"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "Добавлено документов: 60," in done.stderr
    refused = subprocess.run([exe, "ingest", paths[1], "--db", str(tmp_path / "other.db"), "--cluster",
                              "tcp://127.0.0.1:9", "--no-progress"], capture_output=True, text=True, timeout=120)
    assert refused.returncode == 1
    assert "не удалось подключиться к кластеру Dask tcp://127.0.0.1:9" in refused.stderr


def test_partitions_read_what_one_process_reads(inputs, tmp_path: Path) -> None:
    """Cut into partitions and read part by part (as the workers read them), the input gives the
    documents ``read_paths`` gives — ids, sources, texts — also from object storage (fsspec's
    memory file system) and from a web archive."""
    import fsspec

    from coopwatch.ingest import read_paths
    from coopwatch.kb import sources
    from tests.crawl.test_warc import write_warc

    paths, _ = inputs
    write_warc(tmp_path / "crawl.warc.gz")
    local = [*paths, str(tmp_path / "crawl.warc.gz")]

    def by_parts(given: list[str]) -> list[tuple]:
        parts = list(sources.partitions(given, size=7))
        assert all(isinstance(p, sources.Partition) for p in parts)
        assert len(parts) > 5
        return [(d.id, d.source, d.url, d.text) for p in parts for d in sources.read_partition(p)]

    whole = [(d.id, d.source, d.url, d.text) for d in read_paths(local)]
    assert by_parts(local) == whole
    with fsspec.open("memory://bucket/news.jsonl", "wb") as fh:
        fh.write(Path(paths[1]).read_bytes())
    remote = by_parts(["memory://bucket/news.jsonl"])
    assert [(i, t) for i, _, _, t in remote] == [(i, t) for i, source, _, t in whole if "news.jsonl" in source]
    assert remote[0][1] == "memory://bucket/news.jsonl:1"
