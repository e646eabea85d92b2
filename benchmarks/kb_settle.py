"""What ``settle`` costs at the end of an ingest on top of a base, and what it recomputes: the next
``--next`` items of the stream on a copy of BASE, ``--tx`` to a transaction (``kb_growth.measure``, as
``kb_on_base.py``), with the canonical facts lagging at the start of each ``settle`` by type.

    .venv/bin/python benchmarks/kb_settle.py /work/tmp/scale12/after_kb100k.db --next 2000 --tx 38
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kb_growth import SEED, measure, next_on_base_args, write_stream  # noqa: E402


def main() -> None:
    args = next_on_base_args(__doc__, 2000, 38)

    import sqlalchemy as sa

    from coopwatch.kb import ingest
    from coopwatch.kb.synth import stream

    settle, lagging = ingest.fuse.settle, []

    def counted(kb: Any) -> int:
        with kb.read() as conn:
            lagging.append(conn.execute(sa.text(
                "SELECT type, count(*), sum(n_documents) FROM canonical_facts "
                "WHERE fused_n IS NULL OR fused_n != n_documents GROUP BY type ORDER BY type")).all())
        return settle(kb)

    ingest.fuse.settle = counted
    con = sqlite3.connect(f"file:{args.base}?mode=ro", uri=True)
    n = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    con.close()
    with tempfile.TemporaryDirectory() as tmp:
        docs, facts = write_stream(stream(n + args.next, seed=SEED)[n:], Path(tmp), "next")
        out = measure(Path(args.base), docs, facts, args.tx, False)
    lag = "; ".join(", ".join(f"{t} {c} ({d} documents)" for t, c, d in rows) or "none" for rows in lagging)
    print(f"base {n}: {out['docs']} documents, {out['cpu_ms']:.2f} CPU ms/document, settle {out['settle_ms']:.3f}, "
          f"kernel {out['kernel_ms']:.2f}; {out['written_kb']:.0f} KiB written/document; lagging at settle: {lag}")


if __name__ == "__main__":
    main()
