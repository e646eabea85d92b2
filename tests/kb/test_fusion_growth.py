"""A canonical fact that only gains members (``fuse.grow``) has its counts, stories, days and
people brought up to date without reading its old members: what that leaves is what recomputing
it from all its members gives, on SQLite and PostgreSQL. Its stories are rows of
``canonical_stories`` (migration 0011), not a list rewritten whole by every transaction."""

from __future__ import annotations

import json
import random
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from coopwatch.facttypes import role, target, trade, transport
from coopwatch.kb import fuse, merge, synth
from coopwatch.kb import ingest as ingest_module
from coopwatch.kb.db import KB
from coopwatch.kb.ingest import ingest
from coopwatch.kb.rules import Member
from coopwatch.kb.schema import canonical_facts, canonical_people, canonical_stories, conflicts


def _state(kb: KB) -> dict[int, tuple]:
    """What ``grow`` keeps up to date, per canonical fact: counts, day, days, stories, people; and
    the fused fields with what carries them forward, where they are not left lagging."""
    with kb.read() as conn:
        stories: dict[int, set[int]] = {}
        for cid, sid in conn.execute(sa.select(canonical_stories.c.canonical_id, canonical_stories.c.story_id)):
            stories.setdefault(cid, set()).add(sid)
        people: dict[int, set[tuple]] = {}
        for cid, pid, fld in conn.execute(sa.select(canonical_people.c.canonical_id, canonical_people.c.person_id,
                                                    canonical_people.c.field)):
            people.setdefault(cid, set()).add((pid, fld))
        disputes: dict[int, list] = {}
        for cid, fld, values in conn.execute(sa.select(conflicts.c.canonical_id, conflicts.c.field,
                                                       conflicts.c["values"])):
            disputes.setdefault(cid, []).append((fld, json.dumps(values, sort_keys=True)))
        rows = conn.execute(sa.select(canonical_facts)).all()
    out = {}
    for r in rows:
        ctx = {k: v for k, v in r.ctx.items() if k != "grow"}
        fused = (r.data, r.key, r.n_conflicts, sorted(disputes.get(r.id, []))) if r.fused_n == r.n_documents \
            else "lagging"  # (what carries them forward may differ: a tally at another checkpoint)
        out[r.id] = (r.n_documents, r.n_sources, r.day, ctx, stories.get(r.id, set()), people.get(r.id, set()), fused)
    return out


def _stream(tmp_path: Path, n: int) -> tuple[Path, Path]:
    items = synth.stream(n, seed=5, per_day=12)
    docs, given = tmp_path / "news.jsonl", tmp_path / "facts.jsonl"
    docs.write_text("".join(json.dumps(d.jsonl(), ensure_ascii=False) + "\n" for d in items), encoding="utf-8")
    given.write_text("".join(json.dumps(d.facts_line(), ensure_ascii=False) + "\n" for d in items), encoding="utf-8")
    return docs, given


