"""Speed of briefing reports over a 100,000-fact knowledge base: ``coopwatch report`` as a whole
process (start, imports, the knowledge base, the chart, the file), for the largest pair — the
two places named together by the most canonical facts — in every format, and for comparison the
country pair that holds it (the whole hierarchy rolled up) and the place with the most facts.

    .venv/bin/python benchmarks/report_speed.py --db /tmp/coopwatch-kb-bench.db --rounds 5

Builds the database first when it holds fewer facts than ``--facts`` (the synthetic news items of
``coopwatch.kb.synth`` stored by the real ingest path, as ``benchmarks/kb_query.py`` does; the
same file serves both). Prints a Markdown table: median and slowest wall time of ``--rounds``
runs per row, the processor time the command used (user + system, its chart worker and converters
included: on a busy machine it says what the report costs when the wall time says how long others
kept it waiting), the report's size, and the machine's load (1-minute load average) when the row
was measured: other sessions share the machine, and a row measured at load 10 says little about
the wall time on a quiet one.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.kb_query import build  # noqa: E402
from coopwatch.kb.db import open_kb  # noqa: E402
from coopwatch.kb.schema import canonical_facts, canonical_sides, facts  # noqa: E402

COMMAND = Path(sys.executable).parent / "coopwatch"


def largest(url: str) -> tuple[tuple[str, str], int, str, int]:
    """The pair of places named together by most canonical facts, and the place with most facts."""
    kb = open_kb(url)
    with kb.read() as c:
        s1, s2 = canonical_sides.alias(), canonical_sides.alias()
        pairs = Counter(dict(((a, b), n) for a, b, n in c.execute(
            sa.select(s1.c.place_id, s2.c.place_id, sa.func.count(s1.c.canonical_id.distinct()))
            .join(s2, sa.and_(s1.c.canonical_id == s2.c.canonical_id, s1.c.place_id < s2.c.place_id))
            .group_by(s1.c.place_id, s2.c.place_id))))
        places = Counter(dict(c.execute(
            sa.select(canonical_sides.c.place_id, sa.func.count(canonical_sides.c.canonical_id.distinct()))
            .join(canonical_facts, canonical_facts.c.id == canonical_sides.c.canonical_id)
            .where(sa.func.length(canonical_sides.c.place_id) > 2)
            .group_by(canonical_sides.c.place_id)).all()))
    kb.dispose()
    (pair, n), = pairs.most_common(1)
    (place, m), = places.most_common(1)
    return pair, n, place, m


def run(args: list[str], out: Path) -> tuple[float, float]:
    """Wall time and processor time (user + system, of the command and the converters it starts)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run([str(COMMAND), "report", *args, "--out", str(out)], capture_output=True, text=True,
                          check=False)
    took = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"coopwatch report {' '.join(args)}: {done.stderr}")
    return took, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="/tmp/coopwatch-kb-bench.db")
    ap.add_argument("--facts", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    kb = open_kb(args.db)
    with kb.read() as c:
        stored = c.execute(sa.select(sa.func.count()).select_from(facts)).scalar_one()
        canonical = c.execute(sa.select(sa.func.count()).select_from(canonical_facts)).scalar_one()
    kb.dispose()
    if stored < args.facts:
        build(args.db, args.facts, args.workers)
        return main()
    (a, b), n_pair, place, n_place = largest(args.db)
    countries = (a[:2], b[:2])
    print(f"база: {stored} извлечённых фактов, {canonical} канонических; самая большая пара: {a} — {b} "
          f"({n_pair} канонических фактов); место с наибольшим числом фактов: {place} ({n_place})")
    rows = [(f"пара {a} — {b}", ["--pair", a, b], fmt) for fmt in ("docx", "html", "md", "pdf")]
    rows += [(f"пара {a} — {b}, PDF через LibreOffice", ["--pair", a, b, "--pdf-engine", "libreoffice"], "pdf")]
    rows += [(f"пара стран {countries[0]} — {countries[1]} (вся иерархия)", ["--pair", *countries], "docx"),
             (f"место {place} со всеми партнёрами", ["--place", place], "docx")]
    print(f"загрузка машины (loadavg за 1 мин) перед замером: {os.getloadavg()[0]:.1f} на {os.cpu_count()} ядрах")
    print("| отчёт | формат | медиана, с | макс., с | процессор (user+sys), медиана, с | размер, КБ | загрузка |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for label, extra, fmt in rows:
            out = Path(tmp) / f"report.{fmt}"
            load = os.getloadavg()[0]
            runs = [run(["--db", args.db, *extra, "--format", fmt], out) for _ in range(args.rounds)]
            wall, cpu = [r[0] for r in runs], [r[1] for r in runs]
            size = out.stat().st_size / 1024
            print(f"| {label} | {fmt} | {statistics.median(wall):.2f} | {max(wall):.2f} | {statistics.median(cpu):.2f} "
                  f"| {size:.0f} | {load:.1f}–{os.getloadavg()[0]:.1f} |", flush=True)
    print(f"загрузка машины после замера: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
