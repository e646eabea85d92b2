"""What grows with the knowledge base: the same next documents of the synthetic stream written on
top of bases of different sizes, with the writer's CPU per document, SQL statements per document,
the hot statements (with SQLite's ``EXPLAIN QUERY PLAN``) and the writer's functions per document.

    .venv/bin/python benchmarks/kb_growth.py --bases 2000 10000 20000 --next 500 --dir /work/tmp/scale3/bases

The stream is ``coopwatch.kb.synth.stream(seed=99)`` (the one ``kb_scale.py`` ingests). The bases
are built once in ``--dir`` (``base_N.db``: the first N documents, ingested with their facts given;
each larger base continues the smaller one), and built anew when the fusion code changed (its
``fusion_version`` is not the one the base was fused by). Then, for each base, a copy of it gets
the documents N … N+``--next`` of the stream in a process of its own, ``--tx`` documents to a
transaction whatever the clock says (``kb_writer.py``: the ingest's own boundaries follow the CPU
time, which would make the fusion's share differ from base to base), twice: once measured (CPU
time of the process; ``--repeat R``: R times, the run of least CPU kept), once under cProfile with
every statement timed. Flat means the last column equals the first.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

SEED = 99


def next_on_base_args(doc: str, next_docs: int, tx: int):
    """The arguments of a run of the next documents of the stream on a kept base (kb_settle.py, kb_functions.py)."""
    import argparse

    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("base", help="an SQLite knowledge base of the first N items of the stream (kb_scale.py --keep)")
    ap.add_argument("--next", type=int, default=next_docs)
    ap.add_argument("--tx", type=int, default=tx, help="documents per transaction")
    return ap.parse_args()


def write_stream(items: list[Any], folder: Path, name: str) -> tuple[Path, Path]:
    docs, facts = folder / f"{name}.jsonl", folder / f"{name}.facts.jsonl"
    docs.write_text("".join(json.dumps(d.jsonl(), ensure_ascii=False) + "\n" for d in items), encoding="utf-8")
    facts.write_text("".join(json.dumps(d.facts_line(), ensure_ascii=False) + "\n" for d in items), encoding="utf-8")
    return docs, facts


def base_version(path: Path) -> str | None:
    if not path.exists():
        return None
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT value FROM kb_settings WHERE key = 'fusion_version'").fetchone()
        return row[0] if row else None
    except sqlite3.Error:
        return None
    finally:
        con.close()


def build_bases(sizes: list[int], folder: Path, items: list[Any]) -> None:
    """``base_N.db`` for each size, built from the stream in one growing base, unless current."""
    from coopwatch.kb import ingest
    from coopwatch.kb.db import open_kb
    from coopwatch.kb.fuse import fusion_version

    folder.mkdir(parents=True, exist_ok=True)
    if all(base_version(folder / f"base_{n}.db") == fusion_version() for n in sizes):
        return
    work = folder / "building.db"
    for p in folder.glob("building.db*"):
        p.unlink()
    done = 0
    with tempfile.TemporaryDirectory() as tmp:
        for n in sorted(sizes):
            docs, facts = write_stream(items[done:n], Path(tmp), f"part{n}")
            c0, t0 = time.process_time(), time.monotonic()
            kb = open_kb(f"sqlite:///{work}")
            summary = ingest.ingest(kb, [str(docs)], workers=0, facts_file=facts, progress=False)
            kb.dispose()
            print(f"base {n}: {summary.added} documents added in {time.monotonic() - t0:.0f} s "
                  f"({1000 * (time.process_time() - c0) / max(summary.added, 1):.1f} CPU ms/document)", flush=True)
            shutil.copyfile(work, folder / f"base_{n}.db")
            done = n
    for p in folder.glob("building.db*"):
        p.unlink()


# --- one measurement, in a process of its own ------------------------------------------------------

def _normalize(sql: str) -> str:
    sql = re.sub(r"\s+", " ", sql).strip()
    sql = re.sub(r"\((?:\?|%\(\w+\)s)(?:, (?:\?|%\(\w+\)s))+\)", "(…)", sql)  # expanded IN lists
    sql = re.sub(r"(?:\(\?(?:, \?)*\)(?:, )?){2,}", "(…), …", sql)  # many-row VALUES
    return sql


def _written() -> int:
    """Bytes this process has written by system calls (Linux /proc): SQLite's WAL and checkpoints."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("wchar:"):
            return int(line.split()[1])
    return 0


