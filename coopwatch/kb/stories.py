"""Stories: near-duplicate documents (one press release republished, lightly edited) grouped by
MinHash/LSH (``datasketch``).

A document's shingles are pairs of neighbouring word stems (the first five letters of each word,
so inflection and small edits matter little). ``datasketch.MinHash`` gives the signature; the LSH
bands — ``datasketch.MinHashLSH``'s choice of bands and rows for the threshold — are stored as
a row per band listing its latest documents (``band_postings``; the ids since the last fold in a
row of ``band_fresh``), so candidates are found from any process, on SQLite or PostgreSQL alike, by reading a document's 28 bands, whatever the number
of documents that share them; the signatures and stories of the candidates are small rows of
their own (``document_sketches``). A candidate joins the story when the signatures' estimated
Jaccard similarity reaches ``THRESHOLD``. On the dev corpus, copies of one release score 0.2–0.85 and different
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

from coopwatch.kb.schema import band_fresh, band_postings, document_sketches, documents, facts
from coopwatch.kb.text import fold, words

NUM_PERM = 128
THRESHOLD = 0.2
STEM = 5
SEED = 1
MAX_CANDIDATES = 50  # the documents sharing most bands; enough for any real cluster
PER_BAND = 200
# A band's documents are stored as rows of ids (``band_postings``, migration 0014; see below), the latest
# ``KEEP``: twice what is counted, so that a document placed anew (its text changed at its URL)
# leaves the latest ``PER_BAND`` of its bands as they would be with every id stored — unless more
# than ``PER_BAND`` of a band's latest documents were placed anew.
KEEP = 2 * PER_BAND
CHUNK = 500  # ids per IN (...) list
SCHEME = "affine32"  # datasketch 2 permutation scheme; stored signatures depend on it


def shingles(text: str) -> set[bytes]:
    stems = [fold(w)[:STEM] for w in words(text)]
    if len(stems) < 2:
        return {s.encode() for s in stems}
    return {f"{a} {b}".encode() for a, b in zip(stems, stems[1:], strict=False)}


@lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    """The signatures' permutations, made once: datasketch draws them anew for every ``MinHash`` (a
    ``numpy.random.RandomState`` seeded with ``SEED``), two a document written."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def signature(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
    m.update_batch(list(shingles(text)))
    return m


def to_bytes(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=np.frombuffer(data, dtype=np.uint64).copy(),
                   permutations=_permutations())


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


