"""Instructions per document of an ingest on top of knowledge bases of different sizes — valgrind's
count, the one measure the machine's other load does not move — beside bytes written and CPU time.

    .venv/bin/python benchmarks/kb_instructions.py /work/tmp/scale14/bases/base_1000.db \\
        /work/tmp/scale14/bases/base_10000.db /work/tmp/scale14/bases/base_100000.db --next 200 --tx 25
    .venv/bin/python benchmarks/kb_instructions.py BASE… --callgrind /work/tmp/scale14/cg   # and what grows

Each base holds the first N items of the stream ``kb_scale.py --given`` ingests
(``coopwatch.kb.synth.stream(seed=99)``: ``kb_scale.py --given --keep PATH``, or ``kb_growth.py``'s
``base_N.db``). For each, a process of its own (``kb_growth.py``'s ``measure``: the base copied to a
temporary file, then ``coopwatch.kb.ingest.ingest`` with the facts given, no NLP) writes the items
N … N+``--next``, ``--tx`` documents to a transaction whatever the clocks say (the ingest's own
boundaries follow the CPU time, its batches the wall clock: either would make the work differ from run
to run), with ``PYTHONHASHSEED=0``:

- instructions: the whole process under ``valgrind --tool=callgrind``, once with the next documents
  and once with none (start-up, copy, open, an empty ingest); instructions per document are the
  difference over the documents added. ``--callgrind DIR`` keeps callgrind's files there and prints
  the functions (inclusive count, per document, the same difference) that grow most from the first
  base to the last. SQLite's and the C libraries' functions have names there, the Python ones do not
  (the interpreter's loop is all callgrind sees), so with ``--steps`` a third run per base calls the
  main steps of writing (``kb_functions.STEPS`` and a few around them) each through a C function of
  its own (``coopwatch_step_K`` of a small extension module built with ``cc`` into the temporary
  folder), whose inclusive count is the step's: their instructions per document are printed too
  (that run's total is not used — the markers add a little of their own; a ``ctypes`` callback would
  not do: callgrind loses the call in libffi's trampoline);
- bytes written per document (``wchar`` of the process over the ingest: SQLite's WAL and checkpoints)
  and CPU ms per document, without valgrind, ``--rounds`` rounds with the bases in turn (the least
  CPU of each base kept, and the spread shown: other load only adds).

Flat means the last column equals the first; the ratio last/first is printed for each measure.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kb_functions import STEPS as TIMED_STEPS  # noqa: E402
from kb_growth import SEED, measure, write_stream  # noqa: E402

# the steps marked with --steps: kb_functions.py's, the document's whole write, the end of a transaction
STEPS = [("store", "add"), ("fuse", "Touched.apply"), ("fuse", "refuse"), *TIMED_STEPS, ("fuse", "settle"),
         ("stories", "_similar"), ("fuse", "_recompute")]
MARKERS = "\n".join([
    "#define PY_SSIZE_T_CLEAN", "#include <Python.h>",
    *(f"PyObject *coopwatch_step_{k}(PyObject *self, PyObject *args) {{ PyObject *f, *a, *kw; "
      f'if (!PyArg_ParseTuple(args, "OOO", &f, &a, &kw)) return NULL; '
      f"return PyObject_Call(f, a, kw == Py_None ? NULL : kw); }}" for k in range(len(STEPS))),
    "static PyMethodDef methods[] = {" + "".join(f'{{"step_{k}", coopwatch_step_{k}, METH_VARARGS, NULL}}, '
                                                 for k in range(len(STEPS))) + "{NULL, NULL, 0, NULL}};",
    'static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "coopwatch_markers", NULL, -1, methods};',
    "PyMODINIT_FUNC PyInit_coopwatch_markers(void) { return PyModule_Create(&module); }", ""])


def _mark_steps(lib_path: Path) -> None:
    """Each of ``STEPS`` called through ``coopwatch_step_K`` of the extension module at ``lib_path``."""
    import functools
    import importlib.util

    from coopwatch.kb import fuse, store, stories

    spec = importlib.util.spec_from_file_location("coopwatch_markers", lib_path)
    assert spec and spec.loader
    lib = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(lib)
    modules = {"store": store, "fuse": fuse, "stories": stories}
    for k, (module, name) in enumerate(STEPS):
        owner: Any = modules[module]
        *outer, attr = name.split(".")
        for part in outer:
            owner = getattr(owner, part)
        f, marker = getattr(owner, attr), getattr(lib, f"step_{k}")

        def marked(*a: Any, __f: Any = f, __marker: Any = marker, **kw: Any) -> Any:
            return __marker(__f, a, kw or None)

        setattr(owner, attr, functools.wraps(f)(marked))


def one(base: Path, docs: Path, facts: Path, tx: int, markers: str | None = None) -> dict[str, Any]:
    """``kb_growth.measure`` with the ingest's batches cut by count alone (``BATCH_DOCS``), never by the clock."""
    from coopwatch.kb import ingest

    ingest.FILE_BATCH_SECONDS = float("inf")
    if markers:
        _mark_steps(Path(markers))
    return measure(base, docs, facts, tx, False)


