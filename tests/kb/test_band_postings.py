"""A band's documents as one row (``band_postings``, migration 0014), its ids since the last fold in
a row of ``band_fresh`` (migration 0016): after a stream of items with reprints, each band lists the
latest documents that have it — as a row per band and document gave — whether or not its fresh ids
were folded, and the candidates of a document are those the query over such rows gave: the
documents sharing most bands, each band counting its latest ``PER_BAND``; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import pytest
import sqlalchemy as sa

from coopwatch.kb import store, stories, synth
from coopwatch.kb.db import KB
from coopwatch.kb.ingest import ingest
from coopwatch.kb.schema import band_fresh, band_postings, document_sketches

from . import texts
from .helpers import prepared


def _every_band(conn: sa.Connection) -> dict[int, list[int]]:
    """Each band's documents, from their signatures: what a row per band and document held."""
    out: dict[int, list[int]] = defaultdict(list)
    for doc, blob in conn.execute(sa.select(document_sketches.c.document_id, document_sketches.c.minhash)):
        for k in stories.bands(stories.from_bytes(blob)):
            out[k].append(doc)
    return {k: sorted(set(v)) for k, v in out.items()}


def test_bands_list_their_latest_documents_and_candidates_rank_as_before(kb: KB, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stories, "PER_BAND", 3)  # small, so that common bands are cut
    monkeypatch.setattr(stories, "KEEP", 6)
    monkeypatch.setattr(stories, "FOLD_EVERY", 40)  # folded three times, 30 documents' fresh ids left
    items = synth.stream(150, seed=7, per_day=15)
    docs, given = tmp_path / "news.jsonl", tmp_path / "facts.jsonl"
    docs.write_text("".join(json.dumps(d.jsonl(), ensure_ascii=False) + "\n" for d in items), encoding="utf-8")
    given.write_text("".join(json.dumps(d.facts_line(), ensure_ascii=False) + "\n" for d in items), encoding="utf-8")
    ingest(kb, [str(docs)], workers=0, facts_file=given, progress=False)
    with kb.read() as conn:
        every = _every_band(conn)
        assert stories.stored_postings(conn) == {k: v[-6:] for k, v in every.items()}
        assert max(len(v) for v in every.values()) > 6  # some band was cut
        _fresh_after_older(conn)
        fresh = {k: list(stories._posting(v)) for k, v in conn.execute(sa.select(band_fresh))}
        assert fresh and {d for v in fresh.values() for d in v} == set(range(121, 151))
        sketches = dict(conn.execute(sa.select(document_sketches.c.document_id, document_sketches.c.minhash)).all())
    checked = 0
    for doc in sorted(sketches)[::7]:
        keys = stories.bands(stories.from_bytes(sketches[doc]))
        # what the query over a row per band and document gave, on the same rows: per band its latest 3
        # documents (other than this one), counted over the bands, most shared first, then the latest
        shared = Counter(d for k in keys for d in [x for x in every[k] if x != doc][-3:])
        expected = sorted(shared, key=lambda d: (-shared[d], -d))[:stories.MAX_CANDIDATES]
        postings = {k: np.asarray([x for x in every[k] if x != doc][-6:], dtype="<i4").tobytes() for k in set(keys)}
        assert stories._top(keys, postings) == expected
        checked += bool(expected)
    assert checked > 5


def test_a_document_placed_anew_leaves_its_old_bands(kb: KB) -> None:
    with kb.write() as c:
        _, doc = store.add(c, prepared("page", texts.KAZAN_PLAN, texts.KAZAN_PLAN_FACTS, url="https://example.org/p"))
        other = store.add(c, prepared("brest", texts.BREST, texts.BREST_FACTS))[1]
        store.add(c, prepared("page", texts.MINSK_VIEW, texts.MINSK_VIEW_FACTS, url="https://example.org/p"))
    with kb.read() as conn:
        every = _every_band(conn)
        stored = stories.stored_postings(conn)
        _fresh_after_older(conn)
    assert stored == every and {doc, other} == {d for v in every.values() for d in v}


