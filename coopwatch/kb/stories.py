"""Stories: near-duplicate documents (one press release republished, lightly edited) grouped by
MinHash/LSH (``datasketch``).

A document's shingles are pairs of neighbouring word stems (the first five letters of each word,
so inflection and small edits matter little). ``datasketch.MinHash`` gives the signature; the LSH
bands — ``datasketch.MinHashLSH``'s choice of bands and rows for the threshold — are stored in
``document_bands`` so candidates are found by an indexed query from any process, on SQLite or
PostgreSQL alike. A candidate joins the story when the signatures' estimated Jaccard similarity
reaches ``THRESHOLD``. On the dev corpus, copies of one release score 0.2–0.85 and different
stories at most 0.15.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import sqlalchemy as sa
from datasketch import MinHash, MinHashLSH
from sqlalchemy.engine import Connection

from coopwatch.kb.schema import document_bands, document_sketches, documents, facts
from coopwatch.kb.text import fold, words

NUM_PERM = 128
THRESHOLD = 0.2
STEM = 5
SEED = 1
MAX_CANDIDATES = 50  # the documents sharing most bands; enough for any real cluster
PER_BAND = 200
CHUNK = 500  # ids per IN (...) list
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
def _candidates(n: int) -> sa.Select:
    """The ``MAX_CANDIDATES`` documents sharing most of ``n`` bands (parameters ``b0``…; ties: the
    latest), with their signatures and stories — one statement, built once. Per band only the
    latest ``PER_BAND`` documents count (a band shared by thousands costs no more). Signatures and
    stories come from ``document_sketches``: small rows, not the documents' (migration 0013)."""
    per_band = [sa.select(document_bands.c.document_id).where(document_bands.c.band == sa.bindparam(f"b{i}"))
                .order_by(document_bands.c.document_id.desc()).limit(PER_BAND).subquery().select() for i in range(n)]
    hits = sa.union_all(*per_band).subquery()
    shared = sa.func.count().label("shared")
    top = (sa.select(hits.c.document_id, shared).group_by(hits.c.document_id)
           .order_by(shared.desc(), hits.c.document_id.desc()).limit(MAX_CANDIDATES).subquery())
    sk = document_sketches.c
    return sa.select(sk.document_id, sk.minhash, sk.story_id).join(top, top.c.document_id == sk.document_id)


@dataclass(frozen=True)
class Placed:
    story_id: int
    near: list[tuple[int, float]]  # (document id, similarity) of the near-duplicates found
    moved: list[int]  # other documents whose story changed (stories linked by this one, merged)


def place_in_story(conn: Connection, doc_id: int, m: MinHash) -> Placed:
    """Store the document's bands and put it in a story: the story of its near-duplicates (stories
    it links are merged into the oldest), else a new story of its own (its id = the document's).
    Its signature is stored with its story (``document_sketches``; a document stored before has
    its bands and sketch deleted by the caller first). The facts and sketches of the documents moved
    to another story get it too; the document's own facts are written by the caller with
    ``Placed.story_id`` (``coopwatch.kb.store``)."""
    keys = bands(m)
    rows = conn.execute(_candidates(len(keys)), {f"b{i}": k for i, k in enumerate(keys)}).all()
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
        for i in range(0, len(moved), CHUNK):  # their facts and sketches carry the story too
            chunk = moved[i:i + CHUNK]
            conn.execute(facts.update().where(facts.c.document_id.in_(chunk)).values(story_id=story_id))
            conn.execute(document_sketches.update().where(document_sketches.c.document_id.in_(chunk))
                         .values(story_id=story_id))
    conn.execute(documents.update().where(documents.c.id == doc_id).values(story_id=story_id))
    conn.execute(document_sketches.insert().values(document_id=doc_id, story_id=story_id, minhash=to_bytes(m)))
    conn.execute(document_bands.insert(), [{"band": k, "document_id": doc_id} for k in keys])
    return Placed(story_id, sorted(near, key=lambda x: -x[1]), moved)