def _posting(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<i4")


# A band's documents are two rows (migration 0016): its older ids in ``band_postings``, its ids since
# the last fold in ``band_fresh`` — every one of them larger than each id of the first row, so that
# the band's documents are the first row's bytes followed by the second's. A new document writes
# ``band_fresh``, small (the bands of the last ``FOLD_EVERY`` documents at most), so that the rows a
# transaction writes share pages; once every ``FOLD_EVERY`` documents the fresh rows are folded into
# ``band_postings`` in one statement, in band order (``fold_fresh``). With one table of random keys, each
# of a document's 28 band rows took a page of its own once the table was much larger than a
# transaction's rows (25 pages a document on a base of 100,000 documents, 18 on 20,000).
FOLD_EVERY = 2000


@lru_cache(maxsize=64)
def _rows_sql(dialect: str, n: int) -> str:
    """Both rows of ``n`` bands, one statement (written out for the driver: SQLAlchemy's expansion of
    two ``IN`` lists cost more than the look-ups, once for every document)."""
    mark = "?" if dialect == "sqlite" else "%s"
    keys = ", ".join([mark] * n)
    return (f"SELECT band, ids, 0 FROM band_postings WHERE band IN ({keys}) "
            f"UNION ALL SELECT band, ids, 1 FROM band_fresh WHERE band IN ({keys})")


def _rows(conn: Connection, keys: list[int]) -> tuple[dict[int, bytes], dict[int, bytes]]:
    """The stored rows of the bands ``keys``: (older ids, fresh ids), in one statement."""
    older: dict[int, bytes] = {}
    fresh: dict[int, bytes] = {}
    unique = sorted(set(keys))
    for band, ids, is_fresh in conn.exec_driver_sql(_rows_sql(conn.dialect.name, len(unique)), tuple(unique * 2)):
        (fresh if is_fresh else older)[band] = bytes(ids)
    return older, fresh


def stored_postings(conn: Connection) -> dict[int, list[int]]:
    """Every band's latest ``KEEP`` documents, as stored (both rows; for tests and comparisons)."""
    out: dict[int, bytes] = {}
    for table in (band_postings, band_fresh):  # the older ids first
        for band, ids in conn.execute(sa.select(table.c.band, table.c.ids)):
            out[band] = out.get(band, b"") + bytes(ids)
    return {k: [int(i) for i in _posting(v)[-KEEP:]] for k, v in out.items() if v}


def _top(keys: list[int], postings: dict[int, bytes]) -> list[int]:
    """The ``MAX_CANDIDATES`` documents sharing most of the bands ``keys`` (ties: the latest), each
    band counting its latest ``PER_BAND`` documents (a band shared by thousands costs no more)."""
    lists = [_posting(postings[k])[-PER_BAND:] for k in keys if k in postings]
    if not lists:
        return []
    ids, shared = np.unique(np.concatenate(lists), return_counts=True)
    order = np.lexsort((-ids.astype(np.int64), -shared))[:MAX_CANDIDATES]
    return [int(i) for i in ids[order]]


@lru_cache(maxsize=64)
def _sketches_sql(dialect: str, n: int) -> str:
    """The sketches and stories of ``n`` documents, one statement: the one SQLAlchemy renders for an
    expanding ``IN``, written out for the driver as ``_rows`` (its compilation, once for every
    document, cost more than the look-up)."""
    mark = "?" if dialect == "sqlite" else "%s"
    return (f"SELECT document_sketches.document_id, document_sketches.minhash, document_sketches.story_id "
            f"FROM document_sketches WHERE document_sketches.document_id IN ({', '.join([mark] * n)})")


def _similar(mine: np.ndarray, rows: list[tuple[int, bytes, int | None]]) -> list[float]:
    """``MinHash.jaccard`` of the signature ``mine`` with each stored signature, in one comparison of
    all of them (each the share of equal hash values: a count of at most ``NUM_PERM`` over
    ``NUM_PERM``, the same float whatever the order of the sum)."""
    if not rows:
        return []
    stored = np.frombuffer(b"".join(bytes(blob) for _, blob, _ in rows), dtype=np.uint64).reshape(len(rows), -1)
    return [float(s) for s in np.mean(stored == mine, axis=1)]


def _write_postings(conn: Connection, changed: dict[int, bytes], *, fresh: bool = False) -> None:
    """Rows written whole (inserted, or replacing what the band had); an empty one is deleted.
    Written out for the driver, as ``_rows``."""
    table = "band_fresh" if fresh else "band_postings"
    mark = "?" if conn.dialect.name == "sqlite" else "%s"
    gone = [(k,) for k, v in sorted(changed.items()) if not v]
    if gone:
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE band = {mark}", gone)
    rows = [(k, v) for k, v in sorted(changed.items()) if v]
    if rows:
        conn.exec_driver_sql(f"INSERT INTO {table} (band, ids) VALUES ({mark}, {mark}) "
                             "ON CONFLICT (band) DO UPDATE SET ids = excluded.ids", rows)


# The fresh rows folded into the older ones: each band's bytes appended to its older row, the latest
# ``KEEP`` ids kept (on SQLite ``||`` of two blobs keeps their bytes; ``substr`` of a blob counts bytes).
_FOLD = {
    "sqlite": f"""INSERT INTO band_postings (band, ids) SELECT band, ids FROM band_fresh WHERE true
        ON CONFLICT (band) DO UPDATE SET ids = substr(CAST(band_postings.ids || excluded.ids AS BLOB), -{4 * KEEP})""",
    "postgresql": f"""INSERT INTO band_postings (band, ids) SELECT band, ids FROM band_fresh
        ON CONFLICT (band) DO UPDATE SET ids = substring(band_postings.ids || excluded.ids
            FROM greatest(octet_length(band_postings.ids || excluded.ids) - {4 * KEEP - 1}, 1))""",
}


def fold_fresh(conn: Connection) -> None:
    """The fresh rows of the bands into their older rows, in band order, and ``band_fresh`` emptied."""
    conn.execute(sa.text(_FOLD[conn.dialect.name]))
    conn.execute(band_fresh.delete())


def _with(blob: bytes, doc_id: int) -> bytes:
    """A band's documents with ``doc_id`` among them (in order; the latest ``KEEP``). A new document
    has the largest id: appended to the bytes (a document placed anew: put in its place)."""
    mine = doc_id.to_bytes(4, "little", signed=True)
    if not blob or int.from_bytes(blob[-4:], "little", signed=True) < doc_id:
        return (blob + mine)[-4 * KEEP:]
    ids = _posting(blob)
    at = int(np.searchsorted(ids, doc_id))
    if at < len(ids) and ids[at] == doc_id:
        return blob
    return np.insert(ids, at, doc_id)[-KEEP:].astype("<i4").tobytes()


def _add(conn: Connection, keys: list[int], older: dict[int, bytes], fresh: dict[int, bytes], doc_id: int) -> None:
    """``doc_id`` into each band of ``keys``: into the fresh row when it is larger than every older
    id of the band (a new document always is), else — a document placed anew, older than the band's
    older row's last — into the older row, so that fresh ids stay larger than older ones."""
    to_fresh, to_older = {}, {}
    for k in keys:
        old = older.get(k, b"")
        if not old or int.from_bytes(old[-4:], "little", signed=True) < doc_id:
            to_fresh[k] = _with(fresh.get(k, b""), doc_id)
        else:
            to_older[k] = _with(old, doc_id)
    _write_postings(conn, to_fresh, fresh=True)
    _write_postings(conn, to_older)


def remove(conn: Connection, doc_id: int) -> None:
    """A stored document leaves its bands and loses its sketch (its text changed: placed anew)."""
    blob = conn.execute(sa.select(document_sketches.c.minhash)
                        .where(document_sketches.c.document_id == doc_id)).scalar()
    if blob is None:
        return
    keys = bands(from_bytes(blob))
    older, fresh = _rows(conn, keys)
    for rows, is_fresh in ((older, False), (fresh, True)):
        lists = {k: _posting(v) for k, v in rows.items()}
        _write_postings(conn, {k: v[v != doc_id].astype("<i4").tobytes() for k, v in lists.items() if doc_id in v},
                        fresh=is_fresh)
    conn.execute(document_sketches.delete().where(document_sketches.c.document_id == doc_id))


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
    older, fresh = _rows(conn, keys)
    top = _top(keys, {k: older.get(k, b"") + fresh.get(k, b"") for k in older.keys() | fresh.keys()})
    rows = list(conn.exec_driver_sql(_sketches_sql(conn.dialect.name, len(top)), tuple(top))) if top else []
    rows = [(cid, blob, story) for cid, blob, story in rows if blob is not None and cid != doc_id]
    near: list[tuple[int, float]] = []
    stories: set[int] = set()
    for (cid, _, story), sim in zip(rows, _similar(np.asarray(m.hashvalues, dtype=np.uint64), rows), strict=True):
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
    _add(conn, keys, older, fresh, doc_id)
    if doc_id % FOLD_EVERY == 0:
        fold_fresh(conn)
    return Placed(story_id, sorted(near, key=lambda x: -x[1]), moved)