def _fresh_after_older(conn: sa.Connection) -> None:
    """Each band's fresh ids are larger than its older ids (the band's documents are the two rows'
    bytes one after the other)."""
    older = {k: stories._posting(v) for k, v in conn.execute(sa.select(band_postings))}
    for k, v in conn.execute(sa.select(band_fresh)):
        ids = stories._posting(v)
        assert len(ids) and list(ids) == sorted(ids)
        assert k not in older or not len(older[k]) or older[k][-1] < ids[0]


def test_folding_keeps_every_bands_documents(kb: KB, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # no fold during the stream; then one: the fresh rows join the older ones (the latest ``KEEP``)
    monkeypatch.setattr(stories, "KEEP", 6)
    monkeypatch.setattr(stories, "FOLD_EVERY", 10**9)
    items = synth.stream(80, seed=3, per_day=10)
    docs, given = tmp_path / "news.jsonl", tmp_path / "facts.jsonl"
    docs.write_text("".join(json.dumps(d.jsonl(), ensure_ascii=False) + "\n" for d in items), encoding="utf-8")
    given.write_text("".join(json.dumps(d.facts_line(), ensure_ascii=False) + "\n" for d in items), encoding="utf-8")
    ingest(kb, [str(docs)], workers=0, facts_file=given, progress=False)
    with kb.write() as conn:
        conn.execute(band_postings.insert(), [{"band": k, "ids": np.asarray(v, dtype="<i4").tobytes()}
                                              for k, v in {7: [-3, -2, -1], 8: [-9]}.items()])
        before = stories.stored_postings(conn)
        assert conn.execute(sa.select(sa.func.count()).select_from(band_postings)).scalar() == 2
        stories.fold_fresh(conn)
    with kb.read() as conn:
        assert stories.stored_postings(conn) == before == {**{k: v[-6:] for k, v in _every_band(conn).items()},
                                                           7: [-3, -2, -1], 8: [-9]}
        assert conn.execute(sa.select(sa.func.count()).select_from(band_fresh)).scalar() == 0
        assert max(len(v) for v in before.values()) == 6


def test_migration_keeps_each_bands_latest_documents_and_goes_back(fresh_db_url: str) -> None:
    # 0014 fills a band's row from its rows in ``document_bands`` (the latest ``KEEP`` documents); going
    # back, ``document_bands`` is computed again from the documents' signatures
    from datetime import UTC, datetime

    from alembic import command

    from coopwatch.kb.db import alembic_config, current_revision, open_kb

    kb = open_kb(fresh_db_url)
    with kb.write() as conn:
        command.downgrade(alembic_config(conn), "0013")
    now = datetime.now(UTC)
    with kb.write() as conn:
        conn.execute(sa.text("INSERT INTO documents (id, name, content_hash, text, meta, ingested_at, relevant) "
                             "VALUES (:id, :name, :h, 'x', '{}', :now, true)"),
                     [{"id": i, "name": f"d{i}", "h": f"h{i}", "now": now} for i in range(1, 451)])
        rows = [{"b": 7, "d": i} for i in range(1, 451)] + [{"b": -5, "d": 3}, {"b": -5, "d": 1}]
        conn.execute(sa.text("INSERT INTO document_bands (band, document_id) VALUES (:b, :d)"), rows)
        command.upgrade(alembic_config(conn), "head")
    with kb.read() as conn:
        got = {k: list(stories._posting(v)) for k, v in conn.execute(sa.select(band_postings))}
    assert got == {7: list(range(51, 451)), -5: [1, 3]}
    sig = stories.signature(texts.KAZAN_PLAN)
    with kb.write() as conn:
        conn.execute(document_sketches.insert().values(document_id=2, story_id=2, minhash=stories.to_bytes(sig)))
        command.downgrade(alembic_config(conn), "0013")
        back = sorted(conn.execute(sa.text("SELECT band, document_id FROM document_bands")).all())
    assert back == sorted((k, 2) for k in stories.bands(sig))
    assert current_revision(kb) == "0013"
    kb.dispose()


def test_migration_0016_starts_fresh_ids_empty_and_folds_them_back(fresh_db_url: str) -> None:
    # 0016 adds ``band_fresh`` empty (every id of an existing base stays in ``band_postings``);
    # going back, the fresh ids are folded into ``band_postings`` (the latest ``KEEP``)
    from alembic import command

    from coopwatch.kb.db import alembic_config, current_revision, open_kb

    kb = open_kb(fresh_db_url)
    with kb.write() as conn:
        command.downgrade(alembic_config(conn), "0015")
        conn.execute(band_postings.insert(), [{"band": 5, "ids": np.arange(1, 399, dtype="<i4").tobytes()},
                                              {"band": 6, "ids": np.asarray([4], dtype="<i4").tobytes()}])
        command.upgrade(alembic_config(conn), "head")
    with kb.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(band_fresh)).scalar() == 0
        assert stories.stored_postings(conn) == {5: list(range(1, 399)), 6: [4]}
    with kb.write() as conn:
        conn.execute(band_fresh.insert(), [{"band": 5, "ids": np.arange(400, 405, dtype="<i4").tobytes()},
                                           {"band": 9, "ids": np.asarray([401], dtype="<i4").tobytes()}])
        command.downgrade(alembic_config(conn), "0015")
        got = {k: list(stories._posting(v)) for k, v in conn.execute(sa.text("SELECT band, ids FROM band_postings"))}
    assert got == {5: [*range(4, 399), *range(400, 405)], 6: [4], 9: [401]}
    assert current_revision(kb) == "0015"
    kb.dispose()


