"""Ingest speed as the knowledge base grows: N items of a synthetic news stream into one base, one
``coopwatch ingest`` process, and the speed of every slice of it.

    .venv/bin/python benchmarks/kb_scale.py --docs 10000 --slice 1000 --workers 2
    .venv/bin/python benchmarks/kb_scale.py --docs 100000 --given    # the knowledge-base side alone
    .venv/bin/python benchmarks/kb_scale.py --docs 10000 --given --url postgresql://postgres@127.0.0.1:55432/NAME

The items (``coopwatch.kb.synth.stream``: the team's own sentences, a hundred a day in publication
order, a fifth of them reprints of an item of the last days) are written as one JSON Lines file and
ingested by ``coopwatch ingest FILE --db … -j WORKERS`` as a user would (``--given``: with their facts
given, ``--facts``, so only the knowledge base's side is measured). While it runs, the number of
stored documents is read from the database (SQLite in WAL mode: a reader never waits) and the CPU
time of the command and its workers from /proc, twice a second; each slice of ``--slice`` documents
gets its documents per second (wall clock) and its CPU milliseconds per document (all processes:
less sensitive to other load on the machine than the wall clock; with ``--url`` of a PostgreSQL
database on this machine, the CPU of the server processes serving it as well). Flat means the last slices are
as fast as the first.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from coopwatch.kb.synth import stream

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kb_ingest import rss_by_process, tree_rss_mb  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")


def tree_cpu_s(pid: int) -> float:
    """CPU seconds (user + system) of a process and its live descendants, plus its waited-for
    children (Linux /proc)."""
    total, todo, seen = 0.0, [pid], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += sum(int(x) for x in fields[11:15]) / TICK  # utime stime cutime cstime
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError, PermissionError, IndexError):
            continue
    return total


def stored(db: Path | str) -> int:
    """Documents stored so far: in the SQLite file ``db``, or at a database URL (PostgreSQL)."""
    if isinstance(db, str):
        import sqlalchemy as sa

        try:
            with _engine(db).connect() as conn:
                return conn.execute(sa.text("SELECT count(*) FROM documents")).scalar_one()
        except sa.exc.SQLAlchemyError:
            return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


_ENGINES: dict = {}


def server_cpu(url: str, seen: dict[int, float]) -> float:
    """CPU seconds of the PostgreSQL server processes serving this database (other than this
    reader), each the most seen of it: the server's share of the work, which is no child of the
    command (same machine: /proc)."""
    import sqlalchemy as sa

    try:
        with _engine(url).connect() as conn:
            pids = conn.execute(sa.text("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                                        "AND pid <> pg_backend_pid()")).scalars().all()
    except sa.exc.SQLAlchemyError:
        pids = []
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            seen[pid] = max(seen.get(pid, 0.0), sum(int(x) for x in fields[11:13]) / TICK)
        except (FileNotFoundError, ProcessLookupError, PermissionError, IndexError):
            continue
    return sum(seen.values())


def _engine(url: str):  # noqa: ANN202 - sqlalchemy.Engine
    import sqlalchemy as sa

    if url not in _ENGINES:
        _ENGINES[url] = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    return _ENGINES[url]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--slice", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--given", action="store_true", help="facts given: the knowledge base's side alone")
    ap.add_argument("--keep", help="keep the database at this path")
    ap.add_argument("--url", help="ingest into this database URL (PostgreSQL: an empty database of its own) "
                                  "instead of a new SQLite file")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        docs = stream(args.docs, seed=99)
        src = Path(tmp) / "news.jsonl"
        src.write_text("".join(json.dumps(d.jsonl(), ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        cmd = [str(Path(sys.executable).parent / "coopwatch"), "ingest", str(src), "-j", str(args.workers),
               "--no-progress"]
        if args.given:
            facts = Path(tmp) / "facts.jsonl"
            facts.write_text("".join(json.dumps(d.facts_line(), ensure_ascii=False) + "\n" for d in docs),
                             encoding="utf-8")
            cmd += ["--facts", str(facts)]
        del docs
        db: Path | str = args.url or (Path(args.keep) if args.keep else Path(tmp) / "kb.db")
        proc = subprocess.Popen([*cmd, "--db", str(db)], stderr=subprocess.PIPE, text=True)
        t0 = time.monotonic()
        peak, marks, cpu = 0.0, [(0.0, 0, 0.0)], 0.0
        each: dict[int, float] = {}  # peak per process: the writer (the command) and its workers
        backends: dict[int, float] = {}  # PostgreSQL: its server processes' CPU counts too
        print(f"{'given facts' if args.given else 'extraction'}, {args.workers} workers, {args.docs} documents; "
              "slices as they complete (documents stored, slice documents/s, slice CPU ms/document, load):",
              flush=True)
        while proc.poll() is None:
            time.sleep(0.5)
            peak = max(peak, tree_rss_mb(proc.pid))
            for p, mb in rss_by_process(proc.pid).items():
                each[p] = max(each.get(p, 0.0), mb)
            cpu = max(cpu, tree_cpu_s(proc.pid) + (server_cpu(args.url, backends) if args.url else 0.0))
            n = stored(db)
            if len(marks) == 1 and n and not marks[0][1]:
                # slices start at the first stored document: start-up (reading the files, the facts
                # file, workers, migrations) is no document's cost and would weigh on the first slice
                marks[0] = (time.monotonic() - t0, n, cpu)
            if n >= marks[-1][1] + args.slice:
                marks.append((time.monotonic() - t0, n, cpu))
                (t1, n1, c1), (t2, n2, c2) = marks[-2:]
                # printed as it happens: a run stopped early still leaves its slices in the log
                print(f"  {n2} {(n2 - n1) / (t2 - t1):.1f} {1000 * (c2 - c1) / (n2 - n1):.1f} "
                      f"{os.getloadavg()[0]:.1f}", flush=True)
        seconds = time.monotonic() - t0
        err = proc.stderr.read()
        if proc.returncode:
            sys.exit(f"ingest failed ({proc.returncode}): {err[-2000:]}")
        n = stored(db)
        print(err.strip().splitlines()[-1])
        print(f"\n{'given facts' if args.given else 'extraction'}, {args.workers} workers, cores: {os.cpu_count()}, "
              f"load average at the end: {os.getloadavg()[0]:.1f}")
        print("| documents stored | slice documents/s | slice CPU ms/document |")
        print("|---|---|---|")
        for (t1, n1, c1), (t2, n2, c2) in zip(marks, marks[1:], strict=False):
            print(f"| {n2} | {(n2 - n1) / (t2 - t1):.1f} | {1000 * (c2 - c1) / (n2 - n1):.1f} |")
        workers = [mb for p, mb in each.items() if p != proc.pid]
        print(f"\n| documents | seconds | documents/s | peak memory, MiB | the writer's peak, MiB | "
              f"a worker's peak, MiB |\n|---|---|---|---|---|---|\n"
              f"| {n} | {seconds:.0f} | {n / seconds:.1f} | {peak:.0f} | {each.get(proc.pid, 0):.0f} | "
              f"{max(workers, default=0):.0f} |")


if __name__ == "__main__":
    main()
