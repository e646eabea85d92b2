"""Ingest against extraction: ``coopwatch ingest`` and ``coopwatch extract`` on the same files with the
same number of processes, as whole processes, taken in turns so both meet the same load.

    .venv/bin/python benchmarks/ingest_vs_extract.py ../shared/corpus/dev/docs --workers 2 --rounds 3
    .venv/bin/python benchmarks/ingest_vs_extract.py --stream 1000 --workers 2

Each round runs ``coopwatch extract PATHS -j N -o …`` and then ``coopwatch ingest PATHS -j N --db …``
(into a new SQLite file), and measures each command's wall clock and the CPU time of it and its
worker processes (``os.wait4``). The figure of merit is the ratio of throughputs, ingest / extract
(1.0: storing, stories and fusion cost nothing beyond extraction; the target is at least 0.8), and
the ratio of CPU seconds, extract / ingest. ``--stream N``: N items of the synthetic news stream
(``coopwatch.kb.synth.stream``) as one JSON Lines file instead of PATHS.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process and its children)."""
    t = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - t
    err = proc.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) not in (0,):
        sys.exit(f"{' '.join(cmd[:2])} failed: {err[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--stream", type=int, help="N items of the synthetic stream instead of PATHS")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    exe = str(Path(sys.executable).parent / "coopwatch")
    with tempfile.TemporaryDirectory() as tmp:
        paths = list(args.paths)
        if args.stream:
            from coopwatch.kb.synth import stream

            src = Path(tmp) / "news.jsonl"
            src.write_text("".join(json.dumps(d.jsonl(), ensure_ascii=False) + "\n" for d in stream(args.stream, seed=5)),
                           encoding="utf-8")
            paths = [str(src)]
        if not paths:
            sys.exit("нужны пути к документам или --stream N")
        from coopwatch.ingest import count_documents

        n = count_documents(paths)
        runs: dict[str, list[tuple[float, float]]] = {"extract": [], "ingest": []}
        for r in range(args.rounds):
            runs["extract"].append(timed([exe, "extract", *paths, "-j", str(args.workers), "--no-progress",
                                          "-o", str(Path(tmp) / f"facts{r}.jsonl")]))
            runs["ingest"].append(timed([exe, "ingest", *paths, "-j", str(args.workers), "--no-progress",
                                         "--db", str(Path(tmp) / f"kb{r}.db")]))
        wall = {k: statistics.median(w for w, _ in v) for k, v in runs.items()}
        cpu = {k: statistics.median(c for _, c in v) for k, v in runs.items()}
        print(f"{n} documents, {args.workers} worker processes, {args.rounds} rounds (medians), cores: {os.cpu_count()}, "
              f"load average at the end: {os.getloadavg()[0]:.1f}")
        print("| command | seconds | documents/s | CPU seconds |")
        print("|---|---|---|---|")
        for k in ("extract", "ingest"):
            print(f"| coopwatch {k} | {wall[k]:.1f} | {n / wall[k]:.1f} | {cpu[k]:.1f} |")
        print(f"\ningest / extract throughput: {wall['extract'] / wall['ingest']:.2f} (target ≥ 0.8); "
              f"CPU extract / ingest: {cpu['extract'] / cpu['ingest']:.2f}")


if __name__ == "__main__":
    main()
