"""A type whose story is evidence only (``Fusion.story_evidence``: targets) leaves the story out of its
profile; a canonical fact keeps its members' stories as a set, and one formed before the facts being
placed is given only its first fact of each profile (``fuse._note_earlier`` adds what the facts to
place need). The partition is the one the rules gave with the story in the profile: here against a
reading of every member, on random targets; and in the database, a stream written in transactions
against the whole base fused anew at once."""

from __future__ import annotations

import json
import random
from pathlib import Path

from coopwatch.kb import fuse, rules, synth
from coopwatch.kb.db import KB
from coopwatch.kb.ingest import ingest

from .helpers import snapshot

TARGET = {"type": "target", "parties": ["RU-TA", "BY"], "metric": "turnover", "value_min": None, "value_max": 1e9,
          "currency": "USD", "year": None}


def _random_targets(rng: random.Random, n: int, first_id: int = 1) -> list[rules.Member]:
    out = []
    for i in range(first_id, first_id + n):
        value = rng.choice([1e9, 1.003e9, 2e9])
        data = {**TARGET, "value_max": value, "value_min": rng.choice([None, value, 0.8e9]),
                "year": rng.choice([None, 2026, 2027]), "currency": rng.choice(["USD", "USD", None]),
                "parties": rng.choice([["RU-TA", "BY"], ["BY", "RU-TA"]]),
                "evidence": rng.choice(["до 1 млрд", "до 2 млрд", None])}
        out.append(rules.Member(i, data, i, rng.choice([None, 1, 2, 3, 4, 5]), None, content_hash=f"{i:04d}"))
    return out


class _EveryMember(rules.Cluster):
    """The rules read off every member, with the story in the profile: compatible with all members,
    evidence with one, the score over the first member of each profile and story."""

    def accepts(self, m: rules.Member) -> bool:
        f = rules.fusion("target")
        return (m.document_id not in {x.document_id for x in self.members}
                and all(f.compatible(p, m) for p in self.members) and any(f.evidence(p, m) for p in self.members))

    def score(self, m: rules.Member) -> int:
        firsts: dict = {}
        for p in self.members:
            firsts.setdefault((f"{p.data['currency']}{p.data['year']}{p.data['value_max']}", p.story_id), p)
        return max(rules.score(p, m) for p in firsts.values())


def _every_member_partition(members: list[rules.Member], seeds: list[rules.Cluster] = ()) -> list[list[int]]:
    clusters: list[rules.Cluster] = [_EveryMember(c.id, list(c.members)) for c in seeds]
    for m in sorted(members, key=rules.order):
        best, best_score = None, -1
        for c in clusters:
            if c.accepts(m) and (s := c.score(m)) > best_score:
                best, best_score = c, s
        if best is None:
            clusters.append(_EveryMember(members=[m]))
        else:
            best.add(m)
    return [sorted(x.fact_id for x in c.members) for c in clusters]


def _ids(clusters: list[rules.Cluster]) -> list[list[int]]:
    return [sorted(x.fact_id for x in c.members) for c in clusters]


def test_targets_partition_as_with_the_story_in_the_profile() -> None:
    for seed in range(300):
        members = _random_targets(random.Random(seed), 14)
        assert _ids(rules.partition(members)) == _every_member_partition(members), seed


def test_canonical_facts_given_by_their_first_facts_take_what_all_their_members_would() -> None:
    """The earlier canonical facts as ``fuse`` gives them: the first fact of each profile, the stories
    of the facts to place their other members are in, and the first fact of each profile and story on
    demand — the later facts go where they go with every earlier member at hand."""
    read_more = 0
    for seed in range(300):
        rng = random.Random(seed)
        earlier = rules.partition(_random_targets(rng, 16))
        later = _random_targets(rng, 6, first_id=100)
        for i, c in enumerate(earlier):
            c.id = i + 1
        expected = _every_member_partition(later, earlier)
        given = []
        for c in earlier:
            ordered = sorted(c.members, key=rules.order)
            firsts: dict = {}
            for p in ordered:
                firsts.setdefault(rules.profile_key(p), p)
            cluster = rules.Cluster(c.id, list(firsts.values()))
            cluster.note_earlier({p.story_id for p in ordered} & {m.story_id for m in later}, ())

            def more(ordered: list[rules.Member] = ordered) -> list[rules.Member]:
                nonlocal read_more
                read_more += 1
                out: dict = {}
                for p in ordered:
                    out.setdefault((rules.profile_key(p), p.story_id), p)
                return list(out.values())

            cluster.more = more
            given.append(cluster)
        got = _ids(rules.partition(later, given))
        assert [sorted(set(ids) - {m.fact_id for c in earlier for m in c.members}) for ids in got] == \
            [sorted(set(ids) - {m.fact_id for c in earlier for m in c.members}) for ids in expected], seed
    assert read_more  # some fact was accepted by two canonical facts


def test_a_stream_written_in_transactions_is_the_base_fused_at_once(kb: KB, tmp_path: Path) -> None:
    # reprints (stories of several documents) and targets in most items; within a day documents are
    # ranked by their text's hash, so most transactions place facts before earlier ones
    items = synth.stream(300, seed=7, per_day=15)
    docs, given = tmp_path / "news.jsonl", tmp_path / "facts.jsonl"
    docs.write_text("".join(json.dumps(d.jsonl(), ensure_ascii=False) + "\n" for d in items), encoding="utf-8")
    given.write_text("".join(json.dumps(d.facts_line(), ensure_ascii=False) + "\n" for d in items), encoding="utf-8")
    ingest(kb, [str(docs)], workers=0, facts_file=given, progress=False)
    written = snapshot(kb)
    assert any(c[0] == "target" and len(c[-1]) > 1 for c in written["canonical"])  # (type, …, stories)
    with kb.write() as conn:
        fuse.refuse_all(conn)
    assert _without_growth_state(snapshot(kb)) == _without_growth_state(written)


def _without_growth_state(snap: dict) -> dict:
    """The snapshot without ``ctx["grow"]`` (``fuse.grow``'s bookkeeping: where its checkpoint stands
    depends on when the canonical fact was last recomputed, not on what it asserts)."""
    ctx = 13  # the place of ``ctx`` in a canonical fact's tuple (``helpers.snapshot``)
    canonical = [(*c[:ctx], json.dumps({k: v for k, v in json.loads(c[ctx]).items() if k != "grow"}), *c[ctx + 1:])
                 for c in snap["canonical"]]
    return {**snap, "canonical": sorted(canonical, key=repr)}


def test_earlier_facts_are_found_from_the_documents_not_by_reading_the_block(kb: KB) -> None:
    """``_note_earlier`` asks about the earlier facts of a few stories and documents: SQLite finds
    them by ``facts.document_id``, not by an index that begins with the block (which read every
    earlier fact of the block, a number that grows with the base)."""
    if kb.dialect != "sqlite":
        return
    import sqlalchemy as sa

    params = {"earlier_in_stories": {"blk": "target|x", "before": "z", "ids": [1, 2]},
              "earlier_of_documents": {"blk": "target|x", "before": "z", "ids": [1, 2]}}
    with kb.read() as conn:
        for name, p in params.items():
            ran: list[tuple[str, object]] = []
            sa.event.listen(conn, "before_cursor_execute", lambda *a, ran=ran: ran.append((a[2], a[3])))
            conn.execute(fuse._stmt(name), p).all()
            plan = [r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + ran[-1][0], ran[-1][1]).all()]
            assert any("ix_facts_document_id" in line for line in plan), (name, plan)
            assert not any("ix_facts_block" in line for line in plan), (name, plan)
