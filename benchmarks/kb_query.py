"""Query speed of the knowledge base: everything about one pair of places over 100,000 stored facts.

    .venv/bin/python benchmarks/kb_query.py --facts 100000 --db /tmp/kb-bench.db

Builds the database once (synthetic news items with their facts, ``coopwatch.kb.synth``, stored and
fused by the real ingest path; reused when ``--db`` already holds enough facts), then times
``query.pair`` for random pairs drawn from the stored facts (each pair as often as it occurs), and
reports p50/p95/max in milliseconds, with ``place``, ``facts`` and ``search`` for comparison.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import Counter

import sqlalchemy as sa

from coopwatch.kb import query, synth
from coopwatch.kb.db import open_kb
from coopwatch.kb.schema import canonical_sides, facts


def build(url: str, want: int, workers: int) -> None:
    """Items until ``want`` facts; stored ones are skipped, so an interrupted build resumes."""
    kb = open_kb(url)
    t = time.monotonic()
    s = synth.store(kb, synth.until_facts(want, seed=2024), workers=workers, progress=True)
    print(f"built: {s.added} documents, {s.facts} facts in {time.monotonic() - t:.0f} s", file=sys.stderr)


def timed(fn, *args, **kw) -> float:  # noqa: ANN001
    t = time.perf_counter()
    fn(*args, **kw)
    return (time.perf_counter() - t) * 1000


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--facts", type=int, default=100_000)
    ap.add_argument("--db", default="/tmp/coopwatch-kb-bench.db")
    ap.add_argument("--queries", type=int, default=500)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    kb = open_kb(args.db)
    with kb.read() as c:
        stored = c.execute(sa.select(sa.func.count()).select_from(facts)).scalar_one()
    if stored < args.facts:
        build(args.db, args.facts, args.workers)
    with kb.read() as c:
        stored = c.execute(sa.select(sa.func.count()).select_from(facts)).scalar_one()
        s1, s2 = canonical_sides.alias(), canonical_sides.alias()
        pairs = Counter(c.execute(sa.select(s1.c.place_id, s2.c.place_id)
                                  .join(s2, sa.and_(s1.c.canonical_id == s2.c.canonical_id,
                                                    s1.c.place_id < s2.c.place_id))).all())
    rng = random.Random(1)
    population, weights = zip(*pairs.items(), strict=True)
    sample = rng.choices(population, weights=weights, k=args.queries)
    query.pair(kb, *sample[0])  # warm caches (gazetteer, statements)
    times = [timed(query.pair, kb, a, b) for a, b in sample]
    big = max(pairs, key=pairs.get)
    big_t = [timed(query.pair, kb, *big) for _ in range(20)]
    n_big = query.pair(kb, *big).n_facts
    roll = [timed(query.pair, kb, a[:2], b[:2]) for a, b in sample[:100]]  # countries: the roll-up
    places = [timed(query.place, kb, a) for a, _ in sample[:100]]
    filt = [timed(query.facts, kb, query.FactFilter(pair=(a, b))) for a, b in sample[:100]]
    words = ["соглашение", "товарооборот", "делегация", "авиасообщение", "Гомельской области"]
    search = [timed(query.search, kb, rng.choice(words)) for _ in range(100)]
    print(f"stored facts: {stored}, canonical facts over {len(pairs)} pairs of places")
    print("| query | p50, ms | p95, ms | max, ms |")
    print("|---|---|---|---|")
    for name, xs in [("pair(a, b), random stored pairs", times),
                     (f"pair(a, b), the largest pair ({n_big} canonical facts)", big_t),
                     ("pair(country, country) roll-up", roll), ("place(a)", places),
                     ("facts(pair=…), first page", filt), ("search(word)", search)]:
        print(f"| {name} | {statistics.median(xs):.1f} | {pct(xs, 95):.1f} | {max(xs):.1f} |")


if __name__ == "__main__":
    main()
