"""The cost of the next documents on top of a large base that ``kb_growth.py`` does not build: a base
kept by ``kb_scale.py --given --keep PATH`` (the first N items of the same stream), a copy of it
given the items N … N+``--next``, ``--tx`` to a transaction, in this process (``kb_growth.measure``:
CPU, kernel, bytes written, ``settle``; ``--profile``: the hot statements and functions too).

    .venv/bin/python benchmarks/kb_on_base.py /work/tmp/scale6/kb100k.db --next 500
    .venv/bin/python benchmarks/kb_on_base.py /work/tmp/scale6/kb100k.db --next 3000 --writer-cache-mib 256
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kb_growth import SEED, measure, write_stream  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", help="an SQLite knowledge base of the first N items of the stream (kb_scale.py --keep)")
    ap.add_argument("--next", type=int, default=500)
    ap.add_argument("--tx", type=int, default=20, help="documents per transaction")
    ap.add_argument("--writer-cache-mib", type=int, help="the writer's page cache (coopwatch.kb.db.WRITER_CACHE_KIB)")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()

    from coopwatch.kb import db as db_module
    from coopwatch.kb.synth import stream

    if args.writer_cache_mib:
        db_module.WRITER_CACHE_KIB = args.writer_cache_mib * 1024
    con = sqlite3.connect(f"file:{args.base}?mode=ro", uri=True)
    n = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    con.close()
    with tempfile.TemporaryDirectory() as tmp:
        docs, facts = write_stream(stream(n + args.next, seed=SEED)[n:], Path(tmp), "next")
        out = measure(Path(args.base), docs, facts, args.tx, args.profile)
    print(f"base {n}: {out['docs']} documents, {out['cpu_ms']:.1f} CPU ms/document, of which the final settle "
          f"{out['settle_ms']:.1f}, in the kernel {out['kernel_ms']:.1f}; {out['written_kb']:.0f} KiB written/document; "
          f"{out['statements']:.1f} statements/document")
    for s in out.get("sql", [])[:10]:
        print(f"  {s['ms']:.2f} ms ×{s['n']:.2f}: {s['sql'][:160]}")


if __name__ == "__main__":
    main()
