"""Builds a synthetic knowledge base of a given number of extracted facts for the web benchmark
(``benchmarks/web_bench.py``): ``coopwatch.kb.synth`` news items and their facts, stored through
the knowledge base's own ingest (the facts file route, so no NLP models are needed).

    .venv/bin/python benchmarks/web_kb.py --facts 100000 --db /tmp/coopwatch-bench.db
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from coopwatch.kb import synth
from coopwatch.kb.db import open_kb
from coopwatch.kb.schema import facts


def build(db: str, n_facts: int, seed: int = 7) -> int:
    """Ingest synthetic items into ``db`` until it holds at least ``n_facts`` extracted facts."""
    kb = open_kb(db)
    with kb.read() as conn:
        have = conn.execute(sa.select(sa.func.count()).select_from(facts)).scalar_one()
    if have >= n_facts:
        kb.dispose()
        return have
    started = time.monotonic()
    summary = synth.store(kb, synth.until_facts(n_facts, seed), workers=2)
    print(summary.text(), f"({time.monotonic() - started:.0f} s)")
    with kb.read() as conn:
        have = conn.execute(sa.select(sa.func.count()).select_from(facts)).scalar_one()
    kb.dispose()
    return have


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--facts", type=int, default=100_000)
    ap.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "coopwatch-bench.db"))
    args = ap.parse_args()
    print(f"фактов в базе: {build(args.db, args.facts)} ({args.db})")


if __name__ == "__main__":
    main()
