"""What reading the members of canonical facts costs on SQLite through the documents table and
through a covering index of the columns fusion takes from it (``story_id``, ``published``,
``content_hash``: stored after the text and the lemmas, so reaching them walks the row's overflow
pages).

    .venv/bin/python benchmarks/kb_member_reads.py /work/tmp/scale5/bases/base_20000.db --types trade transport

On a copy of a ``kb_growth.py`` base (the base is left as it is), the covering index is created;
then every member of the canonical facts of ``--types`` is read one canonical fact at a time, as
``fuse.recompute`` does, alternately without and with ``INDEXED BY`` that index, each round on a
new connection (SQLite's default page cache), and the CPU time of each round is printed.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

MEMBERS = ("SELECT facts.id, facts.data, facts.document_id, documents.story_id, documents.published, "
           "documents.content_hash FROM facts JOIN documents {hint} ON documents.id = facts.document_id "
           "WHERE facts.canonical_id = ?")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base")
    ap.add_argument("--types", nargs="+", default=["trade", "transport"])
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "kb.db"
        shutil.copyfile(args.base, db)
        con = sqlite3.connect(db)
        con.execute("CREATE INDEX ix_documents_members ON documents (id, story_id, published, content_hash)")
        marks = ",".join("?" * len(args.types))
        cids = [r[0] for r in con.execute(f"SELECT id FROM canonical_facts WHERE type IN ({marks}) ORDER BY id",
                                          args.types)]
        con.commit()
        con.close()
        for _ in range(args.rounds):
            for hint in ("", "INDEXED BY ix_documents_members"):
                con = sqlite3.connect(db)
                t, rows = time.process_time(), 0
                for cid in cids:
                    rows += len(con.execute(MEMBERS.format(hint=hint), (cid,)).fetchall())
                ms = 1000 * (time.process_time() - t)
                con.close()
                print(f"{'covering index' if hint else 'documents table'}: {len(cids)} canonical facts, "
                      f"{rows} members, {ms:.0f} CPU ms ({1000 * ms / max(rows, 1):.1f} µs per member)", flush=True)


if __name__ == "__main__":
    main()