@pytest.mark.parametrize("per_tx", [1, 3, 8])
def test_what_a_growing_fact_keeps_is_what_recomputing_it_gives(per_tx: int, kb: KB, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    docs, given = _stream(tmp_path, 300)
    # transactions of ``per_tx`` documents whatever the clock says (what a busy machine does varies)
    monkeypatch.setattr(ingest_module.CommitBoundaries, "full", lambda self, written: written >= per_tx)
    # every gain of a fact of two members or more goes through ``grow``, and the end of the ingest
    # leaves what it did (no ``settle``)
    monkeypatch.setattr(fuse, "GROW_FROM", 2)
    monkeypatch.setattr(fuse, "settle", lambda kb: 0)
    extended = []
    extend = fuse._extend

    def counted(*args):  # noqa: ANN002, ANN202
        got = extend(*args)
        extended.append((args[0].type, got is not None))
        return got

    monkeypatch.setattr(fuse, "_extend", counted)
    ingest(kb, [str(docs)], workers=0, facts_file=given, progress=False)
    kept = _state(kb)
    carried = Counter(kind for kind, done in extended if done)
    assert carried["role"] >= 50, f"posts carried forward: {carried['role']} of {len(extended)}"
    assert carried["transport"] >= 3, f"links carried forward: {carried['transport']} of {len(extended)}"
    assert carried["trade"] >= 10, f"trade figures carried forward: {carried['trade']} of {len(extended)}"
    assert carried["target"] >= 3, f"targets carried forward: {carried['target']} of {len(extended)}"
    assert sum(1 for s in kept.values() if s[-1] == "lagging") < len(kept) / 2
    with kb.write() as conn:
        fuse.recompute(conn, list(kept))
    again = _state(kb)
    for cid, state in kept.items():  # lagging ones are recomputed now: their counts stand
        assert again[cid][:-1] == state[:-1], cid
        assert state[-1] == "lagging" or again[cid][-1] == state[-1], cid
    assert any(s[1] > 5 and len(s[4]) == s[1] for s in kept.values())  # a source per story


def _whole(kb: KB) -> dict[int, tuple]:
    """Every canonical fact as the pages read it, by its smallest fact id (canonical ids depend on the
    transactions): fields, counts, day, key, conflicts, sides, stories, people, ``ctx`` but what
    carries it forward (a tally at another checkpoint)."""
    from coopwatch.kb.schema import canonical_sides, facts

    with kb.read() as conn:
        first = dict(conn.execute(sa.select(facts.c.canonical_id, sa.func.min(facts.c.id))
                                  .group_by(facts.c.canonical_id)).all())
        extra: dict[int, list] = {}
        for table, cols in ((conflicts, ("field", "label", "values")), (canonical_sides, ("place_id", "role")),
                            (canonical_stories, ("story_id",)), (canonical_people, ("person_id", "field"))):
            for r in conn.execute(sa.select(table.c.canonical_id, *(table.c[c] for c in cols))):
                extra.setdefault(r[0], []).append((table.name, json.dumps(list(r[1:]), sort_keys=True)))
        rows = conn.execute(sa.select(canonical_facts)).all()
    return {first[r.id]: (r.type, r.block, r.key, r.day, r.data, {k: v for k, v in r.ctx.items() if k != "grow"},
                          r.status, r.n_documents, r.n_sources, r.n_conflicts, r.fused_n, sorted(extra.get(r.id, [])))
            for r in rows}


def test_several_ingests_carried_forward_are_the_base_fused_from_scratch(kb: KB, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Three ingests of a stream, a few documents a transaction, every gain of a fact of two members
    or more through ``grow`` and each ingest's ``settle`` as it is: trade figures and targets are
    carried forward with their conflicts, and what the base then holds is, canonical fact for
    canonical fact and field for field, what fusing all of it anew (``refuse_all``) gives."""
    items = synth.stream(360, seed=11, per_day=12)
    monkeypatch.setattr(ingest_module.CommitBoundaries, "full", lambda self, written: written >= 4)
    monkeypatch.setattr(fuse, "GROW_FROM", 2)
    extended = []
    extend = fuse._extend

    def counted(*args):  # noqa: ANN002, ANN202
        got = extend(*args)
        extended.append((args[0].type, got is not None and bool(got[2])))
        return got

    monkeypatch.setattr(fuse, "_extend", counted)
    for i in range(0, len(items), 120):
        part = items[i:i + 120]
        docs, given = tmp_path / f"news{i}.jsonl", tmp_path / f"facts{i}.jsonl"
        docs.write_text("".join(json.dumps(d.jsonl(), ensure_ascii=False) + "\n" for d in part), encoding="utf-8")
        given.write_text("".join(json.dumps(d.facts_line(), ensure_ascii=False) + "\n" for d in part),
                         encoding="utf-8")
        ingest(kb, [str(docs)], workers=0, facts_file=given, progress=False)
    with_conflicts = Counter(kind for kind, disputed in extended if disputed)
    assert with_conflicts["trade"] >= 10, extended
    incremental = _whole(kb)
    with kb.write() as conn:
        fuse.refuse_all(conn)
    anew = _whole(kb)
    assert len(incremental) == len(anew) > 100
    assert Counter(s[0] for s in anew.values())["trade"] >= 5
    for first, state in anew.items():
        assert incremental[first] == state, first


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


def test_a_fact_written_again_sets_its_key_and_day_only_where_they_changed(kb: KB) -> None:
    """``recompute`` and ``grow`` write every fused field of a canonical fact; its ``key`` and ``day``
    (columns of three indexes, which SQLite rewrites whenever they are set, to the same value too)
    only where they changed — and where they did, they are written."""
    from datetime import UTC, datetime

    def fact(key: str, day: date) -> int:
        return conn.execute(canonical_facts.insert().values(
            type="trade", block="trade|x", key=key, day=day, data={"type": "trade"}, ctx={}, status="auto",
            n_documents=1, n_sources=1, n_conflicts=0, fused_n=1, updated_at=sa.func.now())
            .returning(canonical_facts.c.id)).scalar_one()

    def update(cid: int, key: str, day: date) -> dict:
        return {"cid": cid, "v_data": {"type": "trade", "value": cid}, "v_ctx": {"first_day": "2025-01-01"},
                "v_day": day, "v_key": key, "v_docs": 3, "v_sources": 2, "v_conflicts": 1, "v_n": 3}

    seen: list[str] = []

    def note(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        if statement.lstrip().upper().startswith("UPDATE CANONICAL_FACTS"):
            seen.append(statement)

    day = date(2025, 3, 1)
    with kb.write() as conn:
        same, moved, rekeyed = fact("2025", day), fact("2025", day), fact("2025", day)
        rows = {r.id: r for r in conn.execute(sa.select(canonical_facts))}
        updates = [update(same, "2025", day), update(moved, "2025", day + timedelta(days=1)),
                   update(rekeyed, "2026", day)]
        sa.event.listen(kb.engine, "before_cursor_execute", note)
        try:
            fuse._update_canonicals(conn, rows, updates, datetime.now(UTC))
        finally:
            sa.event.remove(kb.engine, "before_cursor_execute", note)
        got = {r.id: r for r in conn.execute(sa.select(canonical_facts))}
    for u in updates:
        r = got[u["cid"]]
        assert (r.data, r.ctx, r.key, r.day, r.n_documents, r.n_sources, r.n_conflicts, r.fused_n) == (
            u["v_data"], u["v_ctx"], u["v_key"], u["v_day"], u["v_docs"], u["v_sources"], u["v_conflicts"], u["v_n"])
    assert len(seen) == 2, seen
    without = [s for s in seen if '"key"' not in s and " key=" not in s and "day=" not in s]
    assert len(without) == 1, seen  # the fact whose key and day stay: written without them


SPELLINGS = ["Максим Яковлев", "М. Яковлев", "Яковлев", "Максим Игоревич Яковлев", "М. И. Яковлев", "Максим И. Яковлев"]
OTHER = "Михаил Яковлев"  # not the same given name: a second spelling class, a conflict
TITLES = ["губернатор", "Губернатор", "глава", "глава области", "ГЛАВА", "временно исполняющий обязанности губернатора"]


def _members(rnd: random.Random) -> list[Member]:
    n = rnd.randint(2, 60)
    spellings = SPELLINGS + ([OTHER] if rnd.random() < 0.3 else [])
    titles = rnd.sample(TITLES, rnd.randint(1, len(TITLES)))
    stories = max(1, n // rnd.randint(1, 4))  # reprints: several members of one story
    return [Member(i + 1, {"type": "role", "person": rnd.choice(spellings), "title": rnd.choice(titles), "of": "RU-SVE"},
                   document_id=i + 1, story_id=rnd.randint(1, stories), published=date(2025, 1, 1) + timedelta(days=i),
                   content_hash=f"{i:06d}") for i in range(n)]


def test_a_post_carried_forward_is_what_fusing_all_its_members_gives() -> None:
    """``role.extend`` on members that come after all those fused, a few at a time, with the earlier
    members of their stories: the fused data, the tally and the conflict (``disputes``: a second
    spelling class) are those ``fuse`` and ``tally`` give on all the members so far, whenever it
    answers; where it declines (the first second spelling class: the members of the first were not
    kept), the result is recomputed and carried forward again."""
    carried = declined = disputed = 0
    for seed in range(300):
        rnd = random.Random(seed)
        members = _members(rnd)
        done = rnd.randint(1, len(members) - 1)
        tally, out = role.tally(members[:done]), merge.fuse(members[:done])[0]
        while done < len(members):
            new = members[done:done + rnd.randint(1, 5)]
            near = [m for m in members[:done] if m.story_id in {x.story_id for x in new}]
            got = role.extend(out, tally, new, near) if tally is not None else None
            done += len(new)
            data, found = merge.fuse(members[:done])
            if got is None:
                declined += tally is not None
                tally, out = role.tally(members[:done]), data
                continue
            carried += 1
            disputed += bool(found)
            assert got == (data, role.tally(members[:done])), (seed, done)
            assert role.disputes(got[1]) == found, (seed, done)
            assert json.loads(json.dumps(got[1])) == got[1]  # as ``ctx`` keeps it
            out, tally = got
    assert carried > 1000 and declined > 5 and disputed > 100, (carried, declined, disputed)


def test_a_link_carried_forward_is_what_fusing_all_its_members_gives() -> None:
    """``transport.extend`` (a link fuses nothing: its first member's data) on members that come after
    all those fused, a few at a time: the fused data is what ``fuse`` gives on all the members so far,
    with no conflicts — whatever order the later members name the ends in."""
    for seed in range(100):
        rnd = random.Random(seed)
        n = rnd.randint(2, 40)
        members = [Member(i + 1, {"type": "transport", "mode": "air", "between": rnd.sample(["RU-TA", "BY-MI"], 2),
                                  "status": "exists"}, document_id=i + 1, story_id=rnd.randint(1, n),
                          published=date(2025, 1, 1) + timedelta(days=i), content_hash=f"{i:06d}") for i in range(n)]
        done = rnd.randint(1, n - 1)
        out, tally = merge.fuse(members[:done])[0], transport.tally(members[:done])
        while done < n:
            new = members[done:done + rnd.randint(1, 5)]
            out, tally = transport.extend(out, tally, new, [])
            done += len(new)
            data, found = merge.fuse(members[:done])
            assert (out, found) == (data, []), (seed, done)



def _figures(rnd: random.Random, kind: str) -> list[Member]:
    """Members of one trade figure or one target: values that agree within the tolerances, that do
    not (conflicts), none; approximate or not; currency and period or year given by some; reprints
    (several members of one story) and now and then a member of no story."""
    n = rnd.randint(2, 50)
    stories = max(1, n // rnd.randint(1, 4))
    base = rnd.choice([1e9, 7.23e8])
    amounts = [None, base, base * 1.002, base * 1.01, base * 0.97] + ([base * 1.3] if rnd.random() < 0.5 else [])
    out = []
    for i in range(n):
        if kind == "trade":
            data = {"type": "trade", "parties": ["RU-TA", "BY-MI"], "metric": "turnover",
                    "period": rnd.choice([None, ["2024-01", "2024-12"]]), "value": rnd.choice(amounts),
                    "currency": rnd.choice([None, "USD"]), "approx": rnd.random() < 0.3,
                    "growth_pct": rnd.choice([None, None, 12.0, 12.4, 13.1, -3.0])}
        else:
            low = rnd.choice(amounts)
            data = {"type": "target", "parties": ["RU-TA", "BY-MI"], "metric": "turnover", "value_min": low,
                    "value_max": base, "currency": rnd.choice([None, "USD"]), "year": rnd.choice([None, 2030])}
        story = rnd.randint(1, stories) if rnd.random() > 0.02 else None
        out.append(Member(i + 1, data, document_id=i + 1, story_id=story,
                          published=date(2025, 1, 1) + timedelta(days=i), content_hash=f"{i:06d}"))
    return out


@pytest.mark.parametrize("kind", ["trade", "target"])
def test_a_figure_carried_forward_is_what_fusing_all_its_members_gives(kind: str) -> None:
    """``trade.extend`` and ``target.extend`` on members that come after all those fused, a few at a
    time, with the earlier members of their stories: the fused data, the tally and the conflicts
    (``disputes``) are those ``fuse`` and ``tally`` give on all the members so far whenever it answers;
    it declines only for a member of no story (its source is its document)."""
    ft = {"trade": trade, "target": target}[kind]
    carried = declined = disputed = 0
    for seed in range(400):
        rnd = random.Random(seed)
        members = _figures(rnd, kind)
        done = rnd.randint(1, len(members) - 1)
        tally, out = ft.tally(members[:done]), merge.fuse(members[:done])[0]
        while done < len(members):
            new = members[done:done + rnd.randint(1, 5)]
            near = [m for m in members[:done] if m.story_id is not None and m.story_id in {x.story_id for x in new}]
            got = ft.extend(out, tally, new, near)
            done += len(new)
            data, found = merge.fuse(members[:done])
            if got is None:
                assert any(m.story_id is None for m in new), (seed, done)
                declined += 1
                tally, out = ft.tally(members[:done]), data
                continue
            carried += 1
            disputed += bool(found)
            assert got == (data, ft.tally(members[:done])), (seed, done)
            assert ft.disputes(got[1]) == found, (seed, done)
            assert json.loads(json.dumps(got[1])) == got[1]  # as ``ctx`` keeps it
            out, tally = got
    assert carried > 1500 and declined > 5 and disputed > 500, (carried, declined, disputed)


def test_the_lagging_facts_are_found_by_their_own_index(kb: KB, tmp_path: Path) -> None:
    """``fuse.lagging`` (every ingest's ``settle``) finds all and only the canonical facts whose
    fused fields are short of their documents, by the partial index of them (migration 0017), not by
    reading every canonical fact; ``settle`` leaves none."""
    docs, given = _stream(tmp_path, 60)
    ingest(kb, [str(docs)], workers=0, facts_file=given, progress=False)
    cf = canonical_facts.c
    with kb.write() as conn:
        assert fuse.lagging(conn) == []
        ids = sorted(conn.execute(sa.select(cf.id).where(cf.n_documents > 1)).scalars())
        assert len(ids) >= 4
        never, short = ids[:2], ids[2:4]  # fused from no count known, and from a document fewer
        conn.execute(canonical_facts.update().where(cf.id.in_(never)).values(fused_n=None))
        conn.execute(canonical_facts.update().where(cf.id.in_(short)).values(fused_n=cf.n_documents - 1))
        assert fuse.lagging(conn) == sorted(never + short)
        if kb.dialect == "sqlite":  # the statement as run, explained
            ran: list[tuple[str, object]] = []
            sa.event.listen(conn, "before_cursor_execute", lambda *a: ran.append((a[2], a[3])))
            fuse.lagging(conn)
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + ran[-1][0], ran[-1][1]).all()
            assert any("ix_canonical_facts_lagging" in r[-1] for r in plan), plan
    assert fuse.settle(kb) == 4
    with kb.read() as conn:
        assert fuse.lagging(conn) == []
