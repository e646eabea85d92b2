"""Extraction speed and memory, measured (a benchmark, not a test).

    .venv/bin/python benchmarks/extraction_speed.py [--rounds 3] [--memory 10000] [--cold 3]
    .venv/bin/python benchmarks/extraction_speed.py --whole [--docs 400] [--rounds 5] [--workers 2]
    .venv/bin/python benchmarks/extraction_speed.py --instructions 30
    .venv/bin/python benchmarks/extraction_speed.py --natasha [--docs 400] [--rounds 2]

- whole processes (``--whole``): the wall time of ``coopwatch extract --no-progress FOLDER -o
  /dev/null`` (one process, as a user runs it) against ``benchmarks/natasha_bare.py FOLDER`` (the
  bare Natasha pipeline, one process) over the same ~400 files — start-up, reading and output
  included. The files are the dev and fresh corpora, repeated under new names until there are
  ``--docs`` of them, copied to a temporary folder for the run. The two commands alternate, round
  after round; the ratio is the median of the per-round ratios (target ≤ 1.5), with its spread.
  ``--workers 2`` also times ``coopwatch extract -j 2`` against the same baseline;
- throughput: documents/second and characters/second of coopwatch's full extraction
  (``extract_document``) and of the bare Natasha pipeline (segment + morph + syntax + NER) on the
  same texts in the same process, after one warm-up pass; the ratio is what extraction costs on
  top of Natasha (target ≤ 1.5);
- instructions (``--instructions N``): the instructions each whole process executes over the
  first N of those files (valgrind's callgrind counts them), start-up and output included — the
  one measure the neighbours' load does not move; slow (a minute or more per process), so run on
  a few dozen files;
- Natasha inside coopwatch (``--natasha``): CPU time of the four Natasha steps as coopwatch runs
  them (its loaded models and batches) against Natasha's own, document by document in turn in
  one process over the same files — what the speed-ups of ``coopwatch.nlp`` give;
- cold start: wall time of ``coopwatch extract ONE_FILE`` in a fresh process (target < 3 s);
- memory: peak RSS while streaming N documents through extraction in one process (target
  < 1 GB for 10 000).

Texts: ``../shared/corpus/dev/docs`` when present, else the bundled samples. Prints a Markdown
table for the README.
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
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
    """The four Natasha steps as coopwatch runs them (its loaded models, its batches of sentences
    by length): what extraction costs above this is the cost of the rules alone."""
    from natasha import Doc

    from coopwatch.nlp.annotate import models
    from coopwatch.nlp.batching import ByLength

    m = models()
    for text in texts:
        doc = Doc(text)
        doc.segment(m["segmenter"])
        doc.tag_morph(ByLength(m["morph"]))
        doc.parse_syntax(ByLength(m["syntax"]))
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


def file_set(folder: Path, n: int) -> tuple[int, int]:
    """``n`` files of the dev and fresh corpora (repeated under new names, never into the repo) in
    ``folder``; returns the number of files and of characters."""
    shared = REPO.parent / "shared" / "corpus"
    sources = sorted((shared / "dev" / "docs").glob("*.txt")) + sorted((shared / "fresh" / "docs").glob("*.txt"))
    if not sources:
        sources = sorted(paths.SAMPLES.glob("*.txt"))
    chars = 0
    for k, src in enumerate(itertools.islice(itertools.cycle(sources), n)):
        dst = folder / f"r{k // len(sources)}-{src.name}"
        shutil.copyfile(src, dst)
        chars += len(src.read_text(encoding="utf-8"))
    return n, chars


def wall(cmd: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system, of the process and the workers it waited for) of
    ``cmd``: the CPU time says what the work cost when neighbours slow the wall clock down."""
    with tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - t
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode:
            err.seek(0)
            raise SystemExit(f"{' '.join(cmd)}: код {proc.returncode}\n{err.read().decode(errors='replace')[-3000:]}")
    return elapsed, usage.ru_utime + usage.ru_stime


def spread(values: list[float]) -> str:
    return f"{min(values):.2f}–{max(values):.2f}"


def whole_commands(folder: Path) -> dict[str, list[str]]:
    """The two whole processes over ``folder``: the bare Natasha pipeline and ``coopwatch extract`` (one process);
    coopwatch's bytecode compiled first, as an install leaves it (``make`` compiles it; PYTHONDONTWRITEBYTECODE would
    otherwise have every start compile coopwatch's sources again)."""
    exe = REPO / ".venv" / "bin" / "coopwatch"
    coopwatch = str(exe) if exe.exists() else "coopwatch"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "coopwatch")], check=True)
    return {
        "natasha": [sys.executable, str(REPO / "benchmarks" / "natasha_bare.py"), str(folder)],
        "j0": [coopwatch, "extract", "--no-progress", str(folder), "-o", os.devnull],
    }


