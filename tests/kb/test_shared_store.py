"""The knowledge base as a shared store (issue 14): the web application reads while an ingest
writes, on SQLite (WAL) and on PostgreSQL (MVCC). Reads never fail with "database is locked" and
never see half a batch: every document they see has its facts fused (each of its facts belongs to a
canonical fact), and what they count only grows.
"""

from __future__ import annotations

import threading

import sqlalchemy as sa

from coopwatch.kb import ingest as ingest_module
from coopwatch.kb import query, synth
from coopwatch.kb.db import KB
from coopwatch.kb.schema import facts


def test_reads_while_an_ingest_writes_see_whole_batches(kb: KB, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(ingest_module, "BATCH_DOCS", 20)  # many short transactions
    docs = synth.stream(120, seed=15, per_day=20)
    errors: list[BaseException] = []

    def write() -> None:
        try:
            synth.store(kb, docs)
        except BaseException as e:  # noqa: BLE001 - reported by the test
            errors.append(e)

    writer = threading.Thread(target=write)
    writer.start()
    seen, reads = [], 0
    while writer.is_alive() or reads == 0:
        o = query.overview(kb)
        with kb.read() as c:
            unfused = c.execute(sa.select(sa.func.count()).select_from(facts)
                                .where(facts.c.canonical_id.is_(None))).scalar_one()
        assert unfused == 0  # a batch is seen whole: its facts fused in the same transaction
        seen.append((o.n_documents, o.n_facts))
        reads += 1
    writer.join()
    assert not errors, errors
    assert seen == sorted(seen)  # counts only grow
    assert query.overview(kb).n_documents == 120
    assert len({n for n, _ in seen}) > 2  # the reads did see the ingest under way