def _child(base: Path, docs: Path, facts: Path, tx: int, markers: Path | None = None) -> list[str]:
    return [sys.executable, __file__, "--one", str(base), str(docs), str(facts), "--tx", str(tx),
            *(["--markers", str(markers)] if markers else [])]


def build_markers(folder: Path) -> Path:
    import sysconfig

    src, lib = folder / "coopwatch_markers.c", folder / "coopwatch_markers.so"
    src.write_text(MARKERS)
    subprocess.run(["cc", "-O0", "-shared", "-fPIC", f"-I{sysconfig.get_paths()['include']}", "-o", str(lib),
                    str(src)], check=True)
    return lib


def _env(tmp: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONHASHSEED": "0", "TMPDIR": str(tmp)}


def count_instructions(cmd: list[str], env: dict[str, str], out: Path | None) -> tuple[int, dict[str, Any]]:
    """The instructions the whole process ``cmd`` executes (callgrind's ``Collected``), with what it printed."""
    run = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out or os.devnull}", *cmd],
                         capture_output=True, text=True, env=env)
    found = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode or not found:
        sys.exit(f"{' '.join(cmd)} under valgrind: exit {run.returncode}\n{run.stderr[-3000:]}")
    return int(found.group(1)), json.loads(run.stdout.strip().splitlines()[-1])


