"""Stories: near-duplicate documents (one press release republished, lightly edited) grouped by
MinHash/LSH (``datasketch``).

A document's shingles are pairs of neighbouring word stems (the first five letters of each word,
so inflection and small edits matter little). ``datasketch.MinHash`` gives the signature; the LSH
bands — ``datasketch.MinHashLSH``'s choice of bands and rows for the threshold — are stored in
the band index so candidates are found by an indexed query from any process, on SQLite or
PostgreSQL alike. A candidate joins the story when the signatures' estimated Jaccard similarity
reaches ``THRESHOLD``. On the dev corpus, copies of one release score 0.2–0.85 and different
stories at most 0.15.

The band index is kept in levels (``schema.band_levels``), so that writing a document's bands costs
the same whatever the size of the base. Band keys are random: in one index much larger than a
transaction, each of a document's 28 rows dirties a page of its own. So new rows go to level 0,
which stays small (a transaction's rows share its few pages); every ``SPILL`` documents (by
document id) level 0 moves whole into level 1, one key range of level 1 (1/``SLICES[0]`` of the key
space, the ranges taken in turn) into level 2, and one of level 2 (1/``SLICES[1]``) into the last —
each move a run of neighbouring pages of the two levels, a bounded number of rows. A document's
rows are in exactly one level, so the candidates — per band the latest ``PER_BAND`` documents of
all levels, then the ``MAX_CANDIDATES`` sharing most bands — are those of a single index
(``tests/kb/test_band_levels.py``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import sqlalchemy as sa
from datasketch import MinHash, MinHashLSH
from sqlalchemy.engine import Connection

from coopwatch.kb.schema import band_levels, documents
from coopwatch.kb.text import fold, words

NUM_PERM = 128
THRESHOLD = 0.2
STEM = 5
SEED = 1
MAX_CANDIDATES = 50  # the documents sharing most bands; enough for any real cluster
PER_BAND = 200
SPILL = 128  # level 0 moves into level 1 at every document id divisible by this
SLICES = (16, 256)  # the key ranges in which level 1 moves into level 2, and level 2 into the last
SCHEME = "affine32"  # datasketch 2 permutation scheme; stored signatures depend on it


def shingles(text: str) -> set[bytes]:
    stems = [fold(w)[:STEM] for w in words(text)]
    if len(stems) < 2:
        return {s.encode() for s in stems}
    return {f"{a} {b}".encode() for a, b in zip(stems, stems[1:], strict=False)}


def signature(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    m.update_batch(list(shingles(text)))
    return m


def to_bytes(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=np.frombuffer(data, dtype=np.uint64).copy())


@lru_cache(maxsize=1)
def band_shape() -> tuple[int, int]:
    """(bands, rows per band) that datasketch picks for ``THRESHOLD`` and ``NUM_PERM``."""
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def bands(m: MinHash) -> list[int]:
    """One signed 64-bit key per band (the band's index is part of the key)."""
    b, r = band_shape()
    values = np.asarray(m.hashvalues, dtype=np.uint64)
    out = []
    for i in range(b):
        digest = hashlib.blake2b(i.to_bytes(2, "big") + values[i * r:(i + 1) * r].tobytes(), digest_size=8)
        out.append(int.from_bytes(digest.digest(), "big", signed=True))
    return out


@lru_cache(maxsize=4)
def _candidates(n: int, per_band: int, top: int) -> sa.Select:
    """The ``top`` documents sharing most of ``n`` bands (parameters ``b0``…; ties: the latest),
    with their signatures and stories — one statement, built once. Per band only the latest
    ``per_band`` documents of all levels count (a band shared by thousands costs no more)."""
    def latest(i: int) -> sa.Select:
        levels = [sa.select(t.c.document_id).where(t.c.band == sa.bindparam(f"b{i}"))
                  .order_by(t.c.document_id.desc()).limit(per_band).subquery().select() for t in band_levels]
        both = sa.union_all(*levels).subquery()
        return sa.select(both.c.document_id).order_by(both.c.document_id.desc()).limit(per_band).subquery().select()

    hits = sa.union_all(*(latest(i) for i in range(n))).subquery()
    shared = sa.func.count().label("shared")
    best = (sa.select(hits.c.document_id, shared).group_by(hits.c.document_id)
            .order_by(shared.desc(), hits.c.document_id.desc()).limit(top).subquery())
    return sa.select(documents.c.id, documents.c.minhash, documents.c.story_id).join(best, best.c.document_id ==
                                                                                     documents.c.id)


def candidates(conn: Connection, keys: list[int]) -> list[sa.Row]:
    """(id, minhash, story_id) of the documents sharing most of these band keys."""
    return conn.execute(_candidates(len(keys), PER_BAND, MAX_CANDIDATES), {f"b{i}": k for i, k in enumerate(keys)}).all()


def _key_range(i: int, n: int) -> tuple[int, int]:
    """The i-th of n equal ranges of signed 64-bit keys (inclusive)."""
    width = 2 ** 64 // n
    lo = -2 ** 63 + i * width
    return lo, (2 ** 63 - 1 if i == n - 1 else lo + width - 1)


def _move(conn: Connection, src: sa.Table, dst: sa.Table, key_range: tuple[int, int] | None = None) -> None:
    """Rows of ``src`` (in a key range, else all) into ``dst``, in key order."""
    rows = sa.select(src.c.band, src.c.document_id)
    gone = src.delete()
    if key_range is not None:
        rows = rows.where(src.c.band.between(*key_range))
        gone = gone.where(src.c.band.between(*key_range))
    conn.execute(dst.insert().from_select(["band", "document_id"], rows.order_by(src.c.band, src.c.document_id)))
    conn.execute(gone)


def spill(conn: Connection, doc_id: int) -> None:
    """Move rows down the levels when ``doc_id`` is a multiple of ``SPILL`` (deepest first, so no
    row moves twice at once)."""
    if doc_id % SPILL:
        return
    turn = doc_id // SPILL
    l0, l1, l2, last = band_levels
    _move(conn, l2, last, _key_range(turn % SLICES[1], SLICES[1]))
    _move(conn, l1, l2, _key_range(turn % SLICES[0], SLICES[0]))
    _move(conn, l0, l1)


def store_bands(conn: Connection, doc_id: int, keys: list[int]) -> None:
    """A document's band keys into level 0, then the levels' turn to move (``spill``)."""
    conn.execute(band_levels[0].insert(), [{"band": k, "document_id": doc_id} for k in sorted(set(keys))])
    spill(conn, doc_id)


def forget(conn: Connection, doc_id: int, minhash: bytes | None) -> None:
    """Remove a document's bands (it is stored anew): found by its bands in every level, or — a
    document stored without a signature — by reading the levels."""
    for t in band_levels:
        gone = t.delete().where(t.c.document_id == doc_id)
        if minhash is not None:
            gone = gone.where(t.c.band.in_(bands(from_bytes(minhash))))
        conn.execute(gone)


@dataclass(frozen=True)
class Placed:
    story_id: int
    near: list[tuple[int, float]]  # (document id, similarity) of the near-duplicates found
    moved: list[int]  # other documents whose story changed (stories linked by this one, merged)


def place_in_story(conn: Connection, doc_id: int, m: MinHash) -> Placed:
    """Store the document's bands and put it in a story: the story of its near-duplicates (stories
    it links are merged into the oldest), else a new story of its own (its id = the document's)."""
    keys = bands(m)
    rows = candidates(conn, keys)
    near: list[tuple[int, float]] = []
    stories: set[int] = set()
    if rows:
        mine = np.asarray(m.hashvalues, dtype=np.uint64)
        for cid, blob, story in rows:
            if blob is None or cid == doc_id:
                continue
            sim = float(np.mean(np.frombuffer(blob, dtype=np.uint64) == mine))  # MinHash.jaccard, unpacked
            if sim >= THRESHOLD:
                near.append((cid, sim))
                stories.add(story if story is not None else cid)
    story_id = min(stories) if stories else doc_id
    moved: list[int] = []
    if len(stories) > 1:
        others = sorted(stories - {story_id})
        moved = list(conn.execute(sa.select(documents.c.id).where(documents.c.story_id.in_(others))).scalars())
        conn.execute(documents.update().where(documents.c.story_id.in_(others)).values(story_id=story_id))
    conn.execute(documents.update().where(documents.c.id == doc_id).values(story_id=story_id))
    store_bands(conn, doc_id, keys)
    return Placed(story_id, sorted(near, key=lambda x: -x[1]), moved)
