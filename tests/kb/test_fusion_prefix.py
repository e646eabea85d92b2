"""Where a block's partition starts again (``fuse._prefix_refs``): the first fact of each profile of
each canonical fact ranked before a given fact, found by index look-ups (a loose index scan, and for
types with a reach the canonical facts near the days) — the same facts a reading of every earlier
fact of the block finds, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa

from coopwatch.kb import fuse, rules, synth
from coopwatch.kb.db import KB
from coopwatch.kb.ingest import ingest
from coopwatch.kb.schema import documents, facts


def _every_fact(conn: sa.Connection) -> dict[str, list]:
    rows = conn.execute(sa.select(facts.c.id, facts.c.block, facts.c.canonical_id, facts.c.profile, facts.c.rank,
                                  facts.c.data, documents.c.published)
                        .join(documents, documents.c.id == facts.c.document_id)).all()
    by: dict[str, list] = defaultdict(list)
    for r in rows:
        by[r.block].append(r)
    return by


def _expected(rows: list, before: str, window: tuple | None) -> dict[int, list[int]]:
    """What reading every earlier fact gives: per canonical fact, its first fact of each profile
    (with a window: only canonical facts with a fact on those days or with no day)."""
    earlier = [r for r in rows if r.canonical_id is not None and r.rank < before]
    if window is not None:
        near = {r.canonical_id for r in earlier
                if (day := rules.reach_day(r.data, r.published)) is None or window[0] <= day <= window[1]}
        earlier = [r for r in earlier if r.canonical_id in near]
    first: dict[tuple, object] = {}
    for r in sorted(earlier, key=lambda r: r.rank):
        first.setdefault((r.canonical_id, r.profile), r)
    out: dict[int, list[int]] = defaultdict(list)
    for r in sorted(first.values(), key=lambda r: r.rank):
        out[r.canonical_id].append(r.id)
    return dict(out)


def test_first_facts_before_a_rank_are_those_every_earlier_fact_gives(kb: KB, tmp_path: Path) -> None:
    # a stream with large canonical facts (a region's head named again and again: one block, one
    # canonical fact, many facts), blocks of several canonical facts and profiles, and events
    items = synth.stream(240, seed=5, per_day=12)
    docs, given = tmp_path / "news.jsonl", tmp_path / "facts.jsonl"
    docs.write_text("".join(json.dumps(d.jsonl(), ensure_ascii=False) + "\n" for d in items), encoding="utf-8")
    given.write_text("".join(json.dumps(d.facts_line(), ensure_ascii=False) + "\n" for d in items), encoding="utf-8")
    ingest(kb, [str(docs)], workers=0, facts_file=given, progress=False)
    checked = windowed = several = 0
    with kb.read() as conn:
        for blk, rows in sorted(_every_fact(conn).items()):
            ranks = sorted(r.rank for r in rows)
            for before in {ranks[len(ranks) // 3], ranks[-1], ranks[-1] + "~"}:  # "~": after every fact
                got = {cid: [r.id for r in refs] for cid, refs in fuse._prefix_refs(conn, blk, before, None).items()}
                assert got == _expected(rows, before, None), blk
                several += sum(len(v) > 1 for v in got.values())
                checked += 1
                reach = rules.reach(blk.split("|", 1)[0])
                days = [d for r in rows if r.rank >= before and (d := rules.reach_day(r.data, r.published))]
                if reach is not None and days:
                    window = (min(days) - timedelta(days=reach), max(days) + timedelta(days=reach))
                    got = {cid: [r.id for r in refs]
                           for cid, refs in fuse._prefix_refs(conn, blk, before, window).items()}
                    assert got == _expected(rows, before, window), blk
                    windowed += 1
    # the stream gave what the test is about: blocks, windows, canonical facts of several profiles
    assert checked > 100 and windowed > 20 and several > 5


# the statements of fusion that look facts up by (block, canonical fact, …) in that index (``earlier_of_canonical``
# asks for one canonical fact's facts in order of rank: SQLite reads them by ``(block, rank)``, before 0018 too)
_BY_CANONICAL = ("prefix", "prefix_window", "earlier_of_profile_story")


def test_the_pair_index_holds_placed_facts_and_serves_every_look_up_by_canonical_fact(kb: KB, tmp_path: Path) -> None:
    """``ix_facts_block_canonical_profile_rank`` is partial (migration 0018: only the facts placed in a
    canonical fact, so a new fact's entry is written once, when fusion places it), and each statement of
    fusion that looks facts up by canonical fact still runs by it — its condition implies the index's,
    which the planner must see (SQLite's ``EXPLAIN QUERY PLAN`` names it; PostgreSQL's ``EXPLAIN``, with
    sequential and bitmap scans priced out, reads facts by an index) — and finds what it found."""
    items = synth.stream(120, seed=5, per_day=12)
    docs, given = tmp_path / "news.jsonl", tmp_path / "facts.jsonl"
    docs.write_text("".join(json.dumps(d.jsonl(), ensure_ascii=False) + "\n" for d in items), encoding="utf-8")
    given.write_text("".join(json.dumps(d.facts_line(), ensure_ascii=False) + "\n" for d in items), encoding="utf-8")
    ingest(kb, [str(docs)], workers=0, facts_file=given, progress=False)
    with kb.write() as conn:
        if kb.dialect == "sqlite":
            sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = "
                                       "'ix_facts_block_canonical_profile_rank'").scalar_one()
        else:
            sql = conn.exec_driver_sql("SELECT indexdef FROM pg_indexes WHERE indexname = "
                                       "'ix_facts_block_canonical_profile_rank'").scalar_one()
        assert "WHERE" in sql and "canonical_id IS NOT NULL" in sql, sql
        # the largest canonical fact's block, its latest fact: every look-up has something to find
        r = conn.execute(sa.select(facts.c.block, facts.c.canonical_id, facts.c.profile, facts.c.rank,
                                   facts.c.story_id, facts.c.day)
                         .where(facts.c.canonical_id == sa.select(facts.c.canonical_id)
                                .group_by(facts.c.canonical_id).order_by(sa.func.count().desc(), facts.c.canonical_id)
                                .limit(1).scalar_subquery())
                         .order_by(facts.c.rank.desc()).limit(1)).one()
        params = {"prefix": {"blk": r.block, "before": r.rank + "~"},
                  "prefix_window": {"blk": r.block, "before": r.rank + "~", "day_from": r.day or items[0].published,
                                    "day_to": r.day or items[-1].published},
                  "earlier_of_profile_story": {"blk": r.block, "cid": r.canonical_id, "prof": r.profile,
                                               "rank": r.rank + "~", "sid": r.story_id}}
        ran: list[tuple[str, object]] = []
        sa.event.listen(conn, "before_cursor_execute", lambda *a: ran.append((a[2], a[3])))
        for name in _BY_CANONICAL:
            found = conn.execute(fuse._stmt(name), params[name]).all()
            assert found, name
            statement, bound = ran[-1]
            if kb.dialect == "sqlite":
                plan = " ".join(p[-1] for p in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, bound))
                assert "ix_facts_block_canonical_profile_rank" in plan, (name, plan)
            else:
                # PostgreSQL may price another index of the block lower on a table this small (it did on a busy
                # machine): the partial index must be usable, so with every other way out priced out it is used
                conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
                conn.exec_driver_sql("SET LOCAL enable_bitmapscan = off")
                plan = " ".join(p[0] for p in conn.exec_driver_sql("EXPLAIN " + statement, bound))
                assert "Seq Scan on facts" not in plan, (name, plan)
        # a fact stored but not placed is in the other indexes of its block, not in this one
        fid = conn.execute(sa.select(facts.c.id).where(facts.c.canonical_id == r.canonical_id)
                           .order_by(facts.c.rank.desc()).limit(1)).scalar_one()
        conn.execute(facts.update().where(facts.c.id == fid).values(canonical_id=None))
        if kb.dialect == "sqlite":
            in_index = conn.exec_driver_sql(
                "SELECT count(*) FROM facts INDEXED BY ix_facts_block_canonical_profile_rank "
                "WHERE block = ? AND canonical_id IS NOT NULL", (r.block,)).scalar_one()
            in_block = conn.execute(sa.select(sa.func.count()).where(facts.c.block == r.block)).scalar_one()
            assert in_index == in_block - 1