def whole(n: int, rounds: int, workers: int) -> None:
    """Whole processes over the same files, interleaved round by round; medians and spreads."""
    with tempfile.TemporaryDirectory(prefix="coopwatch-speed-") as tmp:
        folder = Path(tmp)
        n, chars = file_set(folder, n)
        commands = whole_commands(folder)
        if workers > 1:
            commands[f"j{workers}"] = [*commands["j0"], "-j", str(workers)]
        for cmd in commands.values():  # warm the page cache and coopwatch's gazetteer cache
            wall(cmd)
        times: dict[str, list[float]] = {k: [] for k in commands}
        cpu: dict[str, list[float]] = {k: [] for k in commands}
        for r in range(rounds):
            for k, cmd in commands.items():
                w, c = wall(cmd)
                times[k].append(w)
                cpu[k].append(c)
            print(f"раунд {r + 1}: " + ", ".join(f"{k} {times[k][-1]:.2f} с (ЦП {cpu[k][-1]:.2f} с)" for k in commands),
                  file=sys.stderr)
    load = os.getloadavg()
    base = times["natasha"]
    chars_text = f"{chars:,}".replace(",", " ")
    print(f"Файлы: {n} документов ../shared/corpus/dev и fresh (повторены), {chars_text} символов; {rounds} раундов "
          f"поочерёдно; средняя нагрузка машины после замера {load[0]:.1f} (1 мин) / {load[1]:.1f} (5 мин)\n")
    print("| процесс | время, с: медиана (разброс) | документов/с | отношение к Natasha по времени: медиана (разброс) "
          "| время ЦП, с | отношение по ЦП |")
    print("|---|---:|---:|---:|---:|---:|")
    names = {"natasha": "benchmarks/natasha_bare.py ПАПКА (голый Natasha)", "j0": "coopwatch extract --no-progress ПАПКА -o /dev/null"}
    for k, v in times.items():
        med = statistics.median(v)
        ratios = [a / b for a, b in zip(v, base)]
        cpu_ratios = [a / b for a, b in zip(cpu[k], cpu["natasha"])]
        rel = "—" if k == "natasha" else f"**{statistics.median(ratios):.2f}×** ({spread(ratios)})"
        cpu_rel = "—" if k == "natasha" else f"{statistics.median(cpu_ratios):.2f}× ({spread(cpu_ratios)})"
        name = names.get(k, f"coopwatch extract --no-progress ПАПКА -o /dev/null -j {workers}")
        print(f"| `{name}` | {med:.2f} ({spread(v)}) | {n / med:.1f} | {rel} | {statistics.median(cpu[k]):.2f} | {cpu_rel} |")


def natasha_inside(n: int, rounds: int) -> None:
    """The four Natasha steps as coopwatch runs them (``nlp.annotate.models``: lean loading and
    layers, one-sequence CRF; batches by length) against Natasha's own models and batches, in one
    process, document by document in turn over the same ``n`` files: CPU time of each."""
    from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser

    from coopwatch.nlp.annotate import models
    from coopwatch.nlp.batching import ByLength

    emb = NewsEmbedding()
    own = {"morph": NewsMorphTagger(emb), "syntax": NewsSyntaxParser(emb), "ner": NewsNERTagger(emb)}
    ours = models()
    lean = {"morph": ByLength(ours["morph"]), "syntax": ByLength(ours["syntax"]), "ner": ours["ner"]}
    with tempfile.TemporaryDirectory(prefix="coopwatch-natasha-") as tmp:
        n, chars = file_set(Path(tmp), n)
        texts = [p.read_text(encoding="utf-8") for p in sorted(Path(tmp).glob("*.txt"))]

    def run(m: dict, text: str) -> None:
        doc = Doc(text)
        doc.segment(ours["segmenter"])
        doc.tag_morph(m["morph"])
        doc.parse_syntax(m["syntax"])
        doc.tag_ner(m["ner"])

    for text in texts[:10]:  # warm both
        run(own, text)
        run(lean, text)
    cpu = {"own": 0.0, "lean": 0.0}
    for _ in range(rounds):
        for text in texts:
            for k, m in (("own", own), ("lean", lean)):
                t = time.process_time()
                run(m, text)
                cpu[k] += time.process_time() - t
    chars_text = f"{chars:,}".replace(",", " ")
    print(f"Файлы: {n} ({chars_text} символов) из ../shared/corpus/dev и fresh; {rounds} раундов, документ за документом "
          "поочерёдно\n")
    print("| Natasha | время ЦП на проход, с | отношение |\n|---|---:|---:|")
    print(f"| свои модели и пакеты (NewsMorphTagger, NewsSyntaxParser, NewsNERTagger) | {cpu['own'] / rounds:.2f} | — |")
    print(f"| как в coopwatch (`nlp.annotate.models`, `nlp.batching.ByLength`) | {cpu['lean'] / rounds:.2f} | "
          f"**{cpu['lean'] / cpu['own']:.2f}×** |")


