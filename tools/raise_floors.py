"""Raise the pinned quality floors and refresh the README's quality tables from a run on every set.

    .venv/bin/python tools/raise_floors.py [../shared/corpus]

For each set pinned in tests/quality_floor.json (dev, fresh, own) the extractor is scored on
``tests/data/<set>`` when the set is the team's own, else on ``<corpus>/<set>``. Floors only go up (to the measured F1 rounded down to two decimals); lowering one
is a decision to make by hand, with the reason in the commit and the issue note. The README's tables
between ``<!-- quality:SET -->`` markers and the side-by-side summary are rewritten.
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path

from coopwatch.runner import evaluate

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "tests" / "quality_floor.json"
IN_REPO = ROOT / "tests" / "data"  # sets the team wrote itself (own), the others in the corpus folder
README = ROOT / "README.md"
TYPES = ["agreement", "meeting", "visit", "trade", "target", "institution", "transport", "role"]
# scored before any rule was changed for the set (issue 9); own: its first 16 texts, 7.12.2026
FIRST_LOOK = {"fresh": (0.707, 0.586, "до правок под него"),
              "own": (0.934, 0.819, "первая партия o01–o16 до правок под неё; партии — tests/data/own/README.md")}


def table(scores: dict) -> str:
    def row(name: str, label: str, bold: bool) -> str:
        x = scores[name]
        k, f = f"{x['key_f1']:.3f}", f"{x['full_f1']:.3f}"
        if bold:
            k, f = f"**{k}**", f"**{f}**"
        return f"| {label} | {x['gold']} | {x['pred']} | {x['precision']:.3f} | {x['recall']:.3f} | {k} | {f} |"

    head = "| тип | эталон | найдено | P | R | key F1 | full F1 |\n|---|---:|---:|---:|---:|---:|---:|\n"
    return head + "\n".join([row(t, t, False) for t in TYPES] + [row("ALL", "**всего**", True)]) + "\n"


def summary(all_scores: dict[str, dict]) -> str:
    def f(x: float) -> str:
        return f"{x:.3f}"

    lines = ["| набор | key F1 | full F1 |", "|---|---:|---:|"]
    for name, scores in all_scores.items():
        if name in FIRST_LOOK:
            k, full, when = FIRST_LOOK[name]
            lines.append(f"| {name}, первый взгляд ({when}) | {f(k)} | {f(full)} |")
        lines.append(f"| {name}, сейчас | **{f(scores['ALL']['key_f1'])}** | **{f(scores['ALL']['full_f1'])}** |")
    if {"dev", "fresh"} <= set(all_scores):
        d, r = all_scores["dev"]["ALL"], all_scores["fresh"]["ALL"]
        lines.append(f"| разрыв dev − fresh | {d['key_f1'] - r['key_f1']:+.3f} | {d['full_f1'] - r['full_f1']:+.3f} |")
    return "\n".join(lines) + "\n"


def replace_marked(text: str, marker: str, body: str) -> str:
    pattern = re.compile(rf"(<!-- {marker} -->\n).*?(<!-- /{marker} -->)", re.S)
    if not pattern.search(text):
        sys.exit(f"в README нет меток <!-- {marker} -->")
    return pattern.sub(lambda m: m.group(1) + body + m.group(2), text, count=1)


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    all_scores: dict[str, dict] = {}
    for name, pinned_set in floors.items():
        if name.startswith("_"):
            continue
        where = IN_REPO / name if (IN_REPO / name / "gold.jsonl").exists() else corpus / name
        result, run = evaluate(where / "gold.jsonl", where / "docs", as_json=True)
        if run.n_failed:
            sys.exit(f"{name}: {run.n_failed} документов не обработано: {run.failures}")
        scores = all_scores[name] = json.loads(result)
        for t, pinned in pinned_set.items():
            for measure in ("key_f1", "full_f1"):
                measured = math.floor(scores[t][measure] * 100) / 100
                if measured > pinned[measure]:
                    print(f"{name} {t} {measure}: {pinned[measure]} → {measured}")
                    pinned[measure] = measured
    FLOORS.write_text(json.dumps(floors, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    readme = README.read_text(encoding="utf-8")
    for name, scores in all_scores.items():
        readme = replace_marked(readme, f"quality:{name}", table(scores))
    readme = replace_marked(readme, "quality:summary", summary(all_scores))
    README.write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    main()
