"""What each named rule is worth: switch it off, extract again, score (a benchmark, not a test).

    .venv/bin/python benchmarks/rules.py [--sets dev fresh] [--rule NAME ...] [--jobs 2] [--markdown]

For each corpus in ``../shared/corpus/<set>`` the documents are annotated once (every stage before
the fact stages: Natasha, places, people, titles, numbers, camps — none of them uses a named rule,
which the script checks); then, for the baseline and for each rule of ``coopwatch.extract.rulebook``
switched off in turn (``switched_off``: the rule answers its ``off`` value), the fact stages run
again and the output is scored by the project's scorer (``../shared/eval/score.py --json``, called,
not copied). The table gives the change of key and full F1 that switching the rule off causes:
a negative figure is what the rule adds. A rule that changes nothing on any set adds nothing on the
texts we have; its example and test still say what it is for — delete it or find the text that
needs it.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import subprocess
import sys
import tempfile
import time
import warnings
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
warnings.filterwarnings("ignore")

from coopwatch.extract.context import Context  # noqa: E402
from coopwatch.extract.pipeline import STAGES, document_facts  # noqa: E402
from coopwatch.extract.rulebook import rules, switched_off, tracing  # noqa: E402
from coopwatch.ingest import ReadFailure, read_paths  # noqa: E402
from coopwatch.models import DocumentFacts  # noqa: E402

SHARED = REPO.parent / "shared"
FIRST_FACT_STAGE = "role"
FAILED = "правила «"  # the warning a failing fact stage leaves (pipeline._guarded)

_CORPORA: dict[str, list[Context]] = {}  # set → contexts annotated up to the fact stages (shared by fork)


def annotate_set(name: str) -> list[Context]:
    """Every document of a set, run through the stages before the fact stages."""
    docs = [d for d in read_paths([SHARED / "corpus" / name / "docs"]) if not isinstance(d, ReadFailure)]
    out = []
    for doc in docs:
        ctx = Context(document=doc)
        with tracing(doc.text) as trace:
            for st in STAGES:
                if st.name == FIRST_FACT_STAGE:
                    break
                st.run(ctx)
        if trace.firings():  # the cached stages must not depend on a rule the benchmark switches off
            raise RuntimeError(f"named rules fired before the fact stages: {trace.firings()[0].rule}")
        out.append(ctx)
    return out


def facts_of(ctx: Context) -> DocumentFacts:
    """The fact stages on a copy of a cached context (the role stage writes titles' ``of``), then
    the deduplication ``extract_document`` does."""
    run = replace(ctx, titles=[replace(t) for t in ctx.titles], facts=[], repeated=set(), warnings=[])
    started = False
    for st in STAGES:
        started = started or st.name == FIRST_FACT_STAGE
        if started:
            st.run(run)
    return document_facts(run)


def score(name: str, off: str | None) -> dict:
    """Key and full F1 per type on one set with one rule switched off (or none)."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as fh:
        if off is None:
            results = [facts_of(ctx) for ctx in _CORPORA[name]]
        else:
            with switched_off(off):
                results = [facts_of(ctx) for ctx in _CORPORA[name]]
        for r in results:
            fh.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
        pred = fh.name
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(SHARED / "corpus" / name / "gold.jsonl"),
                          pred, "--json"], capture_output=True, text=True, check=True)
    Path(pred).unlink()
    scores = json.loads(out.stdout)
    # a rule whose ``off`` value the code around it cannot take makes a fact stage fail: its figure
    # would measure the failure, not the rule
    scores["failed"] = sum(1 for r in results for w in r.warnings if w.startswith(FAILED))
    return scores


def _job(args: tuple[str, str | None]) -> tuple[str, str | None, dict]:
    name, off = args
    return name, off, score(name, off)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", nargs="+", default=["dev", "fresh"])
    ap.add_argument("--rule", nargs="*", help="only these rules (default: all)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--markdown", action="store_true", help="the README's table")
    a = ap.parse_args()
    started = time.time()
    for name in a.sets:
        _CORPORA[name] = annotate_set(name)
    chosen = [r for r in rules() if not a.rule or r.name in a.rule]
    jobs = [(name, None) for name in a.sets] + [(name, r.name) for r in chosen for name in a.sets]
    with mp.get_context("fork").Pool(a.jobs) as pool:
        done = pool.map(_job, jobs, chunksize=4)
    table = {(name, off): s for name, off, s in done}
    print_table(a.sets, chosen, table, markdown=a.markdown)
    print(f"\n{len(chosen)} правил, наборы {', '.join(a.sets)}: {time.time() - started:.0f} с", file=sys.stderr)


def _delta(table: dict, name: str, rule: str, measure: str) -> float:
    return table[(name, rule)]["ALL"][measure] - table[(name, None)]["ALL"][measure]


def print_table(sets: list[str], chosen: list, table: dict, *, markdown: bool) -> None:
    base = "  ".join(f"{name}: key {table[(name, None)]['ALL']['key_f1']:.3f} full {table[(name, None)]['ALL']['full_f1']:.3f}"
                     for name in sets)
    print(f"Без отключений — {base}\n")
    cols = [f"{name} {m}" for name in sets for m in ("key", "full")]
    if markdown:
        print("| правило | " + " | ".join(cols) + " |")
        print("|---|" + "---:|" * len(cols))
    else:
        print(f"{'правило':<44}" + "".join(f"{c:>12}" for c in cols))
    idle = []
    for r in chosen:
        ds = [_delta(table, name, r.name, m) for name in sets for m in ("key_f1", "full_f1")]
        if all(abs(d) < 5e-4 for d in ds):
            idle.append(r.name)
        cells = [f"{d:+.3f}" if abs(d) >= 5e-4 else "0" for d in ds]
        if markdown:
            print(f"| `{r.name}` | " + " | ".join(cells) + " |")
        else:
            print(f"{r.name:<44}" + "".join(f"{c:>12}" for c in cells))
    print(f"\nНичего не меняют ни на одном наборе ({len(idle)}): {', '.join(idle) or '—'}")
    broken = sorted({off for (_, off), s in table.items() if s["failed"]})
    if broken:
        print(f"Стадии падают при отключении (значение off не годится, цифры не в счёт): {', '.join(broken)}")


if __name__ == "__main__":
    main()
