"""What each named rule is worth: switch it off, extract again, score (a benchmark, not a test).

    .venv/bin/python benchmarks/rules.py [--sets dev fresh] [--rule NAME ...] [--jobs 2] [--markdown] [--tests]

For each corpus in ``../shared/corpus/<set>`` (``tests/data/own`` for ``own``) the documents are annotated once (every stage before
the fact stages: Natasha, places, people, titles, numbers, camps — none of them uses a named rule,
which the script checks); then, for the baseline and for each rule of ``coopwatch.extract.rulebook``
switched off in turn (``switched_off``: the rule answers its ``off`` value), the fact stages run
again and the output is scored by the project's scorer (``../shared/eval/score.py --json``, called,
not copied). The table gives the change of key and full F1 that switching the rule off causes:
a negative figure is what the rule adds. Rules that change the output without changing the score
(the order of a fact's parties, a field the scorer ignores) are listed apart, with the number of
documents changed. A rule that changes nothing on any set adds nothing on the
texts we have; its example and test still say what it is for — delete it or find the text that
needs it.

``--tests``: for the rules without effect (or those named by ``--rule``), the fast extraction tests
(``tests/extract``, ``tests/test_entities.py``) run once per rule with it switched off
(``COOPWATCH_RULES_OFF``, read by ``tests/conftest.py``), in their own pytest process, with the
annotation cache of ``make test-fast``; the report names the tests each rule is needed by. A rule
no corpus text and no test needs is a candidate for deletion.
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
from coopwatch.extract.pipeline import STAGES, document_facts, extract_document  # noqa: E402
from coopwatch.extract.rulebook import rules, switched_off, tracing  # noqa: E402
from coopwatch.ingest import ReadFailure, read_paths  # noqa: E402
from coopwatch.models import DocumentFacts  # noqa: E402

SHARED = REPO.parent / "shared"
FIRST_FACT_STAGE = "role"
FAILED = "правила «"  # the warning a failing fact stage leaves (pipeline._guarded)

_CORPORA: dict[str, list[Context]] = {}  # set → contexts annotated up to the fact stages (shared by fork)
# set → document index → the named rules that fired in the stages before the fact stages (dates told relative to
# others, periods of the year before): switching one of those off runs that document's every stage anew
_EARLY: dict[str, dict[int, set[str]]] = {}



def _set_dir(name: str) -> Path:
    """A set the team wrote lives in tests/data/<name> (own), the others in ../shared/corpus/<name>."""
    own = Path(__file__).resolve().parent.parent / "tests" / "data" / name
    return own if (own / "gold.jsonl").exists() else SHARED / "corpus" / name

def annotate_set(name: str) -> list[Context]:
    """Every document of a set, run through the stages before the fact stages."""
    docs = [d for d in read_paths([_set_dir(name) / "docs"]) if not isinstance(d, ReadFailure)]
    out = []
    early = _EARLY.setdefault(name, {})
    for k, doc in enumerate(docs):
        ctx = Context(document=doc)
        with tracing(doc.text) as trace:
            for st in STAGES:
                if st.name == FIRST_FACT_STAGE:
                    break
                st.run(ctx)
        fired = {f.rule for f in trace.firings()}
        if fired:
            early[k] = fired
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
            early = _EARLY.get(name, {})
            with switched_off(off):
                results = [extract_document(ctx.document) if off in early.get(k, ()) else facts_of(ctx)
                           for k, ctx in enumerate(_CORPORA[name])]
        for r in results:
            fh.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
        pred = fh.name
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(_set_dir(name) / "gold.jsonl"),
                          pred, "--json"], capture_output=True, text=True, check=True)
    Path(pred).unlink()
    scores = json.loads(out.stdout)
    # a rule whose ``off`` value the code around it cannot take makes a fact stage fail: its figure
    # would measure the failure, not the rule
    scores["failed"] = sum(1 for r in results for w in r.warnings if w.startswith(FAILED))
    # the output itself, document by document: a rule may change it without changing the score
    # (the order of a fact's parties, a field the scorer ignores)
    scores["output"] = [hash(json.dumps(r.to_json(), ensure_ascii=False, sort_keys=True)) for r in results]
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
    ap.add_argument("--tests", action="store_true",
                    help="run the fast extraction tests with each rule switched off: the rules named by --rule, "
                         "else those the ablation finds without effect")
    a = ap.parse_args()
    started = time.time()
    chosen = [r for r in rules() if not a.rule or r.name in a.rule]
    if a.rule and len(chosen) < len(set(a.rule)):
        sys.exit(f"нет таких правил: {', '.join(sorted(set(a.rule) - {r.name for r in chosen}))}")
    if not (a.tests and a.rule):
        for name in a.sets:
            _CORPORA[name] = annotate_set(name)
        jobs = [(name, None) for name in a.sets] + [(name, r.name) for r in chosen for name in a.sets]
        with mp.get_context("fork").Pool(a.jobs) as pool:
            done = pool.map(_job, jobs, chunksize=4)
        table = {(name, off): s for name, off, s in done}
        idle = print_table(a.sets, chosen, table, markdown=a.markdown)
        print(f"\n{len(chosen)} правил, наборы {', '.join(a.sets)}: {time.time() - started:.0f} с", file=sys.stderr)
        chosen = [r for r in chosen if r.name in idle]
    if a.tests:
        print_tests(chosen, needed_by_tests([r.name for r in chosen], a.jobs), markdown=a.markdown)


def _delta(table: dict, name: str, rule: str, measure: str) -> float:
    return table[(name, rule)]["ALL"][measure] - table[(name, None)]["ALL"][measure]


def print_table(sets: list[str], chosen: list, table: dict, *, markdown: bool) -> list[str]:
    """The change each rule's switching off causes, largest loss first; the rules that change
    nothing are counted (and named) at the end. Returns their names."""
    base = "  ".join(f"{name}: key {table[(name, None)]['ALL']['key_f1']:.3f} full {table[(name, None)]['ALL']['full_f1']:.3f}"
                     for name in sets)
    print(f"Без отключений — {base}\n")
    cols = [f"{name} {m}" for name in sets for m in ("key", "full")]
    if markdown:
        print("| правило | " + " | ".join(cols) + " |")
        print("|---|" + "---:|" * len(cols))
    else:
        print(f"{'правило':<44}" + "".join(f"{c:>12}" for c in cols))
    deltas = {r.name: [_delta(table, name, r.name, m) for name in sets for m in ("key_f1", "full_f1")] for r in chosen}
    changed = {r.name: sum(a != b for name in sets for a, b in zip(table[(name, r.name)]["output"],
                                                                   table[(name, None)]["output"], strict=True))
               for r in chosen}
    unscored = [r.name for r in chosen if changed[r.name] and all(abs(d) < 5e-4 for d in deltas[r.name])]
    idle = [r.name for r in chosen if not changed[r.name]]
    for name in sorted((n for n in deltas if n not in idle + unscored), key=lambda n: (round(sum(deltas[n]), 3), n)):
        cells = [f"{d:+.3f}" if abs(d) >= 5e-4 else "0" for d in deltas[name]]
        if markdown:
            print(f"| `{name}` | " + " | ".join(cells) + " |")
        else:
            print(f"{name:<44}" + "".join(f"{c:>12}" for c in cells))
    if unscored:
        print(f"\nМеняют вывод, но не оценку ({len(unscored)}): "
              + ", ".join(f"{n} ({changed[n]} док.)" for n in unscored))
    print(f"\nНичего не меняют ни на одном наборе ({len(idle)}): {', '.join(idle) or '—'}")
    broken = sorted({off for (_, off), s in table.items() if s["failed"]}, key=str)
    if broken:
        print(f"Стадии падают при отключении (значение off не годится, цифры не в счёт): {', '.join(map(str, broken))}")
    return idle


# ---- the tests a rule is needed by ----------------------------------------------------------------

# the fast tests that extract (make test-fast's rule tests and the entity layer); an example's
# "the rule fires" check is left out: it fails by definition when its own rule is off
TESTS = ["tests/extract", "tests/test_entities.py"]
DESELECT = "tests/extract/test_rulebook.py::test_rule_fires_on_its_example"


def run_tests(off: str | None) -> set[str]:
    """The ids of the tests that fail with the rule ``off`` switched off (none: nothing off)."""
    import os
    import xml.etree.ElementTree as ET

    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.xml"
        env = dict(os.environ, PYTEST_DISABLE_PLUGIN_AUTOLOAD="1", COOPWATCH_RULES_OFF=off or "",
                   COOPWATCH_ANNOTATION_CACHE=os.environ.get("COOPWATCH_ANNOTATION_CACHE", str(REPO / ".cache")))
        subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "not slow", *TESTS,
                        "--deselect", DESELECT, f"--junitxml={report}"], cwd=REPO, env=env, capture_output=True,
                       check=False)
        if not report.exists():
            raise RuntimeError(f"pytest не запустился с отключённым правилом {off}")
        failed = set()
        for case in ET.parse(report).iter("testcase"):
            if case.find("failure") is not None or case.find("error") is not None:
                name = case.get("name", "").encode("ascii", "backslashreplace").decode("unicode_escape")  # pytest's \\u escapes
                failed.add(f"{case.get('classname', '').rsplit('.', 1)[-1]}::{name if len(name) < 70 else name[:69] + '…'}")
        return failed


def needed_by_tests(names: list[str], jobs: int) -> dict[str, list[str]]:
    """Rule → the tests that fail without it (less those failing with every rule on)."""
    from concurrent.futures import ThreadPoolExecutor

    base = run_tests(None)
    with ThreadPoolExecutor(max(1, jobs)) as pool:
        failed = dict(zip(names, pool.map(run_tests, names)))
    return {n: sorted(failed[n] - base) for n in names}


def print_tests(chosen: list, needed: dict[str, list[str]], *, markdown: bool) -> None:
    covered = [r.name for r in chosen if needed[r.name]]
    unneeded = [r.name for r in chosen if not needed[r.name]]
    print(f"\nНужны тестам ({len(covered)}):")
    for name in covered:
        tests = needed[name]
        shown = ", ".join(f"`{t}`" if markdown else t for t in tests[:3]) + (f" и ещё {len(tests) - 3}" if len(tests) > 3 else "")
        print(f"{'- ' if markdown else '  '}{name}: {shown}")
    print(f"\nБез них не падает ни один тест ({len(unneeded)}): {', '.join(unneeded) or '—'}")


if __name__ == "__main__":
    main()
