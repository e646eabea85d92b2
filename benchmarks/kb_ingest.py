"""Ingest speed and memory: N synthetic news items through the real extractor into SQLite, end to end.

    .venv/bin/python benchmarks/kb_ingest.py --docs 10000 --workers 2

Writes the items (``coopwatch.kb.synth.from_samples``: the team's own sample notes recombined, no
third-party text) as one JSON Lines file, runs ``coopwatch ingest FILE --db … -j WORKERS`` as a user
would, samples the resident memory of the command and its worker processes (summed) twice a
second, and reports documents per second and the peak.
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

from coopwatch.kb.synth import from_samples


def rss_by_process(pid: int) -> dict[int, float]:
    """Resident memory of a process and each of its descendants, in MiB (Linux /proc)."""
    out: dict[int, float] = {}
    todo = [pid]
    while todo:
        p = todo.pop()
        if p in out:
            continue
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    out[p] = int(line.split()[1]) / 1024
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return out


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MiB."""
    return sum(rss_by_process(pid).values())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--keep", help="keep the database at this path")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "news.jsonl"
        src.write_text("".join(json.dumps(d.jsonl(), ensure_ascii=False) + "\n" for d in from_samples(args.docs, seed=99)),
                       encoding="utf-8")
        db = Path(args.keep) if args.keep else Path(tmp) / "kb.db"
        exe = Path(sys.executable).parent / "coopwatch"
        t = time.monotonic()
        proc = subprocess.Popen([str(exe), "ingest", str(src), "--db", str(db), "-j", str(args.workers),
                                 "--no-progress"], stderr=subprocess.PIPE, text=True)
        peak = 0.0
        while proc.poll() is None:
            peak = max(peak, tree_rss_mb(proc.pid))
            time.sleep(0.5)
        seconds = time.monotonic() - t
        err = proc.stderr.read()
        if proc.returncode:
            sys.exit(f"ingest failed ({proc.returncode}): {err[-2000:]}")
        con = sqlite3.connect(db)
        n_docs, n_facts, n_canon, n_stories = con.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM facts), "
            "(SELECT count(*) FROM canonical_facts), (SELECT count(DISTINCT story_id) FROM documents)").fetchone()
        con.close()
        print(err.strip().splitlines()[-1])
        print("| documents | workers | seconds | documents/s | facts | canonical facts | stories | peak memory, MiB |")
        print("|---|---|---|---|---|---|---|---|")
        print(f"| {n_docs} | {args.workers} | {seconds:.0f} | {n_docs / seconds:.1f} | {n_facts} | {n_canon} | "
              f"{n_stories} | {peak:.0f} |")
        print(f"cores: {os.cpu_count()}")


if __name__ == "__main__":
    main()