def test_the_candidates_similarities_are_minhash_jaccard() -> None:
    """``stories._similar`` compares a signature with all the candidates' stored signatures at once:
    each similarity is exactly ``MinHash.jaccard`` of the two, as the comparison one by one gave it
    (reprints with light edits, different items, the signature itself)."""
    items = synth.stream(60, seed=7, per_day=12)
    sigs = [stories.signature(d.text) for d in items]
    rows = [(i, stories.to_bytes(s), None) for i, s in enumerate(sigs)]
    near = 0
    for j, m in enumerate(sigs):
        got = stories._similar(np.asarray(m.hashvalues, dtype=np.uint64), rows)
        assert got == [m.jaccard(s) for s in sigs]
        assert got[j] == 1.0 and min(got) < stories.THRESHOLD
        near += sum(1 for i, x in enumerate(got) if i != j and x >= stories.THRESHOLD)
    assert near > 0  # reprints: other documents above the story threshold
    assert stories._similar(np.asarray(sigs[0].hashvalues, dtype=np.uint64), []) == []


def test_signatures_share_their_permutations_and_are_datasketchs() -> None:
    """``stories.signature`` and ``from_bytes`` reuse one set of permutations (datasketch drew them anew, a
    ``RandomState`` for every ``MinHash``): the same signatures, bands and similarities as a fresh ``MinHash``."""
    from datasketch import MinHash

    for d in synth.stream(30, seed=7, per_day=10):
        fresh = MinHash(num_perm=stories.NUM_PERM, seed=stories.SEED, scheme=stories.SCHEME)
        fresh.update_batch(list(stories.shingles(d.text)))
        m = stories.signature(d.text)
        assert np.array_equal(m.hashvalues, fresh.hashvalues) and np.array_equal(m.permutations, fresh.permutations)
        back = stories.from_bytes(stories.to_bytes(m))
        assert back.permutations is m.permutations and back.jaccard(fresh) == 1.0
        assert stories.bands(back) == stories.bands(fresh)


def test_stress_marks_stripped_as_the_translation_did() -> None:
    """``text.strip_marks`` removes U+0301 and U+0300 by ``str.replace``: what ``str.translate`` gave."""
    import unicodedata

    from coopwatch.kb.text import strip_marks

    table = dict.fromkeys(map(ord, "\u0301\u0300"))
    for s in ["Каза́нь", "Каза̀нь и Моско́вская", "ё й Ё Й", "е\u0308ж", "\u0301", "", "a\u0300\u0301b",
              *[d.text for d in synth.stream(5, seed=3)]]:
        assert strip_marks(s) == unicodedata.normalize("NFC", s).translate(table)
