"""The knowledge base's writer on SQLite and PostgreSQL side by side, at the same transaction size:
statements per document and CPU per document (this process, and the PostgreSQL server processes
serving the database), for N items of the synthetic news stream with their facts given.

    .venv/bin/python benchmarks/kb_writer.py --docs 300 --tx 20 --url postgresql://postgres@127.0.0.1:55432/NAME

The documents are written in this process (``coopwatch.kb.ingest.ingest`` with no worker processes,
``--facts``), each transaction holding ``--tx`` documents whatever the clock says — the ingest's own
boundaries (``CommitBoundaries``) shrink transactions when round trips to a busy server take long,
and the fusion, done once per transaction for every block touched, then costs more per document:
here both databases get the same transactions, so what differs is the database. Statements are
counted as SQLAlchemy sends them (a many-row INSERT or UPDATE counts once). The PostgreSQL
database given must be empty (its own); SQLite gets a new file. Rounds alternate between the two.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from coopwatch.kb import ingest as ingest_module
from coopwatch.kb.db import open_kb
from coopwatch.kb.synth import stream

TICK = os.sysconf("SC_CLK_TCK")
statements = [0]


@sa.event.listens_for(Engine, "before_cursor_execute")
def _count(*_args: object) -> None:
    statements[0] += 1


class FixedTransactions(ingest_module.CommitBoundaries):
    size = 20

    def full(self, written: int) -> bool:
        return written >= self.size


def server_cpu(engine: Engine) -> float:
    """CPU seconds of the server processes connected to this database (same machine: /proc)."""
    total = 0.0
    with engine.connect() as c:
        pids = c.exec_driver_sql("SELECT pid FROM pg_stat_activity WHERE datname = current_database()").scalars()
        for pid in pids:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += sum(int(x) for x in fields[11:13]) / TICK
            except (FileNotFoundError, IndexError):
                continue
    return total


def one(url: str, docs: Path, facts: Path) -> tuple[int, float, float, float, int]:
    """(documents, client ms/doc, server ms/doc, statements/doc, commits)"""
    kb = open_kb(url)
    pg = kb.dialect == "postgresql"
    if pg:
        with kb.write() as c:  # empty, as the first round left it
            c.exec_driver_sql("TRUNCATE documents, canonical_facts, people, orgs, kb_changes CASCADE")
    s0 = server_cpu(kb.engine) if pg else 0.0
    statements[0] = 0
    c0 = time.process_time()
    summary = ingest_module.ingest(kb, [str(docs)], workers=0, facts_file=facts, progress=False)
    cpu = time.process_time() - c0
    server = (server_cpu(kb.engine) - s0) if pg else 0.0
    n = summary.added
    with kb.read() as c:
        commits = c.execute(sa.text("SELECT count(*) FROM kb_changes")).scalar_one()
    kb.dispose()
    return n, 1000 * cpu / n, 1000 * server / n, statements[0] / n, commits


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--tx", type=int, default=20, help="documents per transaction")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--url", required=True, help="an empty PostgreSQL database of its own")
    args = ap.parse_args()
    FixedTransactions.size = args.tx
    ingest_module.CommitBoundaries = FixedTransactions
    url = args.url.replace("postgresql://", "postgresql+psycopg://", 1)
    with tempfile.TemporaryDirectory() as tmp:
        items = stream(args.docs, seed=99)
        docs, facts = Path(tmp) / "news.jsonl", Path(tmp) / "facts.jsonl"
        docs.write_text("".join(json.dumps(d.jsonl(), ensure_ascii=False) + "\n" for d in items), encoding="utf-8")
        facts.write_text("".join(json.dumps(d.facts_line(), ensure_ascii=False) + "\n" for d in items),
                         encoding="utf-8")
        got: dict[str, list[tuple]] = {"sqlite": [], "postgresql": []}
        for r in range(args.rounds):
            got["sqlite"].append(one(f"sqlite:///{tmp}/kb{r}.db", docs, facts))
            got["postgresql"].append(one(url, docs, facts))
            print(f"round {r + 1}: " + "; ".join(f"{k} {v[-1][1] + v[-1][2]:.1f} ms/doc" for k, v in got.items()),
                  flush=True)
    print(f"\n{args.docs} documents, {args.tx} per transaction, {args.rounds} rounds (medians), "
          f"load average {os.getloadavg()[0]:.1f}")
    print("| database | statements/document | CPU ms/document: this process | server | in all |\n|---|---|---|---|---|")
    for name, rows in got.items():
        med = [statistics.median(r[i] for r in rows) for i in range(1, 4)]
        print(f"| {name} | {med[2]:.1f} | {med[0]:.1f} | {med[1]:.1f} | {med[0] + med[1]:.1f} |")


if __name__ == "__main__":
    main()
