"""The LSH band index in levels (``coopwatch.kb.stories``) finds the same candidates as one index of
all rows would: random documents' bands written through the levels (small ``SPILL`` and ``SLICES``,
so rows move through every level many times), each query checked against the single index's
answer computed from all rows."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from coopwatch.kb import stories
from coopwatch.kb.db import open_kb
from coopwatch.kb.schema import band_levels, documents


def single_index(rows: dict[int, set[int]], keys: list[int], per_band: int, top: int) -> list[int]:
    """What the one-table query gives: per band the latest ``per_band`` documents, then the ``top``
    documents sharing most bands (ties: the latest)."""
    shared: dict[int, int] = {}
    for k in keys:
        for d in sorted(rows.get(k, ()), reverse=True)[:per_band]:
            shared[d] = shared.get(d, 0) + 1
    return [d for d, _ in sorted(shared.items(), key=lambda x: (-x[1], -x[0]))[:top]]


def _document(conn: sa.Connection, i: int) -> int:
    return conn.execute(documents.insert().values(name=f"d{i}", content_hash=f"h{i}", text="", lemmas="", meta={},
                                                  ingested_at=datetime.now(UTC))).inserted_primary_key[0]


@pytest.mark.parametrize("seed", [1, 2])
def test_levels_give_the_single_index_candidates(db_url: str, seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stories, "SPILL", 3)
    monkeypatch.setattr(stories, "SLICES", (3, 5))
    monkeypatch.setattr(stories, "PER_BAND", 4)
    monkeypatch.setattr(stories, "MAX_CANDIDATES", 6)
    rnd = random.Random(seed)
    pool = [rnd.getrandbits(64) - 2 ** 63 for _ in range(40)] + [-2 ** 63, 2 ** 63 - 1]  # the key space's ends too
    rows: dict[int, set[int]] = {}
    kb = open_kb(db_url)
    seen_in = [0] * len(band_levels)
    try:
        for i in range(160):
            keys = rnd.sample(pool, rnd.randint(1, 8))
            with kb.write() as conn:
                doc = _document(conn, i)
                stories.store_bands(conn, doc, keys)
            for k in keys:
                rows.setdefault(k, set()).add(doc)
            with kb.read() as conn:
                for level, t in enumerate(band_levels):
                    seen_in[level] += conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one() > 0
                stored = {(b, d) for t in band_levels for b, d in conn.execute(sa.select(t.c.band, t.c.document_id))}
                assert stored == {(k, d) for k, ds in rows.items() for d in ds}  # each row once, in one level
                for _ in range(3):
                    query = rnd.sample(pool, rnd.randint(1, 10))
                    got = [r.id for r in stories.candidates(conn, query)]
                    want = single_index(rows, query, stories.PER_BAND, stories.MAX_CANDIDATES)
                    assert sorted(got) == sorted(want), (i, query)
        assert all(n > 10 for n in seen_in), seen_in  # rows were in every level, many times
        # a document stored anew leaves every level (found by its bands)
        with kb.read() as conn:
            some = {d for ds in rows.values() for d in ds}
        monkeypatch.setattr(stories, "from_bytes", lambda b: b)
        monkeypatch.setattr(stories, "bands", lambda b: [int(x) for x in b.split(b"|")])
        for doc in sorted(some)[::7]:
            keys = [k for k, ds in rows.items() if doc in ds]
            with kb.write() as conn:
                stories.forget(conn, doc, None if doc % 2 else _signature_with(keys))
            for k in keys:
                rows[k].discard(doc)
        with kb.read() as conn:
            stored = {(b, d) for t in band_levels for b, d in conn.execute(sa.select(t.c.band, t.c.document_id))}
        assert stored == {(k, d) for k, ds in rows.items() for d in ds}
    finally:
        kb.dispose()


def _signature_with(keys: list[int]) -> bytes:
    """A stand-in signature whose bands are ``keys`` (forget reads the bands from the signature)."""
    return b"|".join(str(k).encode() for k in keys)
