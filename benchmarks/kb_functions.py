"""The cost of the next documents on top of a base (as ``kb_on_base.py``), with the CPU time of the
main steps of writing them — a document's story, the first facts before the change, a block
partitioned anew, recomputation, growth — summed by ``time.process_time`` around each call, without
a profiler (cProfile's timer calls inflate the kernel time and the Python-heavy steps).

    .venv/bin/python benchmarks/kb_functions.py /work/tmp/scale7/kb100k_new.db --next 500
"""

from __future__ import annotations

import functools
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kb_growth import SEED, measure, next_on_base_args, write_stream  # noqa: E402

STEPS = [("stories", "place_in_story"), ("fuse", "_prefix_refs"), ("fuse", "_refuse_block"), ("fuse", "recompute"),
         ("fuse", "grow"), ("store", "_insert_facts"), ("fuse", "_near"), ("fuse", "_occasions")]


def _timed(acc: dict[str, float], module: Any, name: str) -> None:
    f = getattr(module, name)

    @functools.wraps(f)
    def g(*a: Any, **k: Any) -> Any:
        t = time.process_time()
        try:
            return f(*a, **k)
        finally:
            acc[name] = acc.get(name, 0.0) + time.process_time() - t

    setattr(module, name, g)


def main() -> None:
    args = next_on_base_args(__doc__, 500, 20)

    from coopwatch.kb import fuse, store, stories
    from coopwatch.kb.synth import stream

    modules = {"stories": stories, "fuse": fuse, "store": store}
    acc: dict[str, float] = {}
    for module, name in STEPS:
        _timed(acc, modules[module], name)
    con = sqlite3.connect(f"file:{args.base}?mode=ro", uri=True)
    n = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    con.close()
    with tempfile.TemporaryDirectory() as tmp:
        docs, facts = write_stream(stream(n + args.next, seed=SEED)[n:], Path(tmp), "next")
        out = measure(Path(args.base), docs, facts, args.tx, False)
    d = max(out["docs"], 1)
    print(f"base {n}: {out['docs']} documents, {out['cpu_ms']:.1f} CPU ms/document, of which the final settle "
          f"{out['settle_ms']:.1f}, in the kernel {out['kernel_ms']:.1f}; {out['written_kb']:.0f} KiB written/document")
    for name, s in sorted(acc.items(), key=lambda kv: -kv[1]):
        print(f"  {name}: {1000 * s / d:.2f} ms/document")


if __name__ == "__main__":
    main()
