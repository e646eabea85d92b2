"""Raise the pinned quality floors and refresh the README's quality table from a dev run.

    .venv/bin/python tools/raise_floors.py [../shared/corpus/dev]

Floors only go up (to the measured F1 rounded down to two decimals); lowering one is a
decision to make by hand, with the reason in the commit and the issue note.
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
README = ROOT / "README.md"
TYPES = ["agreement", "meeting", "visit", "trade", "target", "institution", "transport", "role"]
TABLE = re.compile(r"\| agreement \|.*?\| \*\*всего\*\*[^\n]*\n", re.S)


def table(scores: dict) -> str:
    def row(name: str, label: str, bold: bool) -> str:
        x = scores[name]
        k, f = f"{x['key_f1']:.3f}", f"{x['full_f1']:.3f}"
        if bold:
            k, f = f"**{k}**", f"**{f}**"
        return f"| {label} | {x['gold']} | {x['pred']} | {x['precision']:.3f} | {x['recall']:.3f} | {k} | {f} |"

    return "\n".join([row(t, t, False) for t in TYPES] + [row("ALL", "**всего**", True)]) + "\n"


def main() -> None:
    dev = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus" / "dev"
    result, summary = evaluate(dev / "gold.jsonl", dev / "docs", as_json=True)
    if summary.n_failed:
        sys.exit(f"{summary.n_failed} документов не обработано: {summary.failures}")
    scores = json.loads(result)
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    for name, pinned in floors.items():
        if name.startswith("_"):
            continue
        for measure in ("key_f1", "full_f1"):
            measured = math.floor(scores[name][measure] * 100) / 100
            if measured > pinned[measure]:
                print(f"{name} {measure}: {pinned[measure]} → {measured}")
                pinned[measure] = measured
    FLOORS.write_text(json.dumps(floors, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    readme = README.read_text(encoding="utf-8")
    README.write_text(TABLE.sub(lambda _: table(scores), readme, count=1), encoding="utf-8")


if __name__ == "__main__":
    main()