def measure(base: Path, docs: Path, facts: Path, tx: int, profile: bool) -> dict[str, Any]:
    import sqlalchemy as sa
    from sqlalchemy.engine import Engine

    from coopwatch.kb import ingest as ingest_module
    from coopwatch.kb.db import open_kb
    from coopwatch.kb.fuse import fusion_version

    class FixedTransactions(ingest_module.CommitBoundaries):
        def full(self, written: int) -> bool:
            return written >= tx

    if tx:
        ingest_module.CommitBoundaries = FixedTransactions
    settled = [0.0]
    settle = ingest_module.fuse.settle

    def timed_settle(kb: Any) -> int:  # the end of the ingest: the large canonical facts recomputed
        t = time.process_time()
        try:
            return settle(kb)
        finally:
            settled[0] += time.process_time() - t

    ingest_module.fuse.settle = timed_settle
    if base_version(base) != fusion_version():
        sys.exit(f"{base}: fused by another version of the fusion code; build the bases anew")
    stats: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    sample: dict[str, Any] = {}
    count = [0]

    @sa.event.listens_for(Engine, "before_cursor_execute")
    def _before(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        count[0] += 1
        conn.info["t0"] = time.process_time()

    if profile:
        @sa.event.listens_for(Engine, "after_cursor_execute")
        def _after(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
            key = _normalize(statement)
            s = stats[key]
            s[0] += 1
            s[1] += time.process_time() - conn.info.pop("t0", time.process_time())
            if key not in sample and not executemany and statement.lstrip().upper().startswith("SELECT"):
                sample[key] = (statement, parameters)

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "kb.db"
        shutil.copyfile(base, db)
        kb = open_kb(f"sqlite:///{db}")
        prof = cProfile.Profile(time.process_time) if profile else None
        c0, k0, w0 = time.process_time(), resource.getrusage(resource.RUSAGE_SELF).ru_stime, _written()
        if prof:
            prof.enable()
        summary = ingest_module.ingest(kb, [str(docs)], workers=0, facts_file=facts, progress=False)
        if prof:
            prof.disable()
        cpu = time.process_time() - c0
        kernel = resource.getrusage(resource.RUSAGE_SELF).ru_stime - k0  # SQLite's reads and writes of pages
        written = _written() - w0
        n = max(summary.added, 1)
        with kb.read() as conn:  # one change record per committed transaction (fewer than ``changes.KEEP``)
            before = sqlite3.connect(base).execute("SELECT count(*) FROM kb_changes").fetchone()[0]
            commits = conn.execute(sa.text("SELECT count(*) FROM kb_changes")).scalar_one() - before
        out: dict[str, Any] = {"docs": summary.added, "cpu_ms": 1000 * cpu / n, "statements": count[0] / n,
                               "per_tx": summary.added / max(commits, 1), "settle_ms": 1000 * settled[0] / n,
                               "kernel_ms": 1000 * kernel / n, "written_kb": written / 1024 / n}
        if prof:
            top = sorted(stats.items(), key=lambda kv: -kv[1][1])[:12]
            con = sqlite3.connect(db)
            plans = {}
            for key, _ in top[:6]:
                if key in sample:
                    sql, params = sample[key]
                    try:
                        plans[key] = [r[3] for r in con.execute("EXPLAIN QUERY PLAN " + sql, params)]
                    except sqlite3.Error as e:
                        plans[key] = [f"(no plan: {e})"]
            con.close()
            out["sql"] = [{"sql": k[:400], "n": v[0] / n, "ms": 1000 * v[1] / n, "plan": plans.get(k)} for k, v in top]
            ps = pstats.Stats(prof)
            funcs = {}
            for (file, _line, name), (_cc, _nc, tt, ct, _callers) in ps.stats.items():  # type: ignore[attr-defined]
                if "/coopwatch/" in file:
                    rel = file.split("/coopwatch/", 1)[1]
                    funcs[f"{rel}:{name}"] = {"ct": 1000 * ct / n, "tt": 1000 * tt / n}
            out["funcs"] = funcs
        kb.dispose()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bases", type=int, nargs="+", default=[2000, 10000, 20000])
    ap.add_argument("--next", type=int, default=500, help="documents written on top of each base")
    ap.add_argument("--tx", type=int, default=20,
                    help="documents per transaction (0: the ingest's own boundaries, CPU time and clock)")
    ap.add_argument("--dir", help="where the bases are kept (built when missing or stale)")
    ap.add_argument("--top", type=int, default=25, help="functions shown")
    ap.add_argument("--repeat", type=int, default=1,
                    help="measured runs per base, the one of least CPU kept (other load on the machine only adds)")
    ap.add_argument("--one", nargs=3, metavar=("BASE", "DOCS", "FACTS"), help=argparse.SUPPRESS)
    ap.add_argument("--profile", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(measure(*map(Path, args.one), args.tx, args.profile)))
        return
    if not args.dir:
        ap.error("--dir is required")
    from coopwatch.kb.synth import stream

    folder = Path(args.dir)
    sizes = sorted(args.bases)
    items = stream(sizes[-1] + args.next, seed=SEED)
    build_bases(sizes, folder, items)
    results: dict[int, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            docs, facts = write_stream(items[n:n + args.next], Path(tmp), f"next{n}")
            runs: dict[bool, dict[str, Any]] = {}
            for profile in [False] * max(1, args.repeat) + [True]:
                cmd = [sys.executable, __file__, "--one", str(folder / f"base_{n}.db"), str(docs), str(facts),
                       "--tx", str(args.tx), *(["--profile"] if profile else [])]
                got = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True)
                                 .stdout.strip().splitlines()[-1])
                if profile not in runs or got["cpu_ms"] < runs[profile]["cpu_ms"]:
                    runs[profile] = got
            results[n] = {**runs[True], "cpu_ms": runs[False]["cpu_ms"], "cpu_ms_profiled": runs[True]["cpu_ms"],
                          "per_tx": runs[False]["per_tx"], "settle_ms": runs[False]["settle_ms"],
                          "kernel_ms": runs[False]["kernel_ms"], "written_kb": runs[False]["written_kb"]}
            print(f"base {n}: {results[n]['cpu_ms']:.1f} CPU ms/document, {results[n]['statements']:.1f} "
                  f"statements/document, {runs[False]['per_tx']:.1f} documents/transaction "
                  f"(load {os.getloadavg()[0]:.1f})", flush=True)
    head = " | ".join(f"base {n}" for n in sizes)
    print(f"\n{args.next} next documents, {args.tx} per transaction, load average {os.getloadavg()[0]:.1f}")
    print(f"| | {head} |\n|---|{'---|' * len(sizes)}")
    for label, key in (("CPU ms/document", "cpu_ms"), ("of which the final settle", "settle_ms"),
                       ("of which in the kernel", "kernel_ms"), ("KiB written (WAL, checkpoints)", "written_kb"),
                       ("statements/document", "statements"),
                       ("documents/transaction", "per_tx")):
        print(f"| {label} | " + " | ".join(f"{results[n][key]:.1f}" for n in sizes) + " |")
    print("\nfunctions, cumulative CPU ms/document under the profiler (by growth, then by cost in the largest base):")
    print(f"| function | {head} |\n|---|{'---|' * len(sizes)}")
    last, first = results[sizes[-1]]["funcs"], results[sizes[0]]["funcs"]
    names = sorted(last, key=lambda f: -last[f]["ct"])[:args.top * 2]
    names = sorted(names, key=lambda f: -(last[f]["ct"] - first.get(f, {"ct": 0})["ct"]))[:args.top]
    for f in names:
        print(f"| {f} | " + " | ".join(f"{results[n]['funcs'].get(f, {'ct': 0})['ct']:.2f}" for n in sizes) + " |")
    print(f"\nstatements by CPU ms/document in the largest base ({sizes[-1]}), with the same in the smallest:")
    small = {s["sql"]: s for s in results[sizes[0]]["sql"]}
    for s in results[sizes[-1]]["sql"]:
        was = small.get(s["sql"])
        print(f"- {s['ms']:.2f} ms ({s['n']:.1f}×) vs {was['ms'] if was else float('nan'):.2f} ms: {s['sql'][:300]}")
        plan = s["plan"] or []
        for i, line in enumerate(plan):
            if i < 12 and line not in plan[:i]:  # a band lookup per LSH band is one line
                print(f"    plan: {line}")


if __name__ == "__main__":
    main()