def instructions(n: int) -> None:
    """Instructions executed by each whole process over the same ``n`` files (callgrind's count)."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise SystemExit("нет valgrind: счёт инструкций невозможен (Debian: apt-get install valgrind)")
    with tempfile.TemporaryDirectory(prefix="coopwatch-instr-") as tmp:
        folder = Path(tmp)
        n, chars = file_set(folder, n)
        commands = whole_commands(folder)
        wall(commands["j0"])  # coopwatch's gazetteer cache, built once, is not what is measured
        counts = {}
        for k, cmd in commands.items():
            run = subprocess.run([valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
                                 capture_output=True, text=True)
            found = re.search(r"Collected : (\d+)", run.stderr)
            if run.returncode or not found:
                raise SystemExit(f"{' '.join(cmd)} под valgrind: код {run.returncode}\n{run.stderr[-3000:]}")
            counts[k] = int(found.group(1))
            print(f"{k}: {counts[k]:,} инструкций".replace(",", " "), file=sys.stderr)
    print(f"Файлы: первые {n} ({chars:,} символов) из ../shared/corpus/dev и fresh; valgrind --tool=callgrind\n"
          .replace(",", " "))
    print("| процесс | инструкций, млрд | отношение к Natasha |\n|---|---:|---:|")
    print(f"| `benchmarks/natasha_bare.py ПАПКА` | {counts['natasha'] / 1e9:.2f} | — |")
    print(f"| `coopwatch extract --no-progress ПАПКА -o /dev/null` | {counts['j0'] / 1e9:.2f} | "
          f"**{counts['j0'] / counts['natasha']:.2f}×** |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--cold", type=int, default=3, help="cold-start runs (0 to skip)")
    ap.add_argument("--memory", type=int, default=0, help="stream this many documents and report peak RSS")
    ap.add_argument("--whole", action="store_true", help="whole processes: coopwatch extract against bare Natasha")
    ap.add_argument("--docs", type=int, default=400, help="--whole: how many files")
    ap.add_argument("--workers", type=int, default=0, help="--whole: also time coopwatch extract -j N")
    ap.add_argument("--instructions", type=int, default=0, metavar="N",
                    help="count the instructions of both whole processes over N files (valgrind)")
    ap.add_argument("--natasha", action="store_true",
                    help="Natasha as coopwatch runs it against Natasha's own, in one process (--docs files)")
    a = ap.parse_args()
    if a.natasha:
        natasha_inside(a.docs, a.rounds)
        return
    if a.instructions:
        instructions(a.instructions)
        return
    if a.whole:
        whole(a.docs, a.rounds, a.workers)
        return
    source, docs = corpus()
    texts = [d.text for d in docs]
    chars = sum(map(len, texts))
    ours(docs[:3])
    bare_natasha(texts[:3])  # load models, warm caches
    # interleaved rounds, so a neighbour's load falls on both alike; medians of each
    bare_times, our_times = [], []
    for _ in range(a.rounds):
        bare_times.append(timed(bare_natasha, texts, 1))
        our_times.append(timed(ours, docs, 1))
    t_bare, t_ours = statistics.median(bare_times), statistics.median(our_times)
    ratio = statistics.median(o / b for o, b in zip(our_times, bare_times))
    rows = [
        ("Natasha (segment+morph+syntax+NER)", f"{len(docs) / t_bare:.1f}", f"{chars / t_bare:,.0f}"),
        ("coopwatch extract (все стадии)", f"{len(docs) / t_ours:.1f}", f"{chars / t_ours:,.0f}"),
    ]
    print(f"Корпус: {source} — {len(docs)} документов, {chars:,} символов; медиана {a.rounds} прогонов\n")
    print("| конвейер | документов/с | символов/с |\n|---|---:|---:|")
    for r in rows:
        print(f"| {r[0]} | {r[1]} | {r[2].replace(',', ' ')} |")
    print(f"\nОтношение coopwatch / Natasha по времени (медиана по раундам): **{ratio:.2f}×** (цель ≤ 1,5×)")
    if a.cold:
        sample = next(paths.SAMPLES.glob("*.txt"))
        print(f"Холодный старт `coopwatch extract` одного документа: **{cold_start(sample, a.cold):.2f} с** (цель < 3 с)")
    if a.memory:
        rss, rate = memory(docs, a.memory)
        print(f"Память: {a.memory} документов в одном процессе — пик RSS **{rss:.0f} МБ** (цель < 1024), {rate:.1f} док/с")


if __name__ == "__main__":
    main()
