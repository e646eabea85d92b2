"""One Dask worker against two: ``coopwatch ingest --cluster local -j W`` on the same N items of the
synthetic news stream, with the real extractor, each into a new knowledge base.

    .venv/bin/python benchmarks/dask_workers.py --docs 20000 --workers 1 2
    .venv/bin/python benchmarks/dask_workers.py --docs 2000 --workers 1 2 --db postgresql+psycopg://…/bench

Reports documents per second for each number of workers, the ratio (the target on this 2-core
machine is 1.8), and the peak resident memory of each worker process (the target is at most 1 GB)
and of the process that writes the knowledge base. ``--db``: a PostgreSQL server URL (its database
is emptied before each run); by default an SQLite file.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from coopwatch.kb.synth import stream

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kb_ingest import rss_by_process  # noqa: E402


def empty_pg(url: str) -> None:
    import sqlalchemy as sa

    from coopwatch.kb.schema import metadata

    engine = sa.create_engine(url)
    with engine.begin() as c:
        c.exec_driver_sql("DROP TABLE IF EXISTS alembic_version, documents_fts CASCADE")
        metadata.drop_all(c)
    engine.dispose()


def run(src: Path, db: str, workers: int) -> tuple[float, int, float, float]:
    """(seconds, documents, peak MiB of a worker, peak MiB of the writing process)."""
    exe = Path(sys.executable).parent / "coopwatch"
    t = time.monotonic()
    proc = subprocess.Popen([str(exe), "ingest", str(src), "--db", db, "--cluster", "local", "-j", str(workers),
                             "--no-progress"], stderr=subprocess.PIPE, text=True)
    worker_peak = main_peak = 0.0
    while proc.poll() is None:
        rss = rss_by_process(proc.pid)
        main_peak = max(main_peak, rss.pop(proc.pid, 0.0))
        worker_peak = max([worker_peak, *rss.values()])
        time.sleep(0.5)
    seconds = time.monotonic() - t
    err = proc.stderr.read()
    if proc.returncode:
        sys.exit(f"ingest failed ({proc.returncode}): {err[-2000:]}")
    line = err.strip().splitlines()[-1]
    added = int(line.split("Добавлено документов: ")[1].split(",")[0])
    return seconds, added, worker_peak, main_peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=20_000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--db", help="PostgreSQL URL (emptied before each run); default: a new SQLite file")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "news.jsonl"
        src.write_text("".join(json.dumps(d.jsonl(), ensure_ascii=False) + "\n" for d in stream(args.docs, seed=20)),
                       encoding="utf-8")
        rows = []
        for w in args.workers:
            if args.db:
                empty_pg(args.db)
            db = args.db or str(Path(tmp) / f"kb{w}.db")
            rows.append((w, *run(src, db, w)))
            w_, s_, n_, wp_, mp_ = rows[-1]  # said at once: a long run stopped later keeps this one
            print(f"{w_} workers: {s_:.0f} s, {n_ / s_:.1f} documents/s, peak MiB worker {wp_:.0f}, writer {mp_:.0f} "
                  f"(load {os.getloadavg()[0]:.1f})", flush=True)
        print(f"{args.docs} documents, {'PostgreSQL' if args.db else 'SQLite'}, cores: {os.cpu_count()}, "
              f"load average at the end: {os.getloadavg()[0]:.1f}")
        print("| Dask workers | seconds | documents/s | peak memory of a worker, MiB | of the writer, MiB |")
        print("|---|---|---|---|---|")
        for w, s, n, wp, mp in rows:
            print(f"| {w} | {s:.0f} | {n / s:.1f} | {wp:.0f} | {mp:.0f} |")
        if len(rows) >= 2:
            print(f"\nspeed-up {rows[-1][0]} / {rows[0][0]} workers: "
                  f"{(rows[-1][2] / rows[-1][1]) / (rows[0][2] / rows[0][1]):.2f}")


if __name__ == "__main__":
    main()
