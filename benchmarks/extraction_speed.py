"""Extraction speed and memory, measured (a benchmark, not a test).

    .venv/bin/python benchmarks/extraction_speed.py [--rounds 3] [--memory 10000] [--cold 3]

- throughput: documents/second and characters/second of coopwatch's full extraction
  (``extract_document``) and of the bare Natasha pipeline (segment + morph + syntax + NER) on the
  same texts in the same process, after one warm-up pass; the ratio is what extraction costs on
  top of Natasha (target ≤ 1.5);
- cold start: wall time of ``coopwatch extract ONE_FILE`` in a fresh process (target < 3 s);
- memory: peak RSS while streaming N documents through extraction in one process (target
  < 1 GB for 10 000).

Texts: ``../shared/corpus/dev/docs`` when present, else the bundled samples. Prints a Markdown
table for the README.
"""

from __future__ import annotations

import argparse
import itertools
import resource
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
warnings.filterwarnings("ignore")

from coopwatch import paths  # noqa: E402
from coopwatch.ingest import ReadFailure, read_paths  # noqa: E402


def corpus() -> tuple[str, list]:
    dev = REPO.parent / "shared" / "corpus" / "dev" / "docs"
    source = dev if dev.exists() else paths.SAMPLES
    docs = [d for d in read_paths([source]) if not isinstance(d, ReadFailure)]
    return str(source), docs


def bare_natasha(texts: list[str]) -> None:
    from natasha import Doc

    from coopwatch.nlp.annotate import models

    m = models()
    for text in texts:
        doc = Doc(text)
        doc.segment(m["segmenter"])
        doc.tag_morph(m["morph"])
        doc.parse_syntax(m["syntax"])
        doc.tag_ner(m["ner"])


def ours(docs: list) -> None:
    from coopwatch.extract import extract_document

    for d in docs:
        extract_document(d)


def timed(fn, arg, rounds: int) -> float:
    best = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn(arg)
        best.append(time.perf_counter() - t)
    return statistics.median(best)


def cold_start(sample: Path, runs: int) -> float:
    exe = REPO / ".venv" / "bin" / "coopwatch"
    cmd = [str(exe) if exe.exists() else "coopwatch", "extract", str(sample), "--no-progress"]
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def memory(docs: list, n: int) -> tuple[float, float]:
    """Peak RSS (MB) after streaming ``n`` documents, and documents/second on the way."""
    from coopwatch.extract import extract_document

    t = time.perf_counter()
    for k, d in enumerate(itertools.islice(itertools.cycle(docs), n)):
        # a fresh id and a changed line each time, so nothing is served from a per-document cache
        extract_document(d.model_copy(update={"id": f"{d.id}-{k}", "text": d.text + f"\n{k}"}))
    elapsed = time.perf_counter() - t
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, n / elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--cold", type=int, default=3, help="cold-start runs (0 to skip)")
    ap.add_argument("--memory", type=int, default=0, help="stream this many documents and report peak RSS")
    a = ap.parse_args()
    source, docs = corpus()
    texts = [d.text for d in docs]
    chars = sum(map(len, texts))
    ours(docs[:3])
    bare_natasha(texts[:3])  # load models, warm caches
    t_bare = timed(bare_natasha, texts, a.rounds)
    t_ours = timed(ours, docs, a.rounds)
    rows = [
        ("Natasha (segment+morph+syntax+NER)", f"{len(docs) / t_bare:.1f}", f"{chars / t_bare:,.0f}"),
        ("coopwatch extract (все стадии)", f"{len(docs) / t_ours:.1f}", f"{chars / t_ours:,.0f}"),
    ]
    print(f"Корпус: {source} — {len(docs)} документов, {chars:,} символов; медиана {a.rounds} прогонов\n")
    print("| конвейер | документов/с | символов/с |\n|---|---:|---:|")
    for r in rows:
        print(f"| {r[0]} | {r[1]} | {r[2].replace(',', ' ')} |")
    print(f"\nОтношение coopwatch / Natasha по времени: **{t_ours / t_bare:.2f}×** (цель ≤ 1,5×)")
    if a.cold:
        sample = next(paths.SAMPLES.glob("*.txt"))
        print(f"Холодный старт `coopwatch extract` одного документа: **{cold_start(sample, a.cold):.2f} с** (цель < 3 с)")
    if a.memory:
        rss, rate = memory(docs, a.memory)
        print(f"Память: {a.memory} документов в одном процессе — пик RSS **{rss:.0f} МБ** (цель < 1024), {rate:.1f} док/с")


if __name__ == "__main__":
    main()
