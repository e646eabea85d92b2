"""A canonical fact that only gains members (``fuse.grow``) has its counts, stories, days and
people brought up to date without reading its old members: what that leaves is what recomputing
it from all its members gives, on SQLite and PostgreSQL. Its stories are rows of
``canonical_stories`` (migration 0011), not a list rewritten whole by every transaction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from coopwatch.kb import fuse, synth
from coopwatch.kb.db import KB
from coopwatch.kb.ingest import ingest
from coopwatch.kb.schema import canonical_facts, canonical_people, canonical_stories


def _state(kb: KB) -> dict[int, tuple]:
    """What ``grow`` keeps up to date, per canonical fact."""
    with kb.read() as conn:
        stories: dict[int, set[int]] = {}
        for cid, sid in conn.execute(sa.select(canonical_stories.c.canonical_id, canonical_stories.c.story_id)):
            stories.setdefault(cid, set()).add(sid)
        people: dict[int, set[tuple]] = {}
        for cid, pid, fld in conn.execute(sa.select(canonical_people.c.canonical_id, canonical_people.c.person_id,
                                                    canonical_people.c.field)):
            people.setdefault(cid, set()).add((pid, fld))
        rows = conn.execute(sa.select(canonical_facts.c.id, canonical_facts.c.n_documents, canonical_facts.c.n_sources,
                                      canonical_facts.c.day, canonical_facts.c.ctx)).all()
    return {r.id: (r.n_documents, r.n_sources, r.day, r.ctx, stories.get(r.id, set()), people.get(r.id, set()))
            for r in rows}


def _stream(tmp_path: Path, n: int) -> tuple[Path, Path]:
    items = synth.stream(n, seed=5, per_day=12)
    docs, given = tmp_path / "news.jsonl", tmp_path / "facts.jsonl"
    docs.write_text("".join(json.dumps(d.jsonl(), ensure_ascii=False) + "\n" for d in items), encoding="utf-8")
    given.write_text("".join(json.dumps(d.facts_line(), ensure_ascii=False) + "\n" for d in items), encoding="utf-8")
    return docs, given


def test_what_a_growing_fact_keeps_is_what_recomputing_it_gives(kb: KB, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    docs, given = _stream(tmp_path, 300)
    # every gain of a fact of two members or more goes through ``grow`` (fused fields never refreshed
    # on the way), and the end of the ingest leaves them so (no ``settle``)
    monkeypatch.setattr(fuse, "GROW_FROM", 2)
    monkeypatch.setattr(fuse, "REFRESH_GROWTH", 1e6)
    monkeypatch.setattr(fuse, "settle", lambda kb: 0)
    ingest(kb, [str(docs)], workers=0, facts_file=given, progress=False)
    with kb.read() as conn:
        grown = fuse.lagging(conn)
        several = conn.execute(sa.select(sa.func.count()).select_from(canonical_stories)
                               .where(canonical_stories.c.canonical_id.in_(grown))).scalar_one()
    assert len(grown) >= 10 and several > 3 * len(grown), "the stream grows facts of several stories"
    kept = _state(kb)
    with kb.write() as conn:
        fuse.recompute(conn, list(kept))
    assert _state(kb) == kept
    assert any(s[1] > 5 and len(s[4]) == s[1] for s in kept.values())  # a source per story


def test_a_recomputed_fact_rewrites_only_the_story_rows_that_changed(kb: KB) -> None:
    from coopwatch.kb.fuse import _sync_stories

    with kb.write() as conn:
        cid = conn.execute(canonical_facts.insert().values(type="role", block="role|x", data={"type": "role"},
                                                           ctx={}, status="auto", updated_at=sa.func.now())
                           .returning(canonical_facts.c.id)).scalar_one()
        _sync_stories(conn, {cid: {1, 2, 3}})
        _sync_stories(conn, {cid: {2, 3, 4}})
        assert set(conn.execute(sa.select(canonical_stories.c.story_id)
                                .where(canonical_stories.c.canonical_id == cid)).scalars()) == {2, 3, 4}
        conn.execute(canonical_facts.delete().where(canonical_facts.c.id == cid))  # its rows go with it
        assert not conn.execute(sa.select(canonical_stories.c.story_id)
                                .where(canonical_stories.c.canonical_id == cid)).all()
