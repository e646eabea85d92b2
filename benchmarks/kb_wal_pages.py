"""Which tables and indexes the pages an ingest writes belong to: the next documents of the synthetic
stream written on top of a copy of a ``kb_growth.py`` base, with no checkpoint meanwhile, then the
WAL's frames counted by the b-tree each page belongs to (SQLite's ``dbstat``).

    .venv/bin/python benchmarks/kb_wal_pages.py /work/tmp/scale5/bases/base_20000.db --next 500 --tx 20

A page written twice in one transaction is one frame (SQLite rewrites its frame), in two
transactions two: the count is what the WAL receives, and what a checkpoint then copies. An index
with random keys (the LSH bands) dirties a page of its own for almost every row once it is much
larger than a transaction's rows, so its pages per document grow with the base.
"""

from __future__ import annotations

import argparse
import collections
import shutil
import sqlite3
import struct
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kb_growth import SEED, write_stream  # noqa: E402


def frames_by_page(wal: Path) -> tuple[collections.Counter[int], int]:
    """Frames per page number in a WAL file, and the number of commits in it."""
    raw = wal.read_bytes()
    size = struct.unpack(">I", raw[8:12])[0]
    frames: collections.Counter[int] = collections.Counter()
    commits, offset = 0, 32
    while offset + 24 + size <= len(raw):
        page, commit = struct.unpack(">II", raw[offset:offset + 8])
        frames[page] += 1
        commits += commit > 0
        offset += 24 + size
    return frames, commits


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", help="a kb_growth.py base (base_N.db: the first N documents of the stream)")
    ap.add_argument("--next", type=int, default=500)
    ap.add_argument("--tx", type=int, default=20, help="documents per transaction")
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args()

    from coopwatch.kb import db as db_module
    from coopwatch.kb import fuse
    from coopwatch.kb import ingest as ingest_module
    from coopwatch.kb.db import open_kb

    db_module.WAL_AUTOCHECKPOINT = 0  # every connection's setting: nothing leaves the WAL meanwhile
    from coopwatch.kb.synth import stream

    class FixedTransactions(ingest_module.CommitBoundaries):
        def full(self, written: int) -> bool:
            return written >= args.tx

    ingest_module.CommitBoundaries = FixedTransactions
    fuse.settle = lambda kb: 0  # the documents' own transactions only
    n = int(Path(args.base).stem.split("_")[-1])
    with tempfile.TemporaryDirectory() as tmp:
        docs, facts = write_stream(stream(n + args.next, seed=SEED)[n:], Path(tmp), "next")
        db = Path(tmp) / "kb.db"
        shutil.copyfile(args.base, db)
        kb = open_kb(f"sqlite:///{db}")
        added = ingest_module.ingest(kb, [str(docs)], workers=0, facts_file=facts, progress=False).added
        frames, commits = frames_by_page(Path(f"{db}-wal"))
        con = sqlite3.connect(db)
        names = dict(con.execute("SELECT pageno, name FROM dbstat"))
        con.close()
        kb.dispose()
    by: collections.Counter[str] = collections.Counter()
    for page, k in frames.items():
        by[names.get(page, "(free pages)")] += k
    print(f"base {n}: {added} documents, {commits} commits, {sum(frames.values()) / added:.1f} pages/document")
    for name, k in by.most_common(args.top):
        print(f"  {name}: {k / added:.2f}")


if __name__ == "__main__":
    main()