def inclusive(path: Path) -> dict[str, int]:
    """Inclusive instructions by function of a callgrind file (``callgrind_annotate --inclusive=yes``), by the
    function's name (its source file and object left out); the pieces of recursive calls (``name'2``) and
    unnamed addresses left out."""
    text = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(path)],
                          capture_output=True, text=True, check=True).stdout
    out: dict[str, int] = {}
    for line in text.splitlines():
        m = re.match(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+(\S.*)$", line)
        if m:
            name = re.sub(r" \[[^\]]*\]$", "", m.group(2)).strip().rsplit(":", 1)[-1]
            if "'" in name or name.startswith("0x") or name == "PROGRAM TOTALS":
                continue
            out[name] = max(out.get(name, 0), int(m.group(1).replace(",", "")))  # one function, two files
    return out


def stored_documents(base: Path) -> int:
    con = sqlite3.connect(f"file:{base}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        con.close()


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}" if b else "—"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("bases", nargs="*", help="SQLite knowledge bases of the first N items of the stream")
    ap.add_argument("--next", type=int, default=200, help="documents written on top of each base")
    ap.add_argument("--tx", type=int, default=25, help="documents per transaction")
    ap.add_argument("--rounds", type=int, default=3, help="CPU-time runs of each base, bases in turn (0: none)")
    ap.add_argument("--no-valgrind", action="store_true", help="CPU time and bytes written only")
    ap.add_argument("--callgrind", metavar="DIR", help="keep callgrind's files here; print the functions that grow")
    ap.add_argument("--steps", action="store_true", help="--callgrind: also the instructions of the writer's steps")
    ap.add_argument("--top", type=int, default=25, help="--callgrind: functions shown")
    ap.add_argument("--tmp", help="where the bases are copied to (default: the system's temporary folder)")
    ap.add_argument("--one", nargs=3, metavar=("BASE", "DOCS", "FACTS"), help=argparse.SUPPRESS)
    ap.add_argument("--markers", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(*map(Path, args.one), args.tx, args.markers)))
        return
    if not args.bases:
        ap.error("no bases")
    if args.steps and not args.callgrind:
        ap.error("--steps needs --callgrind")
    if not args.no_valgrind and shutil.which("valgrind") is None:
        sys.exit("no valgrind: instructions cannot be counted (Debian: apt-get install valgrind)")
    from coopwatch.kb.synth import stream

    bases = sorted((stored_documents(Path(b)), Path(b)) for b in args.bases)
    items = stream(bases[-1][0] + args.next, seed=SEED)
    cg = Path(args.callgrind) if args.callgrind else None
    if cg:
        cg.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp_name:
        tmp = Path(tmp_name)
        env = _env(tmp)
        empty = write_stream([], tmp, "none")
        markers = build_markers(tmp) if args.steps else None
        runs = {n: (base, write_stream(items[n:n + args.next], tmp, f"next{n}")) for n, base in bases}
        cpu: dict[int, list[dict[str, Any]]] = {n: [] for n, _ in bases}
        for r in range(args.rounds):  # the first round also writes the bytecode caches valgrind then finds
            for n, (base, files) in runs.items():
                got = json.loads(subprocess.run(_child(base, *files, args.tx), env=env, check=True,
                                                capture_output=True, text=True).stdout.strip().splitlines()[-1])
                cpu[n].append(got)
                print(f"round {r + 1}, base {n}: {got['cpu_ms']:.2f} CPU ms/document, {got['written_kb']:.0f} KiB "
                      f"written/document, {got['per_tx']:.1f} documents/transaction (load {os.getloadavg()[0]:.1f})",
                      file=sys.stderr, flush=True)
        ir: dict[int, float] = {}
        funcs: dict[int, dict[str, float]] = {}
        steps: dict[int, dict[str, float]] = {}
        if not args.no_valgrind:
            for n, (base, files) in runs.items():
                outs = {k: (cg / f"base{n}_next{k}.out" if cg else None) for k in (args.next, 0)}
                full, got = count_instructions(_child(base, *files, args.tx), env, outs[args.next])
                bare, _ = count_instructions(_child(base, *empty, args.tx), env, outs[0])
                docs = max(got["docs"], 1)
                ir[n] = (full - bare) / docs
                print(f"base {n}: {full:,} instructions with {got['docs']} documents, {bare:,} with none: "
                      f"{ir[n] / 1e6:.2f} M/document", file=sys.stderr, flush=True)
                if cg:
                    with_docs, without = inclusive(outs[args.next]), inclusive(outs[0])  # type: ignore[arg-type]
                    funcs[n] = {f: (v - without.get(f, 0)) / docs for f, v in with_docs.items()}
                if cg and markers:
                    out = cg / f"base{n}_next{args.next}_steps.out"
                    count_instructions(_child(base, *files, args.tx, markers), env, out)
                    marked = inclusive(out)
                    steps[n] = {f"{m}.{name}": marked.get(f"coopwatch_step_{k}", 0) / docs
                                for k, (m, name) in enumerate(STEPS)}
    sizes = [n for n, _ in bases]
    first, last = sizes[0], sizes[-1]
    print(f"\n{args.next} next documents of the stream on each base, {args.tx} per transaction; CPU: least and most "
          f"of {args.rounds} rounds (load average at the end {os.getloadavg()[0]:.1f})\n")
    print("| base, documents | " + " | ".join(str(n) for n in sizes) + f" | {last} / {first} |")
    print("|---|" + "---:|" * (len(sizes) + 1))
    rows: list[tuple[str, dict[int, float]]] = []
    if ir:
        rows.append(("instructions/document, millions", {n: ir[n] / 1e6 for n in sizes}))
    if args.rounds:
        rows += [("KiB written/document", {n: min(r["written_kb"] for r in cpu[n]) for n in sizes}),
                 ("CPU ms/document (least)", {n: min(r["cpu_ms"] for r in cpu[n]) for n in sizes}),
                 ("CPU ms/document (most)", {n: max(r["cpu_ms"] for r in cpu[n]) for n in sizes}),
                 ("of which in the kernel (least)", {n: min(r["kernel_ms"] for r in cpu[n]) for n in sizes}),
                 ("of which the final settle (least)", {n: min(r["settle_ms"] for r in cpu[n]) for n in sizes}),
                 ("statements/document", {n: cpu[n][0]["statements"] for n in sizes})]
    for label, v in rows:
        print(f"| {label} | " + " | ".join(f"{v[n]:.2f}" for n in sizes) + f" | {_ratio(v[last], v[first])} |")
    for title, table in (("the writer's steps (--steps), inclusive instructions per document, millions", steps),
                         (f"functions, inclusive instructions per document, millions, by growth from {first} to "
                          f"{last}", funcs)):
        if not table:
            continue
        print(f"\n{title}:\n| function | " + " | ".join(str(n) for n in sizes) + f" | {last} / {first} |\n|---|"
              + "---:|" * (len(sizes) + 1))
        # the interpreter's frames that hold most of the run (more than half of it) say nothing
        names = list(table[last]) if table is steps else sorted(
            (f for f in table[last] if table[last][f] < ir[last] / 2),
            key=lambda f: -(table[last][f] - table[first].get(f, 0.0)))[:args.top]
        for f in names:
            v = {n: table[n].get(f, 0.0) / 1e6 for n in sizes}
            print(f"| {f[:90]} | " + " | ".join(f"{v[n]:.2f}" for n in sizes) + f" | {_ratio(v[last], v[first])} |")


if __name__ == "__main__":
    main()
